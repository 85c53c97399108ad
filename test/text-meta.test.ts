// Unit tests of metadata from plain text: datelines, outlets, dates (full and partial), bylines, file names.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dateFromFileName, dateFromInput, isDateLine, parseDate } from '../src/extract/dates.js';
import { authorsFromByline, dateFromDateline, findDateline, outletFromDateline, outletFromUrl } from '../src/extract/text-meta.js';

test('wire datelines give place, outlet and date words', () => {
  const cases: [string, string | null, string | null, string | null][] = [
    ['TOKYO, December 13. /TASS/. Russia supports the intentions...', 'Tokyo', 'TASS', 'December 13'],
    ['TEHRAN (Tasnim) - Russian President Vladimir Putin has told...', 'Tehran', 'Tasnim', null],
    ['MOSCOW, Nov 9 (Reuters) - Russia said on Wednesday...', 'Moscow', 'Reuters', 'Nov 9'],
    ['WASHINGTON (AP) — The Senate voted on Tuesday...', 'Washington', 'Associated Press', null],
    ['NEW YORK — Stocks fell sharply on Monday as...', 'New York', null, null],
    ['BEIJING, March 3 (Xinhua) -- China will...', 'Beijing', 'Xinhua', 'March 3'],
  ];
  for (const [text, place, outlet, date] of cases) {
    const d = findDateline(text);
    assert.ok(d, `no dateline in ${text}`);
    assert.equal(d.place, place, text);
    assert.equal(d.outlet ? outletFromDateline(d)!.value : null, outlet, text);
    assert.equal(d.date, date, text);
  }
});

test('ordinary first sentences are not datelines', () => {
  for (const t of [
    'Russia is ready to start normalizing relations with the US, but Washington should make the first step.',
    'The President said on Monday (local time) that talks would go on.',
    'Commenting on the news of Donald Trump’s victory, Putin said Russia was ready.',
  ]) {
    assert.equal(findDateline(t), null, t);
  }
});

test('a dateline date without a year stays partial with its reason, never completed', () => {
  const d = findDateline('TOKYO, December 13. /TASS/. Text')!;
  const f = dateFromDateline(d)!;
  assert.equal(f.value, null);
  assert.equal(f.partial, '--12-13');
  assert.match(f.note!, /no year in 'December 13'/);
  const full = dateFromDateline(findDateline('MOSCOW, Nov 9, 2016 (Reuters) - Text')!)!;
  assert.equal(full.value, '2016-11-09');
});

test('date parsing keeps what is stated: time, zone, and no invented parts', () => {
  assert.equal(parseDate('Wed Nov 9, 2016 16:51:35')!.iso, '2016-11-09T16:51:35');
  assert.equal(parseDate('9 November 2016')!.iso, '2016-11-09');
  assert.equal(parseDate('2019-05-15 10:00 GMT')!.iso, '2019-05-15T10:00:00+00:00');
  assert.equal(parseDate('December 13')!.iso, null);
  assert.equal(parseDate('no date in here'), null);
  assert.ok(isDateLine('Published: 9 November 2016'));
  assert.ok(!isDateLine('December 13'));
  assert.equal(dateFromInput('2016-11-09T16:51:35Z').value, '2016-11-09T16:51:35Z');
  assert.equal(dateFromInput('Nov 9, 2016').value, '2016-11-09');
  assert.equal(dateFromInput('sometime').value, null);
  assert.equal(dateFromFileName('2019-05-15-putin-kurz.txt')!.value, '2019-05-15');
  assert.equal(dateFromFileName('000_fc5d23e107a13639.txt'), null);
});

test('outlets from URLs: known domains canonicalised, unknown hosts named by host with lower confidence', () => {
  assert.equal(outletFromUrl('https://tass.com/politics/918563')!.value, 'TASS');
  assert.equal(outletFromUrl('https://www.reuters.com/article/x')!.value, 'Reuters');
  const unknown = outletFromUrl('https://news.example.org/a/b')!;
  assert.equal(unknown.value, 'news.example.org');
  assert.ok(unknown.confidence < 0.9);
  assert.equal(outletFromUrl('not a url'), null);
});

test('bylines give clean author names', () => {
  assert.deepEqual(authorsFromByline('By John Smith and Jane Doe, Reuters'), ['John Smith', 'Jane Doe']);
  assert.deepEqual(authorsFromByline('By Maria Lopez'), ['Maria Lopez']);
});
