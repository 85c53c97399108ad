// Typed error for the fingerprint stage: bad signatures, incompatible parameters, malformed rows.

export type FingerprintErrorCode = 'bad-signature' | 'bad-params' | 'bad-input';

export class FingerprintError extends Error {
  readonly code: FingerprintErrorCode;
  constructor(code: FingerprintErrorCode, message: string) {
    super(message);
    this.name = 'FingerprintError';
    this.code = code;
  }
}
