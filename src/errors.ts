// Typed errors whose messages name the input and the problem, so a user can act on them.

/** An input could not be read or is not a document newsloom can use (binary, empty, too large, malformed). */
export class InputError extends Error {
  override name = 'InputError';
  constructor(
    readonly where: string,
    readonly problem: string,
  ) {
    super(`${where}: ${problem}`);
  }
}

/** A stage could not turn a document into an article. */
export class ExtractError extends Error {
  override name = 'ExtractError';
  constructor(message: string) {
    super(message);
  }
}

/** The store could not be opened or used (wrong path, not a newsloom database, newer schema). */
export class StoreError extends Error {
  override name = 'StoreError';
  constructor(message: string) {
    super(message);
  }
}

/** The user's command line asks for something that cannot be done as written. */
export class UsageError extends Error {
  override name = 'UsageError';
  constructor(message: string) {
    super(message);
  }
}
