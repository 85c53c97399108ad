// Unit tests for the fetcher's pure parts: address classes, robots.txt rules, charset choice, backoff, rate-limit slots, content types.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { blockedRangeOf, parseIPv6 } from '../src/ingest/net-address.js';
import { parseRobots, robotsVerdict, crawlDelayFor, isAllowedByRobots, productToken } from '../src/ingest/robots.js';
import { decodeBody, metaCharset, normalizeCharset, utf8Shape, xmlPrologCharset } from '../src/ingest/fetch-charset.js';
import { backoffDelay, parseRetryAfter } from '../src/ingest/net-backoff.js';
import { HostRateLimiter, reserveSlot } from '../src/ingest/net-rate-limit.js';
import { isAcceptedType, parseContentType, sniffMediaType } from '../src/ingest/fetch-content-type.js';
import { FetchError } from '../src/ingest/fetch-error.js';

test('classifies private, loopback and link-local addresses (IPv4 and IPv6) and passes public ones', () => {
  const blocked: [string, RegExp][] = [
    ['127.0.0.1', /loopback/],
    ['127.255.3.4', /loopback/],
    ['10.20.30.40', /private/],
    ['172.16.0.1', /private/],
    ['172.31.255.255', /private/],
    ['192.168.0.10', /private/],
    ['169.254.169.254', /link-local/],
    ['100.64.1.1', /carrier-grade/],
    ['0.0.0.0', /unspecified/],
    ['224.0.0.251', /multicast/],
    ['255.255.255.255', /reserved/],
    ['::1', /loopback/],
    ['::', /unspecified/],
    ['fe80::1%eth0', /link-local/],
    ['fd12:3456:789a::1', /unique local/],
    ['fc00::5', /unique local/],
    ['::ffff:127.0.0.1', /IPv4-mapped loopback/],
    ['::ffff:7f00:1', /IPv4-mapped loopback/],
    ['::ffff:192.168.1.1', /IPv4-mapped private/],
    ['64:ff9b::a9fe:a9fe', /NAT64 link-local/],
    ['2002:c0a8:0101::1', /6to4 private/],
    ['ff02::1', /multicast/],
  ];
  for (const [addr, label] of blocked) {
    const hit = blockedRangeOf(addr);
    assert.ok(hit, `${addr} should be blocked`);
    assert.match(hit.label, label, addr);
  }
  for (const addr of [
    '8.8.8.8',
    '93.184.216.34',
    '172.32.0.1',
    '172.15.255.255',
    '192.169.0.1',
    '100.128.0.1',
    '2606:4700:4700::1111',
    '2a00:1450:4001:80b::200e',
    '::ffff:8.8.8.8',
    '2002:0808:0808::1',
  ]) {
    assert.equal(blockedRangeOf(addr), null, `${addr} is public`);
  }
  assert.equal(blockedRangeOf('example.com'), null);
  assert.deepEqual([...parseIPv6('2001:db8::ff00:42:8329')!], [0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0xff, 0, 0, 0x42, 0x83, 0x29]);
  assert.equal(parseIPv6('1::2::3'), null);
});

test('robots.txt: longest match wins, Allow wins ties, wildcards and $ anchor, agent groups merge', () => {
  const robots = parseRobots(
    [
      '# comment line',
      'User-agent: *',
      'Disallow: /search',
      'Disallow: /*.pdf$',
      'Allow: /search/about',
      '',
      'User-agent: NewsLoom',
      'User-agent: archiver',
      'Disallow: /drafts/',
      'Allow: /drafts/public',
      'Disallow: /tmp   # trailing comment',
      'Crawl-delay: 2',
      '',
      'user-agent: newsloom',
      'Disallow: /*session=',
      'Sitemap: https://news.example/sitemap.xml',
    ].join('\r\n'),
  );
  const ua = 'newsloom/0.1 (+https://x)';
  assert.equal(productToken(ua), 'newsloom');
  assert.equal(isAllowedByRobots(robots, ua, '/world/article-1'), true);
  assert.equal(isAllowedByRobots(robots, ua, '/drafts/x'), false);
  assert.equal(isAllowedByRobots(robots, ua, '/drafts/public/y'), true);
  assert.equal(isAllowedByRobots(robots, ua, '/tmp/file'), false);
  assert.equal(isAllowedByRobots(robots, ua, '/story?id=3&session=abc'), false, 'merged second newsloom group');
  assert.equal(isAllowedByRobots(robots, ua, '/search'), true, 'the * group does not apply once ours matches');
  assert.equal(isAllowedByRobots(robots, ua, '/robots.txt'), true);
  assert.equal(crawlDelayFor(robots, ua), 2);
  assert.deepEqual(robots.sitemaps, ['https://news.example/sitemap.xml']);
  const other = 'Mozilla/5.0 otherbot';
  assert.equal(isAllowedByRobots(robots, other, '/search?q=x'), false);
  assert.equal(isAllowedByRobots(robots, other, '/search/about'), true);
  assert.equal(isAllowedByRobots(robots, other, '/files/report.pdf'), false);
  assert.equal(isAllowedByRobots(robots, other, '/files/report.pdf?download=1'), true, '$ anchors the end');
  const tie = parseRobots('User-agent: *\nDisallow: /page\nAllow: /page\n');
  assert.equal(robotsVerdict(tie, ua, '/page').allowed, true);
  const empty = parseRobots('User-agent: *\nDisallow:\n');
  assert.equal(isAllowedByRobots(empty, ua, '/anything'), true);
  const unicode = parseRobots('User-agent: *\nDisallow: /новости/\n');
  assert.equal(isAllowedByRobots(unicode, ua, '/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/1'), false);
  const orphan = parseRobots('Disallow: /\nUser-agent: *\nAllow: /\n');
  assert.equal(isAllowedByRobots(orphan, ua, '/x'), true, 'rules before any user-agent are ignored');
});

test('charset: declarations found in meta, http-equiv and XML prolog; labels normalised', () => {
  assert.equal(metaCharset(Buffer.from('<html><head><!-- <meta charset="koi8-r"> --><meta charset=\'windows-1251\'>')), 'windows-1251');
  assert.equal(metaCharset(Buffer.from('<meta http-equiv="content-type" content="text/html;charset=EUC-JP">')), 'EUC-JP');
  assert.equal(metaCharset(Buffer.from('<html><head><title>x</title></head>')), null);
  assert.equal(xmlPrologCharset(Buffer.from("<?xml version='1.0' encoding='ISO-8859-5'?><rss/>")), 'ISO-8859-5');
  assert.equal(normalizeCharset('ISO-8859-1'), 'windows-1252');
  assert.equal(normalizeCharset('"Shift_JIS"'), 'windows-31j');
  assert.equal(normalizeCharset('gb2312'), 'gbk');
  assert.equal(normalizeCharset('x-unknown-thing'), null);
  assert.equal(utf8Shape(Buffer.from('plain ascii')), 'ascii');
  assert.equal(utf8Shape(Buffer.from('naïve café')), 'utf8');
  assert.equal(utf8Shape(iconv.encode('Привет', 'windows-1251')), 'invalid');
  assert.equal(utf8Shape(Buffer.from([0xc0, 0x80])), 'invalid', 'overlong encoding');
  assert.equal(utf8Shape(Buffer.from('ab€').subarray(0, 4)), 'utf8', 'a character cut by a size cap is tolerated');
});

test('charset: decodes legacy encodings and recovers from wrong declarations', () => {
  const el = 'Αθήνα: η κυβέρνηση ανακοίνωσε νέα μέτρα.';
  const greek = decodeBody(iconv.encode(el, 'iso-8859-7'), 'ISO-8859-7');
  assert.equal(greek.text, el);
  assert.equal(greek.charset, 'iso-8859-7');
  const fr = 'Le président a déclaré : « Nous irons jusqu’au bout. »';
  const cp = decodeBody(iconv.encode(`<meta charset="windows-1252"><p>${fr}`, 'windows-1252'), null);
  assert.ok(cp.text.includes(fr));
  assert.equal(cp.source, 'meta');
  const gbText = '北京——国务院周三发布了新的经济政策。';
  const gb = decodeBody(iconv.encode(`<meta charset="gb2312">${gbText}`, 'gbk'), null);
  assert.ok(gb.text.includes(gbText));
  const mislabelled = decodeBody(Buffer.from('<p>Kraków – Łódź – Gdańsk</p>'), 'iso-8859-2');
  assert.equal(mislabelled.charset, 'utf-8');
  assert.ok(mislabelled.text.includes('Kraków – Łódź – Gdańsk'));
  const undeclared = decodeBody(iconv.encode('café crème', 'windows-1252'), null);
  assert.equal(undeclared.charset, 'windows-1252');
  assert.equal(undeclared.text, 'café crème');
  const bom = decodeBody(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Zoë')]), 'windows-1251');
  assert.equal(bom.text, 'Zoë');
  assert.equal(bom.source, 'bom');
});

test('backoff grows exponentially within its cap; Retry-After accepts seconds and HTTP dates', () => {
  const half = () => 0.5;
  assert.equal(backoffDelay(0, 100, 10_000, half), 75);
  assert.equal(backoffDelay(1, 100, 10_000, half), 150);
  assert.equal(backoffDelay(3, 100, 10_000, half), 600);
  assert.equal(
    backoffDelay(20, 100, 10_000, () => 1),
    10_000,
  );
  assert.ok(backoffDelay(2, 100, 10_000, () => 0) >= 200);
  const now = Date.parse('2026-03-04T10:00:00Z');
  assert.equal(parseRetryAfter('120', now), 120_000);
  assert.equal(parseRetryAfter('Wed, 04 Mar 2026 10:00:30 GMT', now), 30_000);
  assert.equal(parseRetryAfter('Wed, 04 Mar 2026 09:00:00 GMT', now), 0);
  assert.equal(parseRetryAfter('soon', now), null);
  assert.equal(parseRetryAfter(null, now), null);
});

test('rate-limit slots: one host is spaced by the delay in call order, other hosts are independent', async () => {
  const next = new Map<string, number>();
  assert.equal(reserveSlot(next, 'a', 1000, 500), 1000);
  assert.equal(reserveSlot(next, 'a', 1000, 500), 1500);
  assert.equal(reserveSlot(next, 'a', 1200, 500), 2000);
  assert.equal(reserveSlot(next, 'b', 1200, 500), 1200);
  assert.equal(reserveSlot(next, 'a', 5000, 500), 5000, 'an idle host starts at once');

  let clock = 0;
  const waits: number[] = [];
  const limiter = new HostRateLimiter({ delayMs: 250, now: () => clock, sleep: async (ms) => void waits.push(ms) });
  const starts = [await limiter.acquire('News.Example'), await limiter.acquire('news.example'), await limiter.acquire('other.example')];
  assert.deepEqual(starts, [0, 250, 0]);
  assert.deepEqual(waits, [0, 250, 0]);
  limiter.setHostDelay('news.example', 1000);
  clock = 300;
  assert.equal(await limiter.acquire('news.example'), 500);
  assert.equal(await limiter.acquire('news.example'), 1500);
  limiter.setHostDelay('other.example', 10);
  assert.equal(limiter.delayFor('other.example'), 250, 'a crawl-delay never lowers the gap');
});

test('content types: parsing, patterns and sniffing', () => {
  assert.deepEqual(parseContentType('Text/HTML; Charset="UTF-8"'), { mediaType: 'text/html', params: { charset: 'UTF-8' } });
  assert.deepEqual(parseContentType(undefined), { mediaType: '', params: {} });
  assert.equal(isAcceptedType('application/rss+xml', ['text/html', 'application/*']), true);
  assert.equal(isAcceptedType('image/jpeg', ['text/*', 'application/xml']), false);
  assert.equal(isAcceptedType('image/jpeg', ['*/*']), true);
  assert.equal(sniffMediaType(Buffer.from('\n  <!DOCTYPE html><html>')), 'text/html');
  assert.equal(sniffMediaType(Buffer.from('<?xml version="1.0"?>\n<rss version="2.0">')), 'application/rss+xml');
  assert.equal(sniffMediaType(Buffer.from('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">')), 'application/atom+xml');
  assert.equal(sniffMediaType(Buffer.from('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')), 'application/xml');
  assert.equal(sniffMediaType(Buffer.from('Just words, in plain text.')), 'text/plain');
  assert.equal(sniffMediaType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0])), 'application/octet-stream');
});

test('FetchError names the URL and knows which failures are transient', () => {
  const e = new FetchError('http-status', 'https://news.example/a', 'HTTP 503 Service Unavailable', { status: 503, attempts: 3 });
  assert.equal(e.message, 'https://news.example/a: HTTP 503 Service Unavailable');
  assert.equal(e.transient, true);
  assert.equal(new FetchError('http-status', 'u', 'HTTP 404', { status: 404 }).transient, false);
  assert.equal(new FetchError('robots', 'u', 'disallowed').transient, false);
  assert.equal(new FetchError('timeout', 'u', 'slow').transient, true);
});
