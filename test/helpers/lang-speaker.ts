// The speaker the analysis gives the quote that starts with a prefix, for tests of languages other than English.
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze/index.js';

/** The entity of the speaker of the quote starting with `prefix` in `text` (null: no speaker); fails when no such quote. */
export function speakerOf(text: string, language: string, prefix: string): string | null {
  const q = analyze(text, { language }).quotes.find((x) => x.text.startsWith(prefix));
  assert.ok(q, `no quote starting "${prefix}"`);
  return q.speaker?.entity ?? null;
}

/** The speaker of the quote starting with `prefix`: its entity, else the words naming it (null: no speaker); fails when no such quote. */
export function speakerNameOf(text: string, language: string, prefix: string): string | null {
  const q = analyze(text, { language }).quotes.find((x) => x.text.startsWith(prefix));
  assert.ok(q, `no quote starting "${prefix}"`);
  return q.speaker ? (q.speaker.entity ?? q.speaker.name) : null;
}

/** The entity of the speaker of the quote starting with `prefix`, null when it has none or no such quote was kept (a scare quote). */
export function speakerIfAny(text: string, language: string, prefix: string): string | null {
  return analyze(text, { language }).quotes.find((x) => x.text.startsWith(prefix))?.speaker?.entity ?? null;
}
