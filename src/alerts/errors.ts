// Typed alert errors: a rule that cannot be used as written, and a delivery that did not go through.
import { NewsloomError, UsageError } from '../errors.js';

/** An alert rule or its delivery target is unusable as written (the message says how to fix it). */
export class AlertConfigError extends UsageError {
  override name = 'AlertConfigError';
}

/** One delivery attempt failed; `message` names the target and what went wrong. */
export class DeliveryError extends NewsloomError {
  override name = 'DeliveryError';
  constructor(
    readonly target: string,
    readonly problem: string,
  ) {
    super('upstream', `${target}: ${problem}`);
  }
}
