// German capitalises English phrases it borrows as nouns (`Machine Learning`, `Smart Home`): a run of common English words
// naming no person or body is no name there, unless a noun before it describes it; other languages keep such a run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/analyze/index.js';
import { speakerOf } from './helpers/lang-speaker.js';

const entities = (text: string, language = 'de'): Map<string, string> => new Map(analyze(text, { language }).entities.map((e) => [e.name, e.type]));

test('German: borrowed English phrases are no entities (Machine Learning, Cloud Computing, Slow Fashion)', () => {
  const found = entities(
    'Viele Unternehmen setzen inzwischen auf Machine Learning und Cloud Computing, auch Open Source wird wichtiger. Der Trend heißt Slow Fashion, und kuschelige Chunky Cardigans sind gefragt.',
  );
  for (const phrase of ['Machine Learning', 'Cloud Computing', 'Open Source', 'Slow Fashion', 'Chunky Cardigans']) assert.ok(!found.has(phrase), phrase);
});

test('German: after a noun naming a topic a borrowed phrase is still no name (im Bereich Deep Learning, zum Thema Smart Home)', () => {
  const found = entities('Im Bereich Deep Learning forscht das Team seit Jahren, zum Thema Smart Home gibt es eine neue Studie.');
  assert.ok(!found.has('Deep Learning'));
  assert.ok(!found.has('Smart Home'));
});

test('German: a borrowed phrase a noun describes is a name of no person (im Fachjournal Nature Medicine, die Firma Living Crafts)', () => {
  const found = entities('Die Studie erschien im Fachjournal Nature Medicine. Auch die Modefirma Living Crafts wächst kräftig.');
  assert.equal(found.get('Nature Medicine'), 'other');
  assert.ok(found.has('Living Crafts'));
  assert.notEqual(found.get('Living Crafts'), 'person');
});

test('German: a title in quotation marks or opening with The stays a name, a quoted one of no person (in „Nature Astronomy“, in The Lancet)', () => {
  const found = entities('Die Ergebnisse stehen in „Nature Astronomy“. Eine zweite Studie wurde in The Lancet veröffentlicht.');
  assert.equal(found.get('Nature Astronomy'), 'other');
  assert.ok(found.has('The Lancet'));
});

test('German: a given name, a known place and a speaker are no borrowed phrase (Mark Brown, Silicon Valley)', () => {
  const found = entities('Mark Brown arbeitet im Silicon Valley für einen großen Konzern. Dort gilt er als Experte.');
  assert.equal(found.get('Mark Brown'), 'person');
  assert.equal(found.get('Silicon Valley'), 'place');
});

test('Italian: a capitalised English phrase is a name, and speaks (ha dichiarato in una nota Vision Distribution)', () => {
  const text = '«È un risultato che nessuno di noi si aspettava», ha dichiarato in una nota Vision Distribution.';
  assert.equal(speakerOf(text, 'it', 'È un risultato'), 'Vision Distribution');
});
