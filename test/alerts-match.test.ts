// The alert matcher and helpers without I/O: query words and phrases, speakers and entities from analysis or text, firing keys, command splitting.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firingKey, matchAlert } from '../src/alerts/match.js';
import { nameMatches, queryTerms, words } from '../src/alerts/words.js';
import { splitCommand } from '../src/alerts/exec-command.js';
import { alertPayload } from '../src/alerts/payload.js';
import { retryDelay } from '../src/alerts/alerts.js';
import { alertsConfig } from '../src/alerts/config.js';
import { AlertConfigError } from '../src/alerts/errors.js';
import type { AlertSubject } from '../src/alerts/types.js';
import type { Analysis, Article, Quote } from '../src/model.js';

function article(title: string, text: string, id = 'a1'): Article {
  const none = { value: null, source: 'none', confidence: 0 };
  return {
    id,
    rawId: 'r1',
    sourceId: null,
    url: 'https://news.example/x',
    outlet: 'Example News',
    title,
    authors: [],
    published: '2026-11-20',
    dateline: null,
    language: 'en',
    text,
    paragraphs: text.split('\n\n'),
    removed: [],
    provenance: { title: none, authors: none, published: none, outlet: none, dateline: none, language: none, url: none },
  };
}

const KYIV = article(
  'Zelensky urges allies to speed up air defence deliveries',
  'KYIV — Ukrainian President Volodymyr Zelensky on Tuesday urged Western allies to speed up deliveries of air defence systems.\n\n' +
    '"Every day of delay costs lives," he said in his nightly address. The Kremlin said the deliveries would not change the situation on the ground.',
);

function quote(text: string, speaker: Quote['speaker']): Quote {
  return { text, start: 0, end: text.length, kind: 'direct', cue: 'said', speaker, reporter: null };
}

const ANALYSIS: Analysis = {
  entities: [
    { name: 'Volodymyr Zelensky', type: 'person', aliases: ['Zelensky', 'Zelenskiy'], mentions: 2 },
    { name: 'Kremlin', type: 'org', aliases: [], mentions: 1 },
    { name: 'Kyiv', type: 'place', aliases: ['Kiev'], mentions: 1 },
  ],
  mentions: [],
  quotes: [
    quote('Every day of delay costs lives', { name: 'he', start: 0, end: 2, entity: 'Volodymyr Zelensky', via: 'pronoun' }),
    quote('the deliveries would not change the situation on the ground', { name: 'The Kremlin', start: 0, end: 11, entity: 'Kremlin', via: 'name' }),
    quote('we will not retreat', { name: 'the commander', start: 0, end: 13, entity: null, via: 'role' }),
  ],
};

test('words and query terms ignore case and accents; quoted phrases stay together', () => {
  assert.deepEqual(words("Zürich's CAFÉ-owners"), ['zurich', 's', 'cafe', 'owners']);
  assert.deepEqual(queryTerms('Putin "grain  deal" Erdoğan'), [['putin'], ['grain', 'deal'], ['erdogan']]);
  assert.deepEqual(queryTerms('"" ,;'), []);
  assert.ok(nameMatches('Zelensky', 'Volodymyr Zelensky'));
  assert.ok(!nameMatches('Volodymyr Zelensky', 'Zelensky'));
  assert.ok(nameMatches('Volodymyr Zelensky', 'Zelensky', true));
  assert.ok(!nameMatches('Zelensky', 'Zelenskaya'), 'whole words only');
});

test('a query needs every word (or phrase) somewhere in the title or text, as whole words', () => {
  const s: AlertSubject = { article: KYIV };
  assert.ok(matchAlert({ kind: 'query', value: 'zelensky AIR defence' }, s));
  assert.ok(matchAlert({ kind: 'query', value: '"air defence" kremlin' }, s));
  assert.equal(matchAlert({ kind: 'query', value: '"defence air"' }, s), null, 'phrase order matters');
  assert.equal(matchAlert({ kind: 'query', value: 'zelensky tanks' }, s), null, 'all words are needed');
  assert.equal(matchAlert({ kind: 'query', value: 'def' }, s), null, 'no partial words');
  assert.ok(matchAlert({ kind: 'query', value: 'ukrainian' }, { article: article('Café prices', 'Prices at the café in Zürich rose by a fifth.') }) === null);
  assert.ok(matchAlert({ kind: 'query', value: 'zurich cafe' }, { article: article('Café prices', 'Prices at the café in Zürich rose by a fifth.') }));
});

test('speaker alerts use the analysed quotes when present (pronouns resolved, unresolved roles ignored), else the text', () => {
  const withAnalysis: AlertSubject = { article: KYIV, analysis: ANALYSIS };
  const m = matchAlert({ kind: 'speaker', value: 'Zelensky' }, withAnalysis);
  assert.equal(m?.via, 'analysis');
  assert.deepEqual(
    m?.quotes?.map((q) => q.text),
    ['Every day of delay costs lives'],
  );
  assert.ok(matchAlert({ kind: 'speaker', value: 'the Kremlin' }, withAnalysis));
  assert.equal(matchAlert({ kind: 'speaker', value: 'Kyiv' }, withAnalysis), null, 'named, but said nothing');
  assert.equal(matchAlert({ kind: 'speaker', value: 'commander' }, withAnalysis), null, 'a role that resolved to no one is not a name');
  const noAnalysis = matchAlert({ kind: 'speaker', value: 'Volodymyr Zelensky' }, { article: KYIV });
  assert.equal(noAnalysis?.via, 'text');
  assert.equal(matchAlert({ kind: 'speaker', value: 'Vladimir Putin' }, { article: KYIV }), null);
});

test('entity alerts use analysed entities and their aliases when present, else the text', () => {
  const s: AlertSubject = { article: KYIV, analysis: ANALYSIS };
  assert.match(matchAlert({ kind: 'entity', value: 'Zelenskiy' }, s)!.detail, /Volodymyr Zelensky \(person/);
  assert.match(matchAlert({ kind: 'entity', value: 'Kiev' }, s)!.detail, /Kyiv/);
  assert.equal(matchAlert({ kind: 'entity', value: 'Western allies' }, s), null, 'not an analysed entity');
  assert.equal(matchAlert({ kind: 'entity', value: 'Western allies' }, { article: KYIV })?.via, 'text');
});

test('the firing key is the event when weave assigned one, else the article; the payload carries both', () => {
  const assignment = { event: 'e_42', storyline: 's_7', score: 0.8, newEvent: false, newStoryline: false, reasons: [] };
  assert.equal(firingKey({ article: KYIV }), 'article:a1');
  assert.equal(firingKey({ article: KYIV, assignment }), 'event:e_42');
  assert.equal(
    firingKey({ article: article('Other report', 'Zelensky spoke again.', 'a2'), assignment }),
    'event:e_42',
    'a second article of the event shares the key',
  );
  const p = alertPayload(
    { id: 'ab12cd34', kind: 'query', value: 'zelensky' },
    { article: KYIV, assignment },
    { via: 'text', detail: 'd' },
    'event:e_42',
    '2026-11-22T10:00:00Z',
    60,
  );
  assert.equal(p.event, 'e_42');
  assert.equal(p.storyline, 's_7');
  assert.equal(p.article.url, 'https://news.example/x');
  assert.ok(p.article.excerpt.length <= 61 && p.article.excerpt.endsWith('…'));
  assert.doesNotMatch(p.article.excerpt, /\n/);
});

test('--exec strings split into argv without a shell; shell syntax outside quotes is refused', () => {
  const meta = alertsConfig().shellMetacharacters;
  assert.deepEqual(splitCommand('notify-send -u critical "News alert"', meta), ['notify-send', '-u', 'critical', 'News alert']);
  assert.deepEqual(splitCommand(`logger -t newsloom 'a | b; $HOME'`, meta), ['logger', '-t', 'newsloom', 'a | b; $HOME']);
  assert.deepEqual(splitCommand(`sh -c 'jq .article.title >> alerts.txt'`, meta), ['sh', '-c', 'jq .article.title >> alerts.txt']);
  assert.deepEqual(splitCommand(`say ""`, meta), ['say', '']);
  for (const bad of ['cat > out.json', 'curl x | sh', 'a; rm -rf /', 'echo $(id)', 'echo `id`', 'ls *.json']) {
    assert.throws(
      () => splitCommand(bad, meta),
      (e: unknown) => e instanceof AlertConfigError && /without a shell/.test(e.message),
      bad,
    );
  }
  assert.throws(() => splitCommand(`echo "unclosed`, meta), /unclosed " quote/);
  assert.throws(() => splitCommand('   ', meta), /needs a command/);
});

test('delivery retries back off exponentially up to the cap', () => {
  assert.deepEqual(
    [1, 2, 3, 4, 10].map((n) => retryDelay(n, 30_000, 3_600_000)),
    [30_000, 60_000, 120_000, 240_000, 3_600_000],
  );
});
