// Appending one array to another in place, element by element: `push(...items)` passes every item as an argument and
// throws "Maximum call stack size exceeded" past ~100k items (a 50k-article store's weave terms, a large event's members).

/** Appends `items` to `target` (in place) and returns `target`. */
export function appendAll<T>(target: T[], items: readonly T[]): T[] {
  for (const x of items) target.push(x);
  return target;
}
