// German: a common noun next to a speech cue may be a surname (`sagte Fischer`), but not after an article or an
// adjective (`der Artikel erklärt`, `ein erschienener Artikel erklärt`): there it is the noun, no person.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/analyze/index.js';
import { speakerOf } from './helpers/lang-speaker.js';

const names = (text: string): string[] => analyze(text, { language: 'de' }).entities.map((e) => e.name);

test('German: a noun after an article or an adjective next to a cue is no person (der Bericht erklärt, erschienener Artikel erklärt)', () => {
  const found = names('Ein letzte Woche erschienener Artikel erklärt es so: Die Lage bleibt ernst. Auch der Bericht erklärt, warum die Preise steigen.');
  assert.ok(!found.includes('Artikel'));
  assert.ok(!found.includes('Bericht'));
});

test('German: a surname that is also a noun still speaks without an article before it (sagte Fischer)', () => {
  const text = 'Die Verhandlungen gehen weiter. „Wir sind zu einem Kompromiss bereit“, sagte Fischer am Montag in Berlin.';
  assert.equal(speakerOf(text, 'de', 'Wir sind zu einem'), 'Fischer');
});
