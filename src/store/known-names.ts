// Entity names whose key rows are already written: the writer skips computing and inserting their keys again.
/** At most this many names are remembered (then forgotten at once): memory stays bounded on any store. */
const MAX_KNOWN = 200_000;

/**
 * The names a connection has written key rows for. Names written in the open transaction are pending until it commits
 * (a rollback forgets them); only committed names are skipped in later transactions. Skipping a known name writes
 * exactly what writing it again would (its key rows are already there: the insert would be ignored).
 */
export class KnownNames {
  private readonly known = new Set<string>();
  private readonly pending = new Set<string>();

  /** The names among `names` not written yet (each once); they count as written from now on, pending the commit. */
  fresh(names: Iterable<string>): string[] {
    const out: string[] = [];
    for (const n of names) {
      if (this.known.has(n) || this.pending.has(n)) continue;
      this.pending.add(n);
      out.push(n);
    }
    return out;
  }

  /** The open transaction committed: its names are known. */
  committed(): void {
    if (this.known.size + this.pending.size > MAX_KNOWN) this.known.clear();
    for (const n of this.pending) this.known.add(n);
    this.pending.clear();
  }

  /** The open transaction was rolled back: its names are not written after all. */
  rolledBack(): void {
    this.pending.clear();
  }

  get size(): number {
    return this.known.size;
  }
}
