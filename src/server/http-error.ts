// Typed HTTP errors: every API failure becomes JSON {error, message, statusCode} that says what was wrong.

const REASONS: Record<number, string> = {
  400: 'Bad Request',
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

/** An error the API reports to the caller as is, with its status. */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly statusCode: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
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
