// Reading one response: status, size caps (declared and streamed), content decoding, .gz bodies, and the media type settled from the bytes.
import zlib from 'node:zlib';
import { pipeline } from 'node:stream';
import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import defaults from '../../data/fetch-defaults.json' with { type: 'json' };
import { FetchError } from './fetch-error.js';
import { isAcceptedType, parseContentType } from './fetch-content-type.js';
import { settleMediaType, sniffBody } from './fetch-sniff.js';
import { header } from './fetch-guards.js';
import type { AttemptResult, Purpose, Resolved } from './fetch-types.js';

const SNIFF = new Set(defaults.sniffWhenContentTypeIs);
const GUNZIP = new Set(defaults.gunzipContentTypes);
const REFUSE_UNREAD: readonly string[] = defaults.refuseUnreadTypes;

/** Status, headers and, for a 2xx answer, the body within the cap with its media type settled from the bytes. */
export async function readResponse(res: IncomingMessage, url: URL, o: Resolved, purpose: Purpose): Promise<AttemptResult> {
  const status = res.statusCode ?? 0;
  const ct = parseContentType(header(res.headers, 'content-type'));
  const out: AttemptResult = {
    status,
    statusText: res.statusMessage ?? '',
    headers: res.headers,
    bytes: null,
    mediaType: ct.mediaType,
    charsetParam: ct.params.charset ?? null,
  };
  if (status < 200 || status >= 300) return out;
  const gzipped = GUNZIP.has(ct.mediaType);
  if (purpose === 'content' && REFUSE_UNREAD.some((p) => ct.mediaType.startsWith(p)) && !isAcceptedType(ct.mediaType, o.accept)) {
    // images, audio, video and fonts are never pages or feeds: refused without reading them
    throw new FetchError(
      'content-type',
      url.href,
      `server sent ${ct.mediaType}, expected one of ${o.accept.join(', ')} (pass accept: [...] to allow other types)`,
      { status },
    );
  }
  const encoding = (header(res.headers, 'content-encoding') ?? 'identity').trim().toLowerCase();
  const length = Number(header(res.headers, 'content-length') ?? Number.NaN);
  if (purpose === 'content' && encoding === 'identity' && Number.isFinite(length) && length > o.maxBytes) {
    throw new FetchError('too-large', url.href, `body is ${length} bytes, over the ${o.maxBytes}-byte cap (maxBytes)`, { status });
  }
  const stream = decoderFor(res, encoding, url);
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    if (total + chunk.length > o.maxBytes) {
      if (purpose === 'robots') {
        chunks.push(chunk.subarray(0, o.maxBytes - total));
        total = o.maxBytes;
        stream.destroy();
        break;
      }
      throw new FetchError('too-large', url.href, `body exceeds the ${o.maxBytes}-byte cap (maxBytes); transfer aborted`, { status });
    }
    chunks.push(chunk);
    total += chunk.length;
  }
  let bytes: Uint8Array = new Uint8Array(Buffer.concat(chunks, total));
  if (gzipped && bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipFile(bytes, url, o.maxBytes, status);
  if (purpose === 'content') {
    const vague = gzipped ? new Set([...SNIFF, ct.mediaType]) : SNIFF;
    const verdict = settleMediaType(ct.mediaType, bytes, o.accept, vague);
    if ('refused' in verdict) throw new FetchError('content-type', url.href, verdict.refused, { status });
    out.mediaType = verdict.mediaType;
  } else if (gzipped || SNIFF.has(ct.mediaType)) {
    out.mediaType = sniffBody(bytes);
  }
  out.bytes = bytes;
  return out;
}

/** A body that is itself a .gz file (sitemap.xml.gz): decompressed under the same size cap. */
function gunzipFile(bytes: Uint8Array, url: URL, maxBytes: number, status: number): Uint8Array {
  try {
    return new Uint8Array(zlib.gunzipSync(bytes, { maxOutputLength: maxBytes, finishFlush: zlib.constants.Z_SYNC_FLUSH }));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
      throw new FetchError('too-large', url.href, `gzip body expands past the ${maxBytes}-byte cap (maxBytes)`, { status });
    }
    throw new FetchError('content-type', url.href, `body is labelled gzip but cannot be decompressed: ${(err as Error).message}`, { status, cause: err });
  }
}

function decoderFor(res: IncomingMessage, encoding: string, url: URL): Readable {
  const flush = { finishFlush: zlib.constants.Z_SYNC_FLUSH };
  let decoder: zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress;
  if (encoding === 'identity' || encoding === '') return res;
  if (encoding === 'gzip' || encoding === 'x-gzip') decoder = zlib.createGunzip(flush);
  else if (encoding === 'deflate') decoder = zlib.createInflate(flush);
  else if (encoding === 'br') decoder = zlib.createBrotliDecompress();
  else throw new FetchError('content-type', url.href, `unsupported content-encoding "${encoding}"`);
  pipeline(res, decoder, () => {});
  return decoder;
}
