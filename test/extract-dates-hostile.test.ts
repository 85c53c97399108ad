// Date reading stays fast and honest on hostile fields: long runs of spaces, cut ISO strings, impossible dates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateFromInput, parseDate } from '../src/extract/dates.js';

test('a date followed by 100,000 spaces is read at once (chrono sees only the head)', () => {
  const t0 = performance.now();
  const d = dateFromInput(`2026-02-30${' '.repeat(100_000)}x`);
  const p = parseDate(`March 3, 2026${' '.repeat(100_000)}.`);
  const ms = performance.now() - t0;
  console.log(`dates over 100k spaces: ${ms.toFixed(0)} ms`);
  assert.ok(ms < 10_000, `took ${ms.toFixed(0)} ms`);
  assert.equal(d.value, null);
  assert.equal(p?.iso, '2026-03-03');
});

test('a cut or impossible ISO string is not passed through as a date', () => {
  assert.equal(dateFromInput('2026-03-03T10:00:0').value, '2026-03-03T10:00:00');
  assert.equal(dateFromInput('2026-13-45').value, null);
  assert.equal(dateFromInput('2026-03-03T10:00:00Z').value, '2026-03-03T10:00:00Z');
  assert.equal(dateFromInput('2026-03-03 10:00').value, '2026-03-03T10:00');
});
