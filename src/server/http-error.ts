// Typed HTTP errors: every API failure becomes JSON {error, message, statusCode} that says what was wrong.
import { type ErrorKind, NewsloomError } from '../errors.js';

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  502: 'Bad Gateway',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function reasonPhrase(status: number): string {
  return REASONS[status] ?? (status >= 500 ? 'Internal Server Error' : 'Bad Request');
}

const KIND_BY_STATUS: Record<number, ErrorKind> = {
  400: 'usage',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  413: 'too-large',
  415: 'unsupported-media',
  503: 'unavailable',
};

/** An error the API reports to the caller as is: one of the family, its kind named by the status it answers with. */
export class HttpError extends NewsloomError {
  override name = 'HttpError';
  constructor(
    status: keyof typeof KIND_BY_STATUS,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(KIND_BY_STATUS[status] ?? 'internal', message);
  }
}

export interface ErrorBody {
  error: string;
  message: string;
  statusCode: number;
}

export function errorBody(statusCode: number, message: string): ErrorBody {
  return { error: reasonPhrase(statusCode), message, statusCode };
}

export function notFound(kind: string, id: string): HttpError {
  return new HttpError(404, `no ${kind} with id '${id}'`);
}
