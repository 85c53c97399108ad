// The typed error the URL fetcher throws: a machine-readable code plus a message naming the URL and what to do.

export type FetchErrorCode =
  | 'private-address'
  | 'timeout'
  | 'too-large'
  | 'http-status'
  | 'redirect-loop'
  | 'robots'
  | 'content-type'
  | 'network'
  | 'invalid-url';

export interface FetchErrorDetails {
  /** HTTP status of the last response, when there was one. */
  status?: number;
  /** How many HTTP attempts were made for the failing hop (1 = no retry). */
  attempts?: number;
  /** The underlying error (socket, DNS, TLS, zlib), when there was one. */
  cause?: unknown;
}

export class FetchError extends Error {
  readonly code: FetchErrorCode;
  readonly url: string;
  readonly status: number | null;
  /** The problem alone, without the URL prefix of `message`. */
  readonly problem: string;
  attempts: number;

  constructor(code: FetchErrorCode, url: string, problem: string, details: FetchErrorDetails = {}) {
    super(`${url}: ${problem}`, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'FetchError';
    this.code = code;
    this.url = url;
    this.problem = problem;
    this.status = details.status ?? null;
    this.attempts = details.attempts ?? 1;
  }

  /** Whether retrying the same request later may succeed (network trouble, timeouts, 5xx, 429). */
  get transient(): boolean {
    if (this.code === 'network' || this.code === 'timeout') return true;
    return this.code === 'http-status' && this.status !== null && (this.status >= 500 || this.status === 429);
  }
}
