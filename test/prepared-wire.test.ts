// A prepared document crossing threads: the analysis travels as its stored JSON and comes back equal, its JSON kept for the store.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { prepareDoc } from '../src/engine/prepare.js';
import type { RawDoc } from '../src/model.js';
import { fromWire, toWire } from '../src/parallel/prepared-wire.js';
import { analysisJson, listJson } from '../src/store/analysis-json.js';

const text =
  'Talks collapse in Brussels\n\nEuropean Commission President Ursula von der Leyen said on Tuesday that "the talks are over for now". ' +
  'Ministers from Poland and France criticised the plan, Reuters reported. "We will not accept this," said Polish farm minister Jan Kowalski.';

function raw(body: string): RawDoc {
  const bytes = Buffer.from(body);
  return { id: 'r-wire', origin: { kind: 'file', path: 'a.txt' }, format: 'text', bytes, body, fetchedAt: '2026-01-01T00:00:00Z', hints: {} };
}

test('a prepared article comes back from its wire form equal, and its analysis is stored from the JSON made before the crossing', () => {
  const p = prepareDoc(raw(text));
  assert.equal(p.kind, 'article');
  const wire = structuredClone(toWire(p));
  if (wire.kind !== 'article' || p.kind !== 'article') throw new Error('not an article');
  assert.equal(typeof wire.analysis.json.mentions, 'string', 'the analysis crosses as strings');
  const back = fromWire(wire);
  assert.deepEqual(back, p);
  if (back.kind !== 'article') throw new Error('not an article');
  assert.ok(back.analysis.quotes.length > 0 && back.analysis.entities.length > 0);
  const json = analysisJson(back.analysis);
  assert.equal(json, wire.analysis.json, 'the JSON made on the other side is reused, not made again');
  // the lists as the store keeps them (tables: analysis-json.ts)
  assert.deepEqual(json, {
    entities: listJson(p.analysis.entities),
    mentions: listJson(p.analysis.mentions),
    quotes: listJson(p.analysis.quotes),
  });
});

test('a rejected document crosses as it is', () => {
  const p = prepareDoc(raw(''));
  assert.equal(p.kind, 'rejected');
  assert.deepEqual(fromWire(structuredClone(toWire(p))), p);
});
