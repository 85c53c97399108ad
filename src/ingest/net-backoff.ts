// Retry timing: exponential backoff with jitter, and parsing of the HTTP Retry-After header (seconds or HTTP date).

/** Delay before retry number `attempt` (0-based): base * 2^attempt, capped, with "equal jitter" in [half, full]. */
export function backoffDelay(attempt: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const full = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt));
  return Math.round(full / 2 + (full / 2) * random());
}

/** Milliseconds a Retry-After header asks us to wait, or null when absent or unreadable. Past dates give 0. */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | null {
  if (value == null) return null;
  const v = value.trim();
  if (v === '') return null;
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - nowMs);
}
