// Tests sentences, entities, quotes, speakers, the ledger and the quotes batch row on varied hand-written news text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, sentences, groupStatements, quotesBatch } from '../src/analyze/index.js';
import type { Quote } from '../src/model.js';

test('sentences: abbreviations, initials and closing quotes do not end sentences wrongly', () => {
  const t = 'Mr. Smith met Sen. J. Doe in the U.S. Capitol. "It went well." Then he left!\nNew line here';
  const got = sentences(t).map((s) => t.slice(s.start, s.end));
  assert.deepEqual(got, ['Mr. Smith met Sen. J. Doe in the U.S. Capitol.', '"It went well."', 'Then he left!', 'New line here']);
});

test('entities: people, organisations and places, with surname and title variants merged', () => {
  const t =
    'German Chancellor Angela Merkel met officials from the European Commission in Brussels on Monday. ' +
    'Merkel later told the Bundestag that Chancellor Merkel would not resign. The World Bank agreed.';
  const a = analyze(t);
  const byName = new Map(a.entities.map((e) => [e.name, e]));
  assert.equal(byName.get('Angela Merkel')?.type, 'person');
  assert.equal(byName.get('Angela Merkel')?.mentions, 3);
  assert.equal(byName.get('Brussels')?.type, 'place');
  assert.equal(byName.get('European Commission')?.type, 'org');
  assert.equal(byName.get('World Bank')?.type, 'org');
  for (const m of a.mentions) assert.equal(t.slice(m.start, m.end), m.text);
});

test('direct quote split around the attribution, with a trailing "adding that"', () => {
  const t = 'Russian President Vladimir Putin spoke on Friday.\n\n"We are ready," Putin said, adding that "various tools may be used."';
  const qs = analyze(t).quotes.filter((q) => q.kind !== 'indirect');
  assert.equal(qs.length, 2);
  assert.equal(qs[0]!.text, 'We are ready');
  assert.equal(qs[1]!.text.includes('various tools may be used'), true);
  for (const q of qs) {
    assert.equal(q.speaker?.entity, 'Vladimir Putin');
    assert.equal(t.slice(q.start, q.end), q.text);
  }
});

test('curly quotes, inverted attribution and role nouns resolve to the named person', () => {
  const t =
    'Japanese Prime Minister Shinzo Abe arrived in Sydney.\n\n' +
    '“Our partnership has never been stronger,” said the Japanese prime minister.\n\n' +
    '“We will deepen it further,” the Japanese leader added.';
  const qs = analyze(t).quotes.filter((q) => q.kind === 'direct');
  assert.equal(qs.length, 2);
  assert.equal(qs[0]!.speaker?.entity, 'Shinzo Abe');
  assert.equal(qs[0]!.speaker?.via, 'role');
  assert.equal(qs[1]!.speaker?.entity, 'Shinzo Abe');
  assert.equal(qs[0]!.cue, 'said');
});

test('pronoun speakers resolve to the nearest subject, not to a later-mentioned object', () => {
  const t = 'Senator Elizabeth Warren criticised the bank on Tuesday.\n\n' + '"This is a scandal, plain and simple," she said after meeting Jamie Dimon.';
  const q = analyze(t).quotes.find((x) => x.kind === 'direct')!;
  assert.equal(q.speaker?.name, 'she');
  assert.equal(q.speaker?.entity, 'Elizabeth Warren');
  assert.equal(q.speaker?.via, 'pronoun');
});

test('multi-paragraph quote: an opening paragraph without a closing mark continues', () => {
  const t =
    'Mayor Karen Bass addressed the council.\n\n' +
    '"The housing crisis is the defining issue of this decade and we will not look away from it.\n\n' +
    '"Every neighbourhood must do its part," Bass said.';
  const qs = analyze(t).quotes.filter((q) => q.kind === 'direct');
  assert.equal(qs.length, 2);
  assert.ok(qs[0]!.text.startsWith('The housing crisis'));
  assert.equal(qs[0]!.speaker?.entity, 'Karen Bass');
  assert.equal(qs[1]!.speaker?.entity, 'Karen Bass');
});

test('indirect speech and "according to" are found as indirect quotes', () => {
  const t =
    'Finance Minister Olaf Scholz said that the budget would be balanced next year. ' + 'According to Reuters, the plan includes new taxes on aviation.';
  const qs = analyze(t).quotes;
  const ind = qs.filter((q) => q.kind === 'indirect');
  assert.equal(ind.length, 2);
  assert.equal(ind[0]!.text, 'the budget would be balanced next year');
  assert.equal(ind[0]!.speaker?.entity, 'Olaf Scholz');
  assert.equal(ind[1]!.reporter, 'Reuters');
  assert.equal(ind[1]!.speaker, null);
});

test('mixed quote: a quoted fragment inside reported speech covers the clause', () => {
  const t = 'Governor Gavin Newsom said the wildfire response had been "nothing short of heroic" in a statement.';
  const q = analyze(t).quotes.find((x) => x.kind === 'mixed');
  assert.ok(q, 'a mixed quote');
  assert.ok(q!.text.includes('the wildfire response had been "nothing short of heroic"'));
  assert.equal(q!.speaker?.entity, 'Gavin Newsom');
});

test('agency as subject is the reporter, the cited person the speaker', () => {
  const t =
    'Foreign Minister Sergei Lavrov met his Turkish counterpart.\n\n' +
    '"We have agreed on the next steps," Interfax quoted Lavrov as saying.\n\n' +
    '"Talks were constructive," Lavrov said, RIA Novosti reported.';
  const qs = analyze(t).quotes.filter((q) => q.kind === 'direct');
  assert.equal(qs.length, 2);
  assert.equal(qs[0]!.speaker?.entity, 'Sergei Lavrov');
  assert.equal(qs[0]!.reporter, 'Interfax');
  assert.equal(qs[1]!.speaker?.entity, 'Sergei Lavrov');
  assert.equal(qs[1]!.reporter, 'RIA Novosti');
});

test('scare quotes and quoted titles are not quotes', () => {
  const t = 'The so-called "deal of the century" was discussed on "Meet the Press" by panelists.';
  assert.equal(analyze(t).quotes.filter((q) => q.kind !== 'indirect').length, 0);
});

test('quotesBatch: contract shape with offsets into the input text', () => {
  const text = '"Prices will fall," Christine Lagarde told reporters in Frankfurt.';
  const row = quotesBatch({ id: 'a1', text });
  assert.equal(row.id, 'a1');
  assert.equal(row.quotes.length, 1);
  const q = row.quotes[0]!;
  assert.equal(text.slice(q.start, q.end), q.text);
  assert.equal(q.kind, 'direct');
  assert.equal(q.speaker?.name, 'Christine Lagarde');
  assert.equal(text.slice(q.speaker!.start, q.speaker!.end), 'Christine Lagarde');
});

test('groupStatements: the same statement across outlets is one ledger entry', () => {
  const mk = (text: string, entity: string): Quote => ({
    text,
    start: 0,
    end: text.length,
    kind: 'direct',
    cue: 'said',
    speaker: { name: entity, start: 0, end: 1, entity, via: 'name' },
    reporter: null,
  });
  const items = [
    {
      articleId: 'b',
      quote: mk('We are ready to boost, deepen and improve relations with the United States', 'Vladimir Putin'),
      published: '2018-07-02',
      outlet: 'tass.com',
    },
    {
      articleId: 'a',
      quote: mk('we are ready to boost, deepen and improve relations with the United States,', 'Vladimir Putin'),
      published: '2018-07-01',
      outlet: 'rt.com',
      event: 'e1',
    },
    {
      articleId: 'c',
      quote: mk('We are ready to boost, deepen and improve relations with the United States', 'Donald Trump'),
      published: '2018-07-01',
      outlet: 'x.com',
    },
    { articleId: 'd', quote: mk('Sanctions will stay in place until the conflict is resolved', 'Vladimir Putin'), published: null, outlet: null },
  ];
  const st = groupStatements(items);
  assert.equal(st.length, 3);
  const putin = st.find((s) => s.speaker === 'Vladimir Putin' && s.articles.length === 2)!;
  assert.deepEqual(putin.articles, ['a', 'b']);
  assert.deepEqual(putin.outlets, ['rt.com', 'tass.com']);
  assert.equal(putin.firstDate, '2018-07-01');
  assert.deepEqual(putin.events, ['e1']);
  assert.equal(groupStatements(items)[0]!.id, st[0]!.id, 'ids are stable');
});

test('entities: titles inside a name run are roles, title-case headlines do not yield junk names', () => {
  const t =
    'Pence Calls for Special Prosecutor After Report Reveals The Foundation Ties\n\n' +
    'Indiana Gov. Mike Pence and Sen. Joni Ernst spoke in Des Moines. Pence said the inquiry must start now.';
  const a = analyze(t);
  const names = new Set(a.entities.map((e) => e.name));
  assert.equal(a.entities.find((e) => e.name === 'Mike Pence')?.type, 'person');
  assert.equal(a.entities.find((e) => e.name === 'Joni Ernst')?.type, 'person');
  assert.equal(a.entities.find((e) => e.name === 'Des Moines')?.type, 'place');
  assert.ok(!names.has('Special Prosecutor After Report Reveals The Foundation Ties'));
  assert.ok(!names.has('Report'));
  assert.equal(a.mentions.filter((m) => m.entity === 'Mike Pence').length, 3);
});

test('a pronoun after "X said" refers to X even when someone else was named in between', () => {
  const t =
    'Asked about talks with Donald Trump and whether the US leader was constrained at home, ' +
    'Vladimir Putin said he hoped that "the dialogue can be constructive."';
  const q = analyze(t).quotes.find((x) => x.kind !== 'indirect')!;
  assert.ok(q.text.includes('the dialogue can be constructive'));
  assert.equal(q.speaker?.entity, 'Vladimir Putin');
});

test('an appositive between the name and the cue does not hide the speaker', () => {
  const t =
    'A member of the Higher School of Economics, Vladimir Olenchenko, who took part in the forum devoted to Yevgeny Primakov, ' +
    'said that many foreigners wanted the confrontation to stop. "It is time for normal relations," he believes.';
  const qs = analyze(t).quotes;
  const ind = qs.find((q) => q.kind === 'indirect');
  assert.equal(ind?.speaker?.entity, 'Vladimir Olenchenko');
  assert.equal(ind?.text, 'many foreigners wanted the confrontation to stop');
  const dir = qs.find((q) => q.kind === 'direct');
  assert.equal(dir?.speaker?.entity, 'Vladimir Olenchenko');
  assert.equal(dir?.cue, 'believes');
});

test('she/he agree with the antecedent when the given name tells the gender', () => {
  const t = 'Hillary Clinton met Donald Trump backstage before the debate.\n\n' + 'Trump was late. "We will not be distracted by this," she said.';
  const q = analyze(t).quotes.find((x) => x.kind === 'direct')!;
  assert.equal(q.speaker?.name, 'she');
  assert.equal(q.speaker?.entity, 'Hillary Clinton');
});

test('a participle cue is spoken by the subject of its clause', () => {
  const t = 'Senator Bernie Sanders released a statement on Tuesday, saying the agreement goes "nowhere near far enough."';
  const q = analyze(t).quotes.find((x) => x.kind !== 'indirect')!;
  assert.equal(q.speaker?.entity, 'Bernie Sanders');
  assert.ok(q.text.includes('nowhere near far enough'));
});

test('edge cases: empty text, unbalanced marks and non-strings', () => {
  const empty = analyze('');
  assert.deepEqual([empty.entities, empty.mentions, empty.quotes, empty.language], [[], [], [], null]);
  assert.match(empty.note ?? '', /too short to tell its language/);
  const t = 'He wrote "this never closes\n\nand a new paragraph starts here without marks.';
  for (const q of analyze(t).quotes) assert.equal(t.slice(q.start, q.end), q.text);
  assert.throws(() => analyze(42 as unknown as string), /expected the article text as a string/);
  assert.deepEqual(sentences(''), []);
});
