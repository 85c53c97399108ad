// Names and key terms of non-English events (issues 13 and 15): a headline is stemmed in its article's language as the features are, the name is the headline a reader would pick, key terms are words of the articles.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Weaver } from '../src/weave/index.js';
import { headlineStems } from '../src/weave/labels.js';
import { extractFeatures } from '../src/weave/text-features.js';
import { LANG_STREAMS, type LangStream, junkTerms, langInput, langInputs, termsNotInText, termsSaidTwice } from './helpers/weave-fixtures-lang.js';

/** The day's unrelated articles with the event's four reports spread among them (side detail, vague, full, follow-up). */
function eventStream(s: LangStream) {
  const day = langInputs(s, s.unrelated, 'day');
  const ev = langInputs(s, s.event.items, 'event');
  return { ev, stream: [...day.slice(0, 4), ev[0], ...day.slice(4, 8), ev[1], ev[2], ...day.slice(8, 12), ev[3], ...day.slice(12)] };
}

/** Title words weigh like any words here (only which keys exist matters). */
const OPT = { titleWeight: 3, leadWords: 60, leadWeight: 2, quoteShingle: 4, headlineMaxWords: 0, publishedDateWeight: 0, bigramWeight: 0 };

for (const s of LANG_STREAMS) {
  test(`${s.code}: a headline's stems are its title's word features (the article's language, its stemmer)`, () => {
    for (const x of langInputs(s, s.event.items, 'event')) {
      const words = new Set([...extractFeatures({ ...x, text: '' }, OPT).keys()].filter((k) => k.startsWith('w:') && !k.includes('_')));
      const stems = headlineStems(x.title as string, x.language ?? undefined);
      // a vague headline ("Was bisher bekannt ist") is all stopwords; the full one names what happened
      if (x.title === s.event.name) assert.ok(stems.length >= 3, x.title);
      assert.deepEqual(
        stems.filter((st) => !words.has(`w:${st}`)),
        [],
        `${x.title}: ${[...words].join(' ')}`,
      );
    }
  });

  test(`${s.code}: an event of four reports is named by the headline sharing the most salient terms with it`, () => {
    const { ev, stream } = eventStream(s);
    const w = new Weaver();
    for (const x of stream) w.add(x);
    const event = w.events().find((e) => e.members.includes(ev[0].id));
    assert.deepEqual(event?.members.sort(), ev.map((x) => x.id).sort());
    assert.equal(event?.headline, s.event.name);
    assert.equal(w.storylines().find((l) => l.events.includes(event?.id ?? ''))?.headline, s.event.name);
  });

  test(`${s.code}: key terms of events and storylines are words and names of their articles, each once, never stems, stopwords or dates`, () => {
    const { stream } = eventStream(s);
    const inputs = [...stream, ...langInputs(s, s.short, 'short')];
    const w = new Weaver();
    for (const x of inputs) w.add(x);
    const summaries = [...w.events(), ...w.storylines()];
    assert.deepEqual(termsNotInText(inputs, summaries, s.code), []);
    assert.deepEqual(junkTerms(s, summaries), []);
    assert.deepEqual(termsSaidTwice(s, summaries), []);
  });

  test(`${s.code}: a restored weave names its events and storylines as the original did`, () => {
    const w = new Weaver();
    for (const x of eventStream(s).stream) w.add(x);
    const back = Weaver.restore(JSON.parse(JSON.stringify(w.snapshot())));
    assert.deepEqual(back.events(), w.events());
    assert.deepEqual(back.storylines(), w.storylines());
  });
}

test('a word pair of a non-English headline does not take the place of a name: "Zaragoza" stays, "zaragoza deja" does not come in', () => {
  const s = LANG_STREAMS.find((x) => x.code === 'es') as LangStream;
  const { stream } = eventStream(s);
  const pair = s.pair.map((x, i) => langInput(x, `es-pair-${i}`, s.day));
  const w = new Weaver();
  for (const x of [...stream.slice(0, 11), pair[0], ...stream.slice(11), pair[1]]) w.add(x);
  const terms = w.events().find((e) => e.members.includes('es-pair-0'))?.topTerms ?? [];
  assert.ok(terms.includes('Zaragoza'), terms.join('; '));
  assert.deepEqual(
    terms.filter((t) => /^zaragoza /u.test(t)),
    [],
  );
});
