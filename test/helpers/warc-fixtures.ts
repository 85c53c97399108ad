// WARC test files written by hand, record by record: pages, skipped kinds and broken records, with where each record starts.
import { gzipSync } from 'node:zlib';
import { para, wrapPage } from './html-fixtures.js';

/** What the reader should make of a record. */
export type Expect = { page: string } | { skip: string } | { reject: string };

export interface Part {
  name: string;
  bytes: Buffer;
  expect: Expect;
}

export interface BuiltWarc {
  bytes: Buffer;
  /** Each part's name, its byte offset in the file (of its gzip member in a .warc.gz) and what it should give. */
  marks: { name: string; offset: number; expect: Expect }[];
}

const CRLF = '\r\n';
let serial = 0;

/** One WARC record; `contentLength` overrides the true length (a broken record), `cut` drops the record's last bytes. */
export function warcRecord(
  type: string,
  fields: Record<string, string>,
  content: Buffer | string,
  opts: { contentLength?: string; cut?: number } = {},
): Buffer {
  const body = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
  const head = [
    'WARC/1.1',
    `WARC-Type: ${type}`,
    `WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-${String(++serial).padStart(12, '0')}>`,
    ...Object.entries(fields).map(([k, v]) => `${k}: ${v}`),
    `Content-Length: ${opts.contentLength ?? body.length}`,
  ].join(CRLF);
  const whole = Buffer.concat([Buffer.from(head + CRLF + CRLF, 'utf8'), body, Buffer.from(CRLF + CRLF)]);
  return opts.cut ? whole.subarray(0, whole.length - opts.cut) : whole;
}

/** An HTTP response message as a crawler stores it. */
export function httpResponse(status: string, headers: Record<string, string>, body: Buffer | string): Buffer {
  const head = [`HTTP/1.1 ${status}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)].join(CRLF);
  return Buffer.concat([Buffer.from(head + CRLF + CRLF, 'latin1'), Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8')]);
}

function response(url: string, date: string, http: Buffer, opts: { contentLength?: string; cut?: number } = {}): Buffer {
  return warcRecord('response', { 'WARC-Target-URI': url, 'WARC-Date': date, 'Content-Type': 'application/http; msgtype=response' }, http, opts);
}

/** The local pages the files are built from: three stories, each with its URL and the date it was fetched. */
export const PAGES = {
  harbour: {
    url: 'https://harbour.example.com/news/ferry-terminal-closes',
    fetched: '2024-03-05T10:00:00Z',
    html: wrapPage(
      '<meta charset="utf-8"><title>Ferry terminal to close after a century</title>',
      `<article><h1>Ferry terminal to close after a century</h1>${[
        'Council members voted seven to two on Tuesday night to close the old ferry terminal, ending almost a century of service across the bay.',
        'The decision follows a two-year review that found the pier structurally unsound and the cost of repairs far beyond the city budget.',
        'Residents who rely on the morning crossing said they would now face a drive of more than an hour around the water.',
      ]
        .map(para)
        .join('')}</article>`,
    ),
  },
  orchard: {
    url: 'https://valley.example.org/2024/03/01/orchard-frost',
    fetched: '2024-03-06T08:30:00Z',
    // Latin-1 bytes, the charset given only by the HTTP header.
    html: wrapPage(
      '<title>Late frost hits the orchards of the valley</title>',
      `<article><h1>Late frost hits the orchards of the valley</h1>${[
        'A late frost on Thursday night damaged apple and pear blossom across the valley, growers said, with some expecting to lose half of the crop.',
        'The cooperative café in the main square, where growers meet each morning, was full of farmers comparing the damage to the frost of twenty years ago.',
        'The regional agriculture office said it would survey the orchards next week before deciding whether emergency help can be paid.',
      ]
        .map(para)
        .join('')}</article>`,
    ),
  },
  library: {
    url: 'https://city.example.net/stories/library-reopens',
    fetched: '2024-03-07T12:15:00Z',
    html: wrapPage(
      '<meta charset="utf-8"><title>Central library reopens after two years of repairs</title>',
      `<article><h1>Central library reopens after two years of repairs</h1>${[
        'The central library reopened on Saturday after two years of repairs to its roof and reading rooms, with a queue of readers at the door before nine.',
        'The building now has a children’s floor, a workshop with sewing machines and printers, and longer opening hours on weekday evenings.',
        'Librarians said more than four thousand people visited on the first day, most of them borrowing books rather than only looking around.',
      ]
        .map(para)
        .join('')}</article>`,
    ),
  },
};

function chunked(body: Buffer): Buffer {
  const half = Math.floor(body.length / 2);
  const chunk = (b: Buffer) => Buffer.concat([Buffer.from(`${b.length.toString(16)}\r\n`), b, Buffer.from('\r\n')]);
  return Buffer.concat([chunk(body.subarray(0, half)), chunk(body.subarray(half)), Buffer.from('0\r\n\r\n')]);
}

/** A tiny PNG (its signature and an IHDR chunk): an image response. */
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

/** The records of the test file in order, the last one (the cut-off record) apart. */
export function parts(): Part[] {
  const p = PAGES;
  return [
    {
      name: 'warcinfo',
      bytes: warcRecord('warcinfo', { 'WARC-Date': '2024-03-05T09:59:00Z', 'Content-Type': 'application/warc-fields' }, 'software: hand-written test\r\n'),
      expect: { skip: 'warcinfo' },
    },
    {
      name: 'request',
      bytes: warcRecord(
        'request',
        { 'WARC-Target-URI': p.harbour.url, 'WARC-Date': p.harbour.fetched },
        `GET /news/ferry-terminal-closes HTTP/1.1\r\nHost: harbour.example.com\r\n\r\n`,
      ),
      expect: { skip: 'request' },
    },
    {
      name: 'harbour',
      bytes: response(p.harbour.url, p.harbour.fetched, httpResponse('200 OK', { 'Content-Type': 'text/html; charset=utf-8' }, p.harbour.html)),
      expect: { page: 'harbour' },
    },
    {
      name: 'metadata',
      bytes: warcRecord('metadata', { 'WARC-Target-URI': p.harbour.url, 'WARC-Date': p.harbour.fetched }, 'fetchTimeMs: 120\r\n'),
      expect: { skip: 'metadata' },
    },
    {
      name: 'redirect',
      bytes: response(
        'http://harbour.example.com/',
        '2024-03-05T10:00:01Z',
        httpResponse('301 Moved Permanently', { Location: 'https://harbour.example.com/', 'Content-Length': '0' }, ''),
      ),
      expect: { skip: 'redirect' },
    },
    {
      name: 'image',
      bytes: response('https://harbour.example.com/logo.png', '2024-03-05T10:00:02Z', httpResponse('200 OK', { 'Content-Type': 'image/png' }, PNG)),
      expect: { skip: 'non-html' },
    },
    {
      name: 'bad-length',
      bytes: response(
        'https://harbour.example.com/news/other',
        '2024-03-05T10:00:03Z',
        httpResponse('200 OK', { 'Content-Type': 'text/html' }, wrapPage('<title>Lost</title>', para('This record says it is longer than it is.'))),
        { contentLength: '9999' },
      ),
      expect: { reject: 'Content-Length 9999' },
    },
    {
      name: 'orchard',
      bytes: response(
        p.orchard.url,
        p.orchard.fetched,
        httpResponse(
          '200 OK',
          { 'Content-Type': 'text/html; charset=ISO-8859-1', 'Transfer-Encoding': 'chunked' },
          chunked(Buffer.from(p.orchard.html, 'latin1')),
        ),
      ),
      expect: { page: 'orchard' },
    },
    {
      name: 'not-a-length',
      bytes: response('https://harbour.example.com/news/x', '2024-03-05T10:00:04Z', httpResponse('200 OK', { 'Content-Type': 'text/html' }, '<p>x</p>'), {
        contentLength: 'twelve',
      }),
      expect: { reject: "Content-Length 'twelve' is not a byte count" },
    },
    {
      name: 'revisit',
      bytes: warcRecord(
        'revisit',
        {
          'WARC-Target-URI': p.harbour.url,
          'WARC-Date': '2024-03-08T10:00:00Z',
          'WARC-Profile': 'http://netpreserve.org/warc/1.1/revisit/identical-payload-digest',
        },
        '',
      ),
      expect: { skip: 'revisit' },
    },
    {
      name: 'library',
      bytes: response(
        p.library.url,
        p.library.fetched,
        httpResponse('200 OK', { 'Content-Type': 'text/html; charset=utf-8', 'Content-Encoding': 'gzip' }, gzipSync(Buffer.from(p.library.html, 'utf8'))),
      ),
      expect: { page: 'library' },
    },
    {
      name: 'not-found',
      bytes: response(
        'https://city.example.net/missing',
        '2024-03-07T12:16:00Z',
        httpResponse('404 Not Found', { 'Content-Type': 'text/html' }, '<html><body>Not found</body></html>'),
      ),
      expect: { skip: 'http-error' },
    },
  ];
}

/** The record cut off by the end of the file. */
function cutRecord(): Part {
  const http = httpResponse(
    '200 OK',
    { 'Content-Type': 'text/html' },
    wrapPage('<title>Cut</title>', para('This page never arrived whole because the crawl stopped.')),
  );
  return {
    name: 'truncated',
    bytes: response('https://city.example.net/cut', '2024-03-07T12:17:00Z', http, { cut: 40 }),
    expect: { reject: 'runs past the end' },
  };
}

/** A plain .warc: the parts in order, then a record cut off by the end of the file. */
export function buildWarc(): BuiltWarc {
  return assemble([...parts(), cutRecord()], (b) => b);
}

/**
 * A .warc.gz, one gzip member per record, plus a member whose deflate data is corrupt (after the orchard page) and a last
 * member cut off by the end of the file.
 */
export function buildWarcGz(): BuiltWarc {
  const list = parts();
  const i = list.findIndex((p) => p.name === 'orchard') + 1;
  const corrupt: Part = {
    name: 'corrupt-member',
    bytes: response(
      PAGES.harbour.url.replace('ferry', 'bus'),
      '2024-03-05T11:00:00Z',
      httpResponse('200 OK', { 'Content-Type': 'text/html' }, PAGES.harbour.html),
    ),
    expect: { reject: 'corrupt' },
  };
  list.splice(i, 0, corrupt);
  const cut = cutRecord();
  list.push({ ...cut, expect: { reject: 'cut off' } });
  return assemble(list, (b, part) => {
    const gz = gzipSync(b);
    if (part.name === 'corrupt-member') {
      for (let k = 20; k < 40; k++) gz[k] = gz[k]! ^ 0x5a; // scramble deflate data after the header
    }
    return part.name === 'truncated' ? gz.subarray(0, gz.length - 30) : gz;
  });
}

function assemble(list: Part[], encode: (b: Buffer, part: Part) => Buffer): BuiltWarc {
  const marks: BuiltWarc['marks'] = [];
  const chunks: Buffer[] = [];
  let offset = 0;
  for (const part of list) {
    const bytes = encode(part.bytes, part);
    marks.push({ name: part.name, offset, expect: part.expect });
    chunks.push(bytes);
    offset += bytes.length;
  }
  return { bytes: Buffer.concat(chunks), marks };
}
