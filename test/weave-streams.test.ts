// Behaviour of the weave on what real feeds contain: many unrelated items of one day, boilerplate-only items, famous names, real same-event reports.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Weaver } from '../src/weave/index.js';
import { FAMOUS_NAME_PAIR, SAME_EVENT_PAIR, boilerplateInputs, unrelatedInputs } from './helpers/weave-fixtures.js';

test('thirty unrelated articles of one day give thirty events', () => {
  const w = new Weaver();
  const inputs = unrelatedInputs();
  for (const x of inputs) w.add(x);
  const events = new Set(inputs.map((x) => w.eventOf(x.id)));
  assert.equal(
    events.size,
    30,
    `expected 30 events, got ${events.size}: ${JSON.stringify(
      w
        .events()
        .filter((e) => e.members.length > 1)
        .map((e) => e.members),
    )}`,
  );
});

test('boilerplate-only feed items do not group', () => {
  const w = new Weaver();
  const inputs = boilerplateInputs();
  for (const x of inputs) w.add(x);
  const grouped = w.events().filter((e) => e.members.length > 1);
  assert.deepEqual(
    grouped.map((e) => e.members),
    [],
  );
});

test('boilerplate tails are not shared content between unrelated items', () => {
  const w = new Weaver();
  const a = w.add({
    id: 'g1',
    title: 'Lorde takes out newspaper advert',
    text: 'The singer thanked fans in a full-page advert. Continue reading...',
    published: '2026-01-31',
  });
  const b = w.add({
    id: 'g2',
    title: 'Director of CDC resigns',
    text: 'The director resigned over financial conflicts of interest. Continue reading...',
    published: '2026-01-31',
  });
  assert.notEqual(a.event, b.event);
  assert.ok(!b.reasons.some((r) => /continue|reading/i.test(r.detail) && r.kind !== 'new-event'), JSON.stringify(b.reasons));
});

test('a storyline does not form from one shared famous name', () => {
  const w = new Weaver();
  const [a, b] = FAMOUS_NAME_PAIR.map((x) => w.add(x));
  assert.notEqual(a.event, b.event);
  assert.notEqual(a.storyline, b.storyline, JSON.stringify(b.reasons));
});

test('a real same-event pair still joins among unrelated news of the day', () => {
  const w = new Weaver();
  for (const x of unrelatedInputs().slice(0, 15)) w.add(x);
  const first = w.add(SAME_EVENT_PAIR[0]);
  for (const x of unrelatedInputs().slice(15)) w.add(x);
  const second = w.add(SAME_EVENT_PAIR[1]);
  assert.equal(w.eventOf(SAME_EVENT_PAIR[1].id), w.eventOf(SAME_EVENT_PAIR[0].id), JSON.stringify(second.reasons));
  assert.equal(first.newEvent, true);
});

test('the same day alone does not join two articles', () => {
  const w = new Weaver();
  const a = w.add({
    id: 'd1',
    title: 'Ferry runs aground off Paros',
    text: 'A ferry ran aground in fog on March 10 off Paros; all passengers were safe.',
    published: '2026-03-10',
  });
  const b = w.add({
    id: 'd2',
    title: 'Chess prodigy wins title',
    text: 'A twelve-year-old won the national chess title on March 10 in Leipzig.',
    published: '2026-03-10',
  });
  assert.notEqual(a.event, b.event);
});
