// Integration tests for what the URL fetcher makes of a response body: charsets, content types and sniffing, gzip, against local HTTP servers on 127.0.0.1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import iconv from 'iconv-lite';
import { startServer, newFetcher, rejectsWith, html } from './helpers/fetch-server.js';

test('decodes windows-1251, Shift_JIS, KOI8-R and UTF-16 pages; survives a wrong declared charset', async () => {
  const ru = 'Москва. Правительство объявило о новых мерах поддержки экономики, сообщает агентство.';
  const ja = '東京、政府は月曜日、新たな経済対策を発表した。「景気は回復している」と首相は述べた。';
  const s = await startServer({
    '/cp1251-header': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=windows-1251' });
      res.end(iconv.encode(html(`<p>${ru}</p>`), 'windows-1251'));
    },
    '/cp1251-meta': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(iconv.encode(html(`<p>${ru}</p>`, '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'), 'windows-1251'));
    },
    '/sjis-meta': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(iconv.encode(html(`<p>${ja}</p>`, '<meta charset="Shift_JIS">'), 'shift_jis'));
    },
    '/koi8-xml': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(iconv.encode(`<?xml version="1.0" encoding="KOI8-R"?><rss version="2.0"><channel><title>${ru}</title></channel></rss>`, 'koi8-r'));
    },
    '/utf16-bom': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' });
      res.end(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(html(ja), 'utf-16le')]));
    },
    '/wrong-latin1': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' });
      res.end(Buffer.from(html(`<p>${ru}</p>`), 'utf8'));
    },
    '/wrong-utf8': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(iconv.encode(html(`<p>${ru}</p>`, '<meta charset="windows-1251">'), 'windows-1251'));
    },
    '/bogus-label': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=x-no-such-charset' });
      res.end(Buffer.from(html('<p>Zürich, Genève — café</p>'), 'utf8'));
    },
  });
  const f = newFetcher();
  const get = (p: string) => f.fetch(`${s.base}${p}`, { allowPrivate: true });

  const a = await get('/cp1251-header');
  assert.equal(a.charset, 'windows-1251');
  assert.equal(a.charsetSource, 'header');
  assert.ok(a.text.includes(ru));

  const b = await get('/cp1251-meta');
  assert.equal(b.charset, 'windows-1251');
  assert.equal(b.charsetSource, 'meta');
  assert.ok(b.text.includes(ru));

  const c = await get('/sjis-meta');
  assert.equal(c.charsetSource, 'meta');
  assert.ok(c.text.includes(ja), c.text);

  const d = await get('/koi8-xml');
  assert.equal(d.charset, 'koi8-r');
  assert.equal(d.charsetSource, 'xml-prolog');
  assert.ok(d.text.includes(ru));

  const e = await get('/utf16-bom');
  assert.equal(e.charsetSource, 'bom');
  assert.ok(e.text.includes(ja));

  const w1 = await get('/wrong-latin1');
  assert.equal(w1.charset, 'utf-8');
  assert.equal(w1.charsetSource, 'sniffed-utf8');
  assert.ok(w1.text.includes(ru));
  assert.match(w1.charsetNotes.join(' '), /iso-8859-1/);

  const w2 = await get('/wrong-utf8');
  assert.equal(w2.charset, 'windows-1251');
  assert.ok(w2.text.includes(ru));

  const w3 = await get('/bogus-label');
  assert.equal(w3.charset, 'utf-8');
  assert.ok(w3.text.includes('Zürich, Genève — café'));
});

test('checks content types, sniffs a missing one, and decompresses gzip', async () => {
  const s = await startServer({
    '/logo.png': (_req, res) => res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47])),
    '/untyped': (_req, res) => {
      res.writeHead(200);
      res.end(html('<p>no content type here</p>'));
    },
    '/zipped': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' });
      res.end(zlib.gzipSync(html('<p>compressed — ünïcode</p>')));
    },
  });
  const f = newFetcher();
  await rejectsWith(f.fetch(`${s.base}/logo.png`, { allowPrivate: true }), 'content-type', /image\/png/);
  const img = await f.fetch(`${s.base}/logo.png`, { allowPrivate: true, accept: ['image/*'] });
  assert.equal(img.contentType, 'image/png');
  assert.equal(img.charset, null);
  assert.equal(img.bytes.length, 4);
  const u = await f.fetch(`${s.base}/untyped`, { allowPrivate: true });
  assert.equal(u.contentType, 'text/html');
  const z = await f.fetch(`${s.base}/zipped`, { allowPrivate: true });
  assert.match(z.text, /compressed — ünïcode/);
});

test('a .xml.gz sitemap served as application/x-gzip is decompressed and sniffed; a gzip bomb hits the cap', async () => {
  const sitemap = '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://n.example/a</loc></url></urlset>';
  const s = await startServer({
    '/sitemap.xml.gz': (_req, res) => res.writeHead(200, { 'content-type': 'application/x-gzip' }).end(zlib.gzipSync(sitemap)),
    '/bomb.xml.gz': (_req, res) => res.writeHead(200, { 'content-type': 'application/gzip' }).end(zlib.gzipSync(Buffer.alloc(8 * 1024 * 1024, 0x20))),
  });
  const f = newFetcher();
  const r = await f.fetch(`${s.base}/sitemap.xml.gz`, { allowPrivate: true });
  assert.equal(r.contentType, 'application/xml');
  assert.equal(r.text, sitemap);
  await rejectsWith(f.fetch(`${s.base}/bomb.xml.gz`, { allowPrivate: true, maxBytes: 1024 * 1024 }), 'too-large', /expands past/);
});

test('trusts the body over the header: feeds served as x-rss+xml, text/plain or octet-stream work; a PNG served as text/html is refused', async () => {
  const rss = '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>T</title><item><title>A</title><link>http://x.test/a</link></item></channel></rss>';
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html('<p>sixteen bits</p>'), 'utf16le')]);
  const s = await startServer({
    '/x-rss': (_req, res) => res.writeHead(200, { 'content-type': 'application/x-rss+xml' }).end(rss),
    '/plain': (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end(rss),
    '/octet': (_req, res) => res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(rss),
    '/png-as-html': (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(png),
    '/utf16': (_req, res) => res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(utf16),
    '/json': (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"not": "a page"}'),
  });
  const f = newFetcher();
  for (const path of ['/x-rss', '/plain', '/octet']) {
    const r = await f.fetch(`${s.base}${path}`, { allowPrivate: true });
    assert.equal(r.contentType, 'application/rss+xml', path);
    assert.match(r.text, /<item>/);
  }
  await rejectsWith(f.fetch(`${s.base}/png-as-html`, { allowPrivate: true }), 'content-type', /text\/html but the body is a PNG image/);
  await rejectsWith(f.fetch(`${s.base}/json`, { allowPrivate: true }), 'content-type', /server sent application\/json and the body looks like text\/plain/);
  const u = await f.fetch(`${s.base}/utf16`, { allowPrivate: true });
  assert.equal(u.contentType, 'text/html');
  assert.match(u.text, /sixteen bits/);
});
