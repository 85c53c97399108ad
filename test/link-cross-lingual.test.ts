// Cross-lingual links on hand-written article pairs: one happening in two languages links, a shared famous name or day does not.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../src/analyze/index.js';
import { type EventDigest, daysApart, digestOf, linkEvents, numbersIn, sameReferent } from '../src/link/cross-lingual.js';
import { nameKey } from '../src/link/name-key.js';
import { DIFFERENT, SAME, type PairArticle } from './link-pairs.js';

function digest(id: string, a: PairArticle): EventDigest {
  const entities = analyze(`${a.title}\n\n${a.text}`, { language: a.language }).entities;
  return digestOf({ id, language: a.language, firstDate: a.published, lastDate: a.published }, [a], entities);
}

describe('cross-lingual links on article pairs', () => {
  for (const p of SAME) {
    it(`links ${p.name}`, () => {
      const link = linkEvents(digest('a', p.a), digest('b', p.b));
      assert.ok(link, `no link: ${JSON.stringify([digest('a', p.a), digest('b', p.b)])}`);
      assert.ok(linkEvents(digest('b', p.b), digest('a', p.a)), 'either way round');
      assert.match(link.reason, /^shares /);
    });
  }
  for (const p of DIFFERENT) {
    it(`does not link ${p.name}`, () => {
      const link = linkEvents(digest('a', p.a), digest('b', p.b));
      assert.equal(link, null, `linked: ${link?.reason}`);
    });
  }
  it('never links two events of one language', () => {
    const p = SAME[0]!;
    assert.equal(linkEvents(digest('a', p.a), digest('b', { ...p.b, language: 'en' })), null);
  });
});

describe('names across scripts and numbers across languages', () => {
  it('gives one key to a name in Latin spellings and Cyrillic, declined or not', () => {
    for (const [x, y] of [
      ['Zelensky', 'Владимир Зеленский'],
      ['Wolodymyr Selenskyj', 'Volodymyr Zelensky'],
      ['Sergei Lavrov', 'Лавровым'],
      ['Hakan Fidan', 'Хаканом Фиданом'],
      ['Olaf Scholz', 'Шольц'],
      ['Kyiv', 'Киев'],
    ])
      assert.equal(nameKey(x!), nameKey(y!), `${x} / ${y}`);
    assert.notEqual(nameKey('Lavrov'), nameKey('Lebedev'));
    assert.equal(nameKey('EU'), null, 'too short to tell apart');
  });
  it('tells people with one surname apart by their first names', () => {
    assert.ok(sameReferent('Sergei Lavrov', 'Сергей Лавров'));
    assert.ok(sameReferent('Hakan Fidan', 'Турции Хаканом Фиданом'));
    assert.ok(!sameReferent('Ivan Petrov', 'Anna Petrova'));
  });
  it('reads numbers with either separator, with multiplier words, and leaves years and small numbers out', () => {
    assert.deepEqual(numbersIn('2,300 jobs; 2.300 Stellen; 2 300 emplois'), ['2300']);
    assert.deepEqual(numbersIn('R$ 12,5 bilhões / 12.5 billion reais'), ['12500000000']);
    assert.deepEqual(numbersIn('In 2027, 3 people and 4.2% of 17 firms'), ['4.2', '17']);
    assert.deepEqual(numbersIn('at 10:30 on 24.09.2018'), []);
  });
  it('counts days between date ranges and has none for an undated event', () => {
    assert.equal(daysApart({ firstDate: '2026-03-10', lastDate: '2026-03-12' }, { firstDate: '2026-03-14T08:00:00Z', lastDate: null }), 2);
    assert.equal(daysApart({ firstDate: '2026-03-10', lastDate: null }, { firstDate: '2026-03-10', lastDate: null }), 0);
    assert.equal(daysApart({ firstDate: null, lastDate: null }, { firstDate: '2026-03-10', lastDate: null }), null);
  });
});
