// Typed error for the fingerprint stage: bad signatures, incompatible parameters, malformed rows.
import { NewsloomError } from '../errors.js';

export type FingerprintErrorCode = 'bad-signature' | 'bad-params' | 'bad-input';

export class FingerprintError extends NewsloomError {
  override name = 'FingerprintError';
  readonly code: FingerprintErrorCode;
  constructor(code: FingerprintErrorCode, message: string) {
    super(code === 'bad-params' ? 'config' : 'input', message);
    this.code = code;
  }
}
