// Naming where an input came from in messages: "path:line", "stdin:3", or the URL.
import type { Origin } from '../model.js';

export function whereOf(o: Origin): string {
  const base = o.path === '-' ? 'stdin' : (o.path ?? o.url ?? '?');
  if (o.offset !== undefined) return `${base} at byte ${o.offset}`;
  return o.line ? `${base}:${o.line}` : base;
}
