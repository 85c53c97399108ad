// One gzip member of a .warc.gz at a time (pure): its header, its inflated bytes, its CRC-checked end; errors say what is wrong.
import { constants, crc32, inflateRawSync } from 'node:zlib';

/** A member read whole: its decompressed bytes and the length of the compressed member (header, data, trailer). */
export interface GzipMember {
  out: Buffer;
  length: number;
}

/** Why a member could not be read: 'short' when the bytes given end inside it (more may be needed), else 'bad' or 'large'. */
export class GzipMemberError extends Error {
  override name = 'GzipMemberError';
  constructor(
    readonly kind: 'short' | 'bad' | 'large',
    message: string,
  ) {
    super(message);
  }
}

const FHCRC = 2;
const FEXTRA = 4;
const FNAME = 8;
const FCOMMENT = 16;

/** True when the bytes at `at` start a gzip member (magic and the deflate method). */
export function isGzipStart(buf: Buffer, at = 0): boolean {
  return buf[at] === 0x1f && buf[at + 1] === 0x8b && buf[at + 2] === 0x08;
}

/** Length of the gzip header at the start of `buf`; throws GzipMemberError. */
export function gzipHeaderLength(buf: Buffer): number {
  if (buf.length < 10) throw new GzipMemberError('short', 'the file ends inside a gzip header');
  if (!isGzipStart(buf)) throw new GzipMemberError('bad', 'no gzip member starts here (the bytes are not gzip data)');
  const flags = buf[3]!;
  if (flags & 0xe0) throw new GzipMemberError('bad', 'the gzip header has reserved flags set (corrupt data)');
  let at = 10;
  if (flags & FEXTRA) {
    if (buf.length < at + 2) throw new GzipMemberError('short', 'the file ends inside a gzip header');
    at += 2 + buf.readUInt16LE(at);
  }
  for (const flag of [FNAME, FCOMMENT]) {
    if (!(flags & flag)) continue;
    const zero = buf.indexOf(0, at);
    if (zero < 0) throw new GzipMemberError('short', 'the file ends inside a gzip header');
    at = zero + 1;
  }
  if (flags & FHCRC) at += 2;
  if (buf.length < at) throw new GzipMemberError('short', 'the file ends inside a gzip header');
  return at;
}

/**
 * Inflate the member at the start of `buf` (which may hold more bytes after it). Throws GzipMemberError: 'short' when `buf`
 * ends inside the member, 'large' when it inflates to more than `maxOut` bytes, 'bad' when it is corrupt (data or CRC).
 */
export function inflateMember(buf: Buffer, maxOut: number): GzipMember {
  const head = gzipHeaderLength(buf);
  let out: Buffer;
  let used: number;
  try {
    const r = inflateRawSync(buf.subarray(head), { info: true, maxOutputLength: maxOut }) as unknown as { buffer: Buffer; engine: { bytesWritten: number } };
    out = r.buffer;
    used = r.engine.bytesWritten;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'Z_BUF_ERROR') throw new GzipMemberError('short', 'the gzip member is cut off (the file ends inside it)');
    if (code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) throw new GzipMemberError('large', `the gzip member inflates to more than ${maxOut} bytes`);
    throw new GzipMemberError('bad', `the gzip member is corrupt (${(e as Error).message})`);
  }
  const trailer = head + used;
  if (buf.length < trailer + 8) throw new GzipMemberError('short', 'the gzip member is cut off (the file ends inside its trailer)');
  if (buf.readUInt32LE(trailer) !== crc32(out) || buf.readUInt32LE(trailer + 4) !== (out.length & 0xffffffff) >>> 0) {
    throw new GzipMemberError('bad', 'the gzip member is corrupt (its CRC or size check fails)');
  }
  return { out, length: trailer + 8 };
}

/** The first bytes a member inflates to, from its first `inBytes` compressed bytes (enough to read a record's headers). */
export function memberStart(buf: Buffer, inBytes: number, maxOut: number): Buffer {
  const head = gzipHeaderLength(buf);
  try {
    return inflateRawSync(buf.subarray(head, head + inBytes), { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: maxOut });
  } catch (e) {
    throw new GzipMemberError('bad', `the gzip member is corrupt (${(e as Error).message})`);
  }
}
