// Seeded generator of hostile inputs for the fuzz suite: random bytes, bad UTF-8, UTF-16/32, broken and deep markup, bombs, quote runs.

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same cases on every machine. */
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0 || 0x9e3779b9;
  }
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** A length: mostly small, now and then large (up to `max`). */
  size(max = 4096): number {
    const r = this.next();
    if (r < 0.6) return this.int(64);
    if (r < 0.95) return this.int(Math.min(max, 2048));
    return this.int(max);
  }
}

const QUOTE_RUN = [
  '"',
  '“',
  '”',
  '«',
  '»',
  "'",
  '‘',
  '’',
  ',',
  '.',
  ' ',
  ' said ',
  ' Putin',
  ' he ',
  ':',
  '\n',
  '\n\n',
  ' according to ',
  ' TASS reported',
  ' the president',
  '—',
  '(',
  ')',
  ';',
];
const MARKUP = [
  '<div>',
  '</div>',
  '<p>',
  '</p>',
  '<a href="x">',
  '</a>',
  '<script>',
  '</script>',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<',
  '>',
  '&',
  '&amp;',
  '&#',
  '&#x',
  ';',
  '"',
  "'",
  '=',
  '<br/>',
  '<svg>',
  '<math>',
  '</',
  '<?xml ',
  '<!DOCTYPE ',
  '<title>',
  '</title>',
  '<meta charset="utf-16">',
  '<table><tr><td>',
];
const JSON_BITS = [
  '{',
  '}',
  '[',
  ']',
  ':',
  ',',
  '"',
  '\\',
  '\\u',
  'null',
  'true',
  '1e999',
  '-0',
  '12345678901234567890',
  '"id"',
  '"text"',
  '"html"',
  '"authors"',
  '"url"',
  ' ',
];

/** A Unicode string with a mix of scripts, controls, surrogates (lone ones too), and combining marks. */
export function wildString(rng: Rng, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = rng.next();
    if (r < 0.5) out.push(String.fromCharCode(32 + rng.int(95)));
    else if (r < 0.6) out.push(String.fromCharCode(rng.int(32)));
    else if (r < 0.7)
      out.push(String.fromCharCode(0xd800 + rng.int(0x800))); // lone surrogates
    else if (r < 0.8) out.push(String.fromCodePoint(0x80 + rng.int(0x2000)));
    else if (r < 0.9) out.push(String.fromCodePoint(0x10000 + rng.int(0x10000)));
    else out.push(rng.pick(['\u0000', '\ufeff', '\ufffd', '\u200b', '\u0301', '\u2028', '\r\n', '\t']));
  }
  return out.join('');
}

function runOf(rng: Rng, parts: readonly string[], n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(rng.pick(parts));
  return out.join('');
}

function encode(rng: Rng, s: string): Uint8Array {
  const kind = rng.int(6);
  const le = Buffer.from(s, 'utf16le');
  if (kind === 0) return Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
  if (kind === 1) return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le).swap16()]);
  if (kind === 2 || kind === 3) {
    const cps = [0xfeff, ...[...s].map((c) => c.codePointAt(0)!)];
    const b = Buffer.alloc(cps.length * 4);
    cps.forEach((cp, i) => (kind === 2 ? b.writeUInt32LE(cp, i * 4) : b.writeUInt32BE(cp, i * 4)));
    return kind === 2 ? b : Buffer.concat([Buffer.from([0, 0, 0xfe, 0xff]), b.subarray(4)]);
  }
  if (kind === 4) return le; // UTF-16 without a byte-order mark
  return Buffer.from(s, 'latin1');
}

/** Random edits of a valid sample: cuts, duplications, splices of hostile pieces, byte flips. */
function mutate(rng: Rng, sample: string): string {
  let s = sample;
  const edits = 1 + rng.int(6);
  for (let e = 0; e < edits; e++) {
    const at = rng.int(s.length + 1);
    const r = rng.int(7);
    if (r === 0)
      s = s.slice(0, at); // truncate
    else if (r === 1) s = s.slice(0, at) + s.slice(at, at + rng.int(200)).repeat(1 + rng.int(20)) + s.slice(at);
    else if (r === 2) s = s.slice(0, at) + runOf(rng, QUOTE_RUN, rng.size(200)) + s.slice(at);
    else if (r === 3) s = s.slice(0, at) + runOf(rng, MARKUP, rng.size(200)) + s.slice(at);
    else if (r === 4) s = s.slice(0, at) + wildString(rng, rng.size(100)) + s.slice(at);
    else if (r === 5) s = s.slice(0, at) + s.slice(at + rng.int(50));
    else s = s.slice(0, at) + runOf(rng, JSON_BITS, rng.size(60)) + s.slice(at);
  }
  return s;
}

/** The shapes of hostile input the suite draws from (each case uses one). */
export const SHAPES = [
  'mutated-sample',
  'random-bytes',
  'invalid-utf8',
  'wide-unicode',
  'truncated-sample',
  'deep-nesting',
  'enormous-line',
  'nul-bytes',
  'wrong-json',
  'entity-bomb',
  'quote-run',
  'wild-unicode',
] as const;
export type Shape = (typeof SHAPES)[number];

/** One hostile input built from the target's valid `samples`: its bytes, and the shape it was made with. */
export function hostileInput(rng: Rng, samples: readonly string[], large: boolean): { shape: Shape; bytes: Uint8Array } {
  const shape = rng.pick(SHAPES);
  const sample = rng.pick(samples);
  const max = large ? 1 << 18 : 4096;
  const text = (s: string): Uint8Array => Buffer.from(s, 'utf8');
  switch (shape) {
    case 'mutated-sample':
      return { shape, bytes: text(mutate(rng, sample)) };
    case 'random-bytes': {
      const b = new Uint8Array(rng.size(max));
      for (let i = 0; i < b.length; i++) b[i] = rng.int(256);
      return { shape, bytes: b };
    }
    case 'invalid-utf8': {
      const b = Buffer.from(sample, 'utf8');
      const out = Buffer.from(b);
      for (let k = 0; k < 1 + rng.int(8) && out.length > 0; k++) out[rng.int(out.length)] = rng.pick([0x80, 0xbf, 0xc0, 0xc1, 0xe0, 0xed, 0xf5, 0xff, 0xfe]);
      return { shape, bytes: rng.chance(0.5) ? Buffer.concat([out, Buffer.from([0xe2, 0x80])]) : out };
    }
    case 'wide-unicode':
      return { shape, bytes: encode(rng, rng.chance(0.7) ? sample : mutate(rng, sample)) };
    case 'truncated-sample':
      return { shape, bytes: Buffer.from(sample, 'utf8').subarray(0, rng.int(Buffer.byteLength(sample) + 1)) };
    case 'deep-nesting': {
      const depth = large ? 1000 + rng.int(30000) : rng.int(3000);
      const open = rng.pick(['<div>', '<b>', '<ul><li>', '<table><tr><td>', '<svg>', '[', '{"a":', '<item>', '<entry>', '(', '"']);
      const close = rng.chance(0.5) ? rng.pick(['</div>', '</b>', ']', '}', '</item>', ')', '']).repeat(depth) : '';
      return { shape, bytes: text(sample.slice(0, rng.int(sample.length)) + open.repeat(depth) + sample + close) };
    }
    case 'enormous-line': {
      const unit = rng.pick(['a', ' ', 'ab ', '"', '.', 'x'.repeat(7) + ',', 'A. ', '-', '&amp;', 'Mr. ']);
      const n = large ? 50_000 + rng.int(200_000) : rng.int(4000);
      return { shape, bytes: text(rng.chance(0.5) ? unit.repeat(Math.ceil(n / unit.length)) : sample + unit.repeat(Math.ceil(n / unit.length)) + sample) };
    }
    case 'nul-bytes': {
      const b = Buffer.from(sample, 'utf8');
      const out: number[] = [];
      for (const x of b) {
        out.push(x);
        if (rng.chance(0.05)) out.push(0);
      }
      return { shape, bytes: Uint8Array.from(rng.chance(0.3) ? [0, ...out] : out) };
    }
    case 'wrong-json': {
      const value = wrongJson(rng, 0);
      return { shape, bytes: text(JSON.stringify(value) ?? 'undefined') };
    }
    case 'entity-bomb': {
      const n = large ? 20_000 + rng.int(100_000) : rng.int(2000);
      const entity = rng.pick(['&amp;', '&lt;', '&#x10FFFF;', '&#xD800;', '&#99999999;', '&nbsp;', '&bogus;', '&#0;', '&amp;amp;', '&']);
      if (rng.chance(0.3)) {
        const lol = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>`;
        return {
          shape,
          bytes: text(
            `${lol}<rss version="2.0"><channel><title>&lol3;</title><item><title>&lol3;</title><link>http://x.test/&lol3;</link></item></channel></rss>`,
          ),
        };
      }
      return { shape, bytes: text(sample.slice(0, rng.int(sample.length)) + entity.repeat(n) + sample) };
    }
    case 'quote-run':
      return { shape, bytes: text(runOf(rng, QUOTE_RUN, large ? 20_000 + rng.int(60_000) : rng.size(2000))) };
    case 'wild-unicode':
      return { shape, bytes: text(wildString(rng, rng.size(max))) };
  }
}

/** JSON of the wrong shape: arrays for objects, numbers for strings, deep nests, huge and odd numbers. */
function wrongJson(rng: Rng, depth: number): unknown {
  const r = rng.int(depth > 6 ? 6 : 9);
  if (r === 0) return null;
  if (r === 1) return rng.pick([0, -1, 1e308, -0, 1.2345678901234567e19, 0.1, Number.MAX_SAFE_INTEGER + 2]);
  if (r === 2) return wildString(rng, rng.int(40));
  if (r === 3) return rng.chance(0.5);
  if (r === 4) return rng.pick(['', ' ', 'x'.repeat(rng.int(300)), '2026-13-45', 'javascript:alert(1)', 'http://[::1]/']);
  if (r === 5) return [];
  if (r === 6) return Array.from({ length: rng.int(5) }, () => wrongJson(rng, depth + 1));
  const o: Record<string, unknown> = {};
  const keys = ['id', 'text', 'html', 'title', 'url', 'published', 'outlet', 'authors', 'author', 'language', '__proto__', 'constructor', 'x'];
  for (let i = 0; i < 1 + rng.int(6); i++) o[rng.pick(keys)] = rng.chance(0.3) ? 'Budget vote\n\nThe council approved the budget.' : wrongJson(rng, depth + 1);
  return o;
}
