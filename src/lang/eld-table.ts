// eld's n-gram data as flat arrays (n-gram -> its languages and scores), and as the bytes of the cache file that keeps it.
// Made once from eld's own data (an object per n-gram, walked with for...in: ~0.1-0.2 s) and read back from the file
// without a JSON parse of 105,000 small objects.

/** eld's n-gram data as its files hold it: language index -> ISO code, n-gram (one character per byte) -> language index -> score. */
export interface NgramsData {
  type: string;
  languages: Record<string, string>;
  ngrams: Record<string, Record<string, number>>;
}

/** The n-grams in eld's order; n-gram i's languages and scores are langs/scores[start[i] .. start[i + 1]). */
export interface NgramTable {
  type: string;
  /** ISO code per language index */
  codes: string[];
  keys: string[];
  start: Int32Array;
  langs: Uint8Array;
  /** eld's stored score as it is (eld adds 53 when it scores) */
  scores: Uint16Array;
}

/** The table of eld's data; null when the data does not fit it (more than 256 languages, scores out of 0..65535). */
export function tableOf(data: NgramsData): NgramTable | null {
  const codes: string[] = [];
  for (const k of Object.keys(data.languages)) codes[Number(k)] = data.languages[k]!;
  const keys = Object.keys(data.ngrams);
  const start = new Int32Array(keys.length + 1);
  const langs: number[] = [];
  const scores: number[] = [];
  for (let i = 0; i < keys.length; i++) {
    start[i] = langs.length;
    const row = data.ngrams[keys[i]!]!;
    for (const lang in row) {
      langs.push(Number(lang));
      scores.push(row[lang]!);
    }
  }
  start[keys.length] = langs.length;
  const fits = (xs: number[], max: number) => xs.every((x) => Number.isInteger(x) && x >= 0 && x <= max);
  if (codes.length !== Object.keys(data.languages).length || !fits(langs, 255) || langs.some((l) => l >= codes.length) || !fits(scores, 0xffff)) return null;
  return { type: data.type, codes, keys, start, langs: Uint8Array.from(langs), scores: Uint16Array.from(scores) };
}

const FORMAT = 'newsloom-eld-table/1';

interface Header {
  format: string;
  type: string;
  codes: string[];
  ngrams: number;
  pairs: number;
  keyUnits: number;
}

/** The file's bytes: a length-prefixed JSON header, then the keys (UTF-16), each key's length, each key's count of languages, langs, scores. */
export function encodeTable(t: NgramTable): Buffer {
  const joined = t.keys.join('');
  const header: Header = { format: FORMAT, type: t.type, codes: t.codes, ngrams: t.keys.length, pairs: t.langs.length, keyUnits: joined.length };
  const head = Buffer.from(JSON.stringify(header), 'utf8');
  const lengths = Buffer.from(t.keys.map((k) => k.length));
  const counts = Buffer.alloc(t.keys.length);
  for (let i = 0; i < t.keys.length; i++) counts[i] = t.start[i + 1]! - t.start[i]!;
  const size = Buffer.alloc(4);
  size.writeUInt32LE(head.length);
  const scores = Buffer.alloc(t.scores.length * 2);
  for (let i = 0; i < t.scores.length; i++) scores.writeUInt16LE(t.scores[i]!, i * 2);
  if (t.keys.some((k) => k.length > 255) || counts.some((c, i) => c !== t.start[i + 1]! - t.start[i]!))
    throw new Error('eld table: a key or a row too long for the file');
  return Buffer.concat([size, head, Buffer.from(joined, 'utf16le'), lengths, counts, Buffer.from(t.langs), scores]);
}

/** The table a file holds, or null when the bytes are not a whole table of this format. */
export function decodeTable(buf: Buffer): NgramTable | null {
  if (buf.length < 4) return null;
  const headLength = buf.readUInt32LE(0);
  let header: Header;
  try {
    header = JSON.parse(buf.toString('utf8', 4, 4 + headLength)) as Header;
  } catch {
    return null;
  }
  if (header.format !== FORMAT) return null;
  const { ngrams: n, pairs, keyUnits } = header;
  let at = 4 + headLength;
  if (buf.length !== at + keyUnits * 2 + n * 2 + pairs * 3) return null;
  const joined = buf.toString('utf16le', at, at + keyUnits * 2);
  at += keyUnits * 2;
  const keys: string[] = new Array(n);
  const start = new Int32Array(n + 1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const len = buf[at + i]!;
    keys[i] = joined.slice(k, k + len);
    k += len;
    start[i + 1] = start[i]! + buf[at + n + i]!;
  }
  at += 2 * n;
  if (k !== keyUnits || start[n] !== pairs) return null;
  const langs = Uint8Array.from(buf.subarray(at, at + pairs));
  at += pairs;
  const scores = new Uint16Array(pairs);
  for (let i = 0; i < pairs; i++) scores[i] = buf.readUInt16LE(at + i * 2);
  return { type: header.type, codes: header.codes, keys, start, langs, scores };
}
