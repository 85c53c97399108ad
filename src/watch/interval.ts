// Polling intervals written as "90s", "5m", "1h30m" or "2d": parsing and printing (pure).
import { UsageError } from '../errors.js';

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Milliseconds of an interval like "5m", "1h30m", "45s" or "2d"; a bare number is seconds. Throws UsageError naming `flag`. */
export function parseInterval(text: string, flag = '--every'): number {
  const t = text.trim().toLowerCase();
  if (/^\d+(\.\d+)?$/.test(t)) return Math.round(Number(t) * 1000);
  const part = /(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)/gy;
  let total = 0;
  let at = 0;
  for (let m = part.exec(t); m; m = part.exec(t)) {
    total += Number(m[1]) * UNIT_MS[m[2]!]!;
    at = part.lastIndex;
  }
  if (!t || at !== t.length || total <= 0) {
    throw new UsageError(`${flag} takes an interval like 30s, 5m, 1h or 1h30m, got '${text}'`);
  }
  return Math.round(total);
}

/** A short human form of a duration: "5m", "1h30m", "45s", "250ms". */
export function formatInterval(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  let s = Math.round(ms / 1000);
  const out: string[] = [];
  for (const [unit, size] of [
    ['d', 86400],
    ['h', 3600],
    ['m', 60],
    ['s', 1],
  ] as const) {
    if (s >= size) {
      out.push(`${Math.floor(s / size)}${unit}`);
      s %= size;
    }
  }
  return out.join('');
}
