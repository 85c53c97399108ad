// Snippets cut from an article's text for a search hit (both stores).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { snippetFor } from '../src/store/snippet.js';

test('snippets: a short window around the matches, marked like SQLite (phrases once), with … where text was cut', () => {
  const text =
    'Floods hit the region on Monday. Emergency services in Valencia evacuated hundreds of people as the river rose. Officials said the water would recede by Friday, and schools will reopen next week after repairs.';
  assert.equal(snippetFor(text, 'valencia'), 'Floods hit the region on Monday. Emergency services in [Valencia] evacuated hundreds of people…');
  assert.equal(
    snippetFor(text, '"the river rose"'),
    '…people as [the river rose]. Officials said the water would recede by Friday, and…',
    'a phrase is marked once',
  );
  assert.equal(
    snippetFor(text, 'schools repairs'),
    '…the water would recede by Friday, and [schools] will reopen next week after [repairs].',
    'the window with both terms wins; at the end no …',
  );
  assert.equal(snippetFor(text, 'Officials'), '…river rose. [Officials] said the water would recede by Friday, and schools will reopen…');
  assert.equal(
    snippetFor(text, 'evac*'),
    'Floods hit the region on Monday. Emergency services in Valencia [evacuated] hundreds of people…',
    'a prefix marks the whole word',
  );
  assert.equal(
    snippetFor(text, 'nothing here'),
    'Floods hit the region on Monday. Emergency services in Valencia evacuated hundreds of people…',
    'no match in the text (a title hit): its start',
  );
  assert.equal(snippetFor('Короткий текст про выборы.', 'ВЫБОРЫ'), 'Короткий текст про [выборы].');
  assert.equal(snippetFor('', 'x'), '');
});

test('snippets: accents, words inside words, and a window holding every term even after many matches of one', () => {
  assert.equal(snippetFor('El presidente Calderón habló.', 'calderon'), 'El presidente [Calderón] habló.', 'Latin accents fold');
  assert.equal(snippetFor('Calderon y CALDERÓN.', 'Calderón'), '[Calderon] y [CALDERÓN].');
  assert.equal(snippetFor('The taxman taxes tax.', 'tax'), 'The taxman taxes [tax].', 'a word, not a part of one');
  assert.equal(snippetFor('Putin’s talk; putin.', 'putin'), '[Putin]’s talk; [putin].');
  const filler = Array.from({ length: 80 }, (_, i) => `the minister spoke again number ${i}.`).join(' ');
  const text = `${filler} Later the minister met the governor of Texas.`;
  assert.match(snippetFor(text, 'minister governor'), /\[minister\] met the \[governor\]/, 'the rare term is looked for past the 64th match of the common one');
  assert.equal(snippetFor('A Trump rally. Trump spoke.', '"trump spoke"'), 'A Trump rally. [Trump spoke].', 'a phrase needs its words in order');
});
