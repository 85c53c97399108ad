// The cross-lingual link end to end: articles in several languages ingested, the event endpoint and the CLI's event view
// say "also reported in Russian by ТАСС"; a story in another language on the same day is not linked.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { eventText } from '../src/cli/format.js';
import { Engine } from '../src/engine/index.js';
import { createServer } from '../src/server/index.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import type { EventDetail } from '../src/views.js';
import { DIFFERENT, SAME, type PairArticle } from './link-pairs.js';
import { tempDir } from './helpers/tmp.js';

const row = (id: string, a: PairArticle) => ({ id, ...a });

describe('cross-lingual links through the engine, the API and the CLI view', () => {
  it('an English event shows its German, French, Russian and Portuguese reports, and not a different story', async (t) => {
    const store = SqliteStore.open(join(tempDir(t), 'links.db'));
    const engine = new Engine(store);
    t.after(() => store.close());
    const rows = [
      ...SAME.flatMap((p, i) => [row(`same-${i}-a`, p.a), row(`same-${i}-b`, p.b)]),
      row('other-valencia', DIFFERENT[1]!.a),
      row('other-putin-de', DIFFERENT[0]!.b),
    ];
    const report = await engine.ingestRows(rows);
    assert.equal(report.added.length, rows.length, JSON.stringify(report.rejected));
    const app = createServer(engine, { webDir: false });
    t.after(() => app.close());
    const eventOf = async (articleId: string): Promise<EventDetail> => {
      const a = (await app.inject({ url: `/api/article/${articleId}` })).json();
      assert.ok(a.event, `${articleId} has an event`);
      const res = await app.inject({ url: `/api/event/${a.event.id}` });
      assert.equal(res.statusCode, 200, res.body.slice(0, 300));
      return res.json() as EventDetail;
    };
    const expected = [
      ['de', 'German', 'heise'],
      ['fr', 'French', 'Le Monde'],
      ['ru', 'Russian', 'ТАСС'],
      ['pt', 'Portuguese', 'UOL'],
    ];
    let linked = 0;
    for (const [i, [code, name, outlet]] of expected.entries()) {
      const en = await eventOf(`same-${i}-a`);
      const other = await eventOf(`same-${i}-b`);
      // the weave may put two reports in one script in one event (they share words): nothing to link then; a Russian
      // report shares no word with an English one, so that pair is always two events
      if (en.id === other.id && code !== 'ru') continue;
      assert.deepEqual(
        en.alsoReported.map((l) => [l.language, l.languageName, l.eventId, l.outlets]),
        [[code, name, other.id, [outlet]]],
        `${SAME[i]!.name}: ${JSON.stringify(en.alsoReported)}`,
      );
      assert.match(en.alsoReported[0]!.reason, /^shares /);
      assert.deepEqual(
        other.alsoReported.map((l) => [l.language, l.eventId]),
        [['en', en.id]],
        'and the other way round',
      );
      linked++;
      if (code === 'ru') assert.match(eventText(en), new RegExp(`Also reported in Russian by ТАСС \\(event ${other.id}: Лавров`));
    }
    assert.ok(linked >= 1, 'the pairs the weave kept apart were linked');
    assert.deepEqual((await eventOf('other-valencia')).alsoReported, [], 'the same day as the French story, a different story');
    assert.deepEqual((await eventOf('other-putin-de')).alsoReported, [], 'Putin on the same day as the English report, a different happening');
  });
});
