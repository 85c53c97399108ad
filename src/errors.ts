// The one error family: every failure newsloom reports is a NewsloomError of some kind, and ONE table maps each kind to
// the CLI's exit code and the API's HTTP status. Messages name the input and the problem, so a user can act on them.

/** What went wrong, as far as the caller is concerned. */
export type ErrorKind =
  | 'usage' // the command or request asks for something that cannot be done as written
  | 'input' // an input could not be read or is not a document newsloom can use
  | 'extract' // a stage could not turn a document into an article
  | 'not-found' // no such article, event, storyline, outlet or route
  | 'unauthorized' // a write without (valid) credentials
  | 'forbidden' // a write this server does not allow
  | 'too-large' // a body or input over its limit
  | 'unsupported-media' // a body of a Content-Type the API does not take
  | 'unavailable' // a part of the service is not ready (e.g. the web page is not built)
  | 'store' // the store could not be opened or used
  | 'upstream' // a remote source or delivery target failed (fetch, feed, webhook)
  | 'config' // a data file or setting newsloom ships with is broken
  | 'internal'; // anything else: a bug in newsloom

/**
 * The one mapping from kind to CLI exit code and HTTP status. Every known failure exits 1 (2 is kept for "done, but some
 * inputs were rejected"); an unknown one exits 70 (EX_SOFTWARE) / answers 500.
 */
export const ERROR_TABLE: Readonly<Record<ErrorKind, { exit: number; http: number }>> = {
  usage: { exit: 1, http: 400 },
  input: { exit: 1, http: 400 },
  extract: { exit: 1, http: 400 },
  'not-found': { exit: 1, http: 404 },
  unauthorized: { exit: 1, http: 401 },
  forbidden: { exit: 1, http: 403 },
  'too-large': { exit: 1, http: 413 },
  'unsupported-media': { exit: 1, http: 415 },
  unavailable: { exit: 1, http: 503 },
  store: { exit: 1, http: 503 },
  upstream: { exit: 1, http: 502 },
  config: { exit: 1, http: 500 },
  internal: { exit: 70, http: 500 },
};

/** The base of every error newsloom raises on purpose; `kind` decides the exit code and HTTP status (ERROR_TABLE). */
export class NewsloomError extends Error {
  override name = 'NewsloomError';
  constructor(
    readonly kind: ErrorKind,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }

  get exitCode(): number {
    return ERROR_TABLE[this.kind].exit;
  }

  get statusCode(): number {
    return ERROR_TABLE[this.kind].http;
  }
}

/** An input could not be read or is not a document newsloom can use (binary, empty, too large, malformed). */
export class InputError extends NewsloomError {
  override name = 'InputError';
  constructor(
    readonly where: string,
    readonly problem: string,
  ) {
    super('input', `${where}: ${problem}`);
  }
}

/** A stage could not turn a document into an article. */
export class ExtractError extends NewsloomError {
  override name = 'ExtractError';
  constructor(message: string) {
    super('extract', message);
  }
}

/** The store could not be opened or used (wrong path, not a newsloom database, newer schema). */
export class StoreError extends NewsloomError {
  override name = 'StoreError';
  constructor(message: string) {
    super('store', message);
  }
}

/** The user's command line (or request) asks for something that cannot be done as written. */
export class UsageError extends NewsloomError {
  override name = 'UsageError';
  constructor(message: string) {
    super('usage', message);
  }
}

/** Errors of stages that keep their own classes (src/ingest, src/extract, src/analyze), placed in the family by name. */
const KIND_BY_NAME: Record<string, ErrorKind> = {
  FetchError: 'upstream',
  FeedError: 'input',
  HtmlExtractError: 'extract',
  AnalyzeInputError: 'input',
  LexiconError: 'config',
};

/** The kind of any thrown value: a NewsloomError's own, a known stage error's, else 'internal'. */
export function errorKind(e: unknown): ErrorKind {
  if (e instanceof NewsloomError) return e.kind;
  if (e instanceof Error) return KIND_BY_NAME[e.name] ?? 'internal';
  return 'internal';
}
