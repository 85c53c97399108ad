// Per-host politeness: hands out request start times so that requests to one host are at least a delay apart, in call order.

/** Reserves the next start slot for a host: pure bookkeeping over a map of "host -> earliest next start". */
export function reserveSlot(next: Map<string, number>, host: string, now: number, delayMs: number): number {
  const start = Math.max(now, next.get(host) ?? Number.NEGATIVE_INFINITY);
  next.set(host, start + Math.max(0, delayMs));
  return start;
}

export interface RateLimiterOptions {
  /** Minimum gap between two request starts to the same host. */
  delayMs: number;
  /** Clock, injectable so the slot logic can be checked without waiting. */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

const realSleep = (ms: number): Promise<void> => (ms <= 0 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, ms)));

/** First-come first-served per-host limiter; different hosts never wait for each other. */
export class HostRateLimiter {
  private readonly next = new Map<string, number>();
  private readonly hostDelay = new Map<string, number>();
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  readonly delayMs: number;

  constructor(opts: RateLimiterOptions) {
    this.delayMs = Math.max(0, opts.delayMs);
    this.now = opts.now ?? Date.now;
    this.sleep = opts.sleep ?? realSleep;
  }

  /** Raises (never lowers) the gap for one host, e.g. from a robots.txt Crawl-delay. */
  setHostDelay(host: string, delayMs: number): void {
    if (delayMs > this.delayMs) this.hostDelay.set(host.toLowerCase(), delayMs);
  }

  delayFor(host: string): number {
    return this.hostDelay.get(host.toLowerCase()) ?? this.delayMs;
  }

  /** Waits until this caller may start a request to `host`; returns the reserved start time. */
  async acquire(host: string): Promise<number> {
    const key = host.toLowerCase();
    const now = this.now();
    const start = reserveSlot(this.next, key, now, this.delayFor(key));
    await this.sleep(start - now);
    return start;
  }
}
