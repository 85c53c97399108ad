// Outlet lags: each outlet's median hours behind the first report of the events it covered.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Engine } from '../src/engine/index.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { SAME_EVENT_PAIR } from './helpers/weave-fixtures.js';
import { tempDir } from './helpers/tmp.js';

test("an outlet's lag is its median delay behind each event's first report, over every event it covered", async (t) => {
  const dir = tempDir(t);
  const [first, second] = SAME_EVENT_PAIR as [(typeof SAME_EVENT_PAIR)[0], (typeof SAME_EVENT_PAIR)[0]];
  const rows = [
    { ...first, outlet: 'Coast Radio' },
    { ...second, outlet: 'Andes Post' }, // three hours after the first report
  ];
  writeFileSync(join(dir, 'rows.jsonl'), `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`);
  const store = SqliteStore.open(join(dir, 'lags.db'));
  t.after(() => store.close());
  const engine = new Engine(store);
  await engine.ingest([join(dir, 'rows.jsonl')]);
  assert.equal((await engine.events({})).total, 1, 'the two reports are one event');
  const lag = new Map((await engine.outlets()).map((o) => [o.outlet, o.medianLagHours]));
  assert.equal(lag.get('Coast Radio'), 0);
  assert.equal(lag.get('Andes Post'), 3);
});
