// A pronoun opening the clause before a colon and a quotation is its speaker however long the predicate (`Il n'a pas exclu
// de nouvelles baisses : « … »`), as a title opening it is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { speakerOf } from './helpers/lang-speaker.js';

test('French: "Il" and a long predicate before the colon give the person named before', () => {
  const text =
    "« La pression inflationniste a encore diminué », a justifié le président Martin Schlegel. Il n'a pas exclu de nouvelles baisses : « Nous restons prêts à intervenir si nécessaire. »";
  assert.equal(speakerOf(text, 'fr', 'Nous restons'), 'Martin Schlegel');
});
