// Change marks that also mark a second set, which its reader clears on a schedule of its own (the summaries', apart from the rows').
export class Marks extends Set<number> {
  readonly also = new Set<number>();
  override add(x: number): this {
    this.also.add(x);
    return super.add(x);
  }
}
