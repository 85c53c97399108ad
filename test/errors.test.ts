// The one error family: every kind of failure maps, through one table, to a CLI exit code and an HTTP status.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DeliveryError } from '../src/alerts/errors.js';
import { ERROR_TABLE, ExtractError, errorKind, InputError, NewsloomError, StoreError, UsageError } from '../src/errors.js';
import { FingerprintError } from '../src/fingerprint/index.js';
import { FeedError } from '../src/ingest/feed.js';
import { FetchError } from '../src/ingest/fetch-error.js';
import { HttpError } from '../src/server/http-error.js';

test('each error class answers with the exit code and HTTP status its kind has in the one table', () => {
  const cases: [unknown, string, number, number][] = [
    [new UsageError('--limit takes a whole number'), 'usage', 1, 400],
    [new InputError('a.txt', 'binary'), 'input', 1, 400],
    [new ExtractError('no text left'), 'extract', 1, 400],
    [new StoreError('not a newsloom database'), 'store', 1, 503],
    [new HttpError(404, 'no event'), 'not-found', 1, 404],
    [new HttpError(401, 'send a token'), 'unauthorized', 1, 401],
    [new DeliveryError('https://hooks.example/x', 'timed out'), 'upstream', 1, 502],
    [new FingerprintError('bad-signature', 'expected 512 bytes'), 'input', 1, 400],
    [new FetchError('timeout', 'https://example.com/', 'timed out'), 'upstream', 1, 502],
    [new FeedError('not-a-feed' as never, 'not a feed'), 'input', 1, 400],
    [new TypeError('x is undefined'), 'internal', 70, 500],
    ['a thrown string', 'internal', 70, 500],
  ];
  for (const [e, kind, exit, http] of cases) {
    assert.equal(errorKind(e), kind, String(e));
    assert.equal(ERROR_TABLE[errorKind(e)].exit, exit, String(e));
    assert.equal(ERROR_TABLE[errorKind(e)].http, http, String(e));
    if (e instanceof NewsloomError) assert.equal(e.statusCode, http);
  }
});

test('messages keep naming the input and the problem', () => {
  const e = new InputError('notes/a.bin', 'binary (contains NUL bytes)');
  assert.equal(e.message, 'notes/a.bin: binary (contains NUL bytes)');
  assert.ok(e instanceof NewsloomError);
  assert.equal(e.name, 'InputError');
});
