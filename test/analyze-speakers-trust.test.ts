// Speakers a reader trusts (issue 15), on realistic English sentences written here: a speaker is a person or an
// organisation that speaks, never "we" or "I" outside quotes, a common noun, half a hyphenated name, or the journalist.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../src/analyze/index.js';
import type { Analysis } from '../src/model.js';

const en = (text: string): Analysis => analyze(text, { language: 'en' });
const speakers = (a: Analysis) => a.quotes.map((q) => q.speaker?.entity ?? q.speaker?.name ?? null);
const entity = (a: Analysis, name: string) => a.entities.find((e) => e.name === name);

describe('speakers a reader trusts', () => {
  it('keeps a hyphenated company whole, with ordinary or typographic hyphens, and types it an organisation', () => {
    const a = en(
      'T\u2011Mobile said on Friday that hackers had stolen the data of 40 million customers. "We take this very seriously," T\u2011Mobile said in a statement.\n\n' +
        'Hewlett-Packard said separately that it had not been affected. "Our systems are secure," Hewlett-Packard said.',
    );
    assert.ok(!a.entities.some((e) => e.name === 'Mobile'), JSON.stringify(a.entities));
    assert.equal(entity(a, 'T-Mobile')?.type, 'org');
    assert.equal(entity(a, 'Hewlett-Packard')?.type, 'org');
    assert.deepEqual([...new Set(speakers(a))], ['T-Mobile', 'Hewlett-Packard']);
  });

  it('reads a bare plural noun as a group that speaks, not as a person named "Prosecutors"', () => {
    const a = en(
      'Prosecutors said the former treasurer had moved $2 million into a private account. "He knew exactly what he was doing," prosecutors said in a filing.\n\n' +
        'Pipers led the funeral procession through the town. "It is the oldest tradition we have," Pipers said.',
    );
    assert.ok(!a.entities.some((e) => e.name === 'Prosecutors' || e.name === 'Pipers'), JSON.stringify(a.entities));
    for (const q of a.quotes) {
      assert.equal(q.speaker?.entity ?? null, null, `no entity for ${q.speaker?.name}`);
      assert.ok(q.speaker === null || q.speaker.via === 'role', JSON.stringify(q.speaker));
    }
    assert.ok(
      a.quotes.some((q) => /^prosecutors$/i.test(q.speaker?.name ?? '')),
      'the quote is still credited to the prosecutors as a group',
    );
  });

  it('never credits "we" or "I" outside quotation marks: that is the writer', () => {
    const a = en(
      'We asked the company about the outage on Monday. "We are investigating the cause," a spokeswoman for the company said.\n\n' +
        '"The water came up to the windows," we were told by one resident. "I have never seen anything like it," I said to the mayor.',
    );
    for (const q of a.quotes) assert.ok(!/^(?:we|i)$/i.test(q.speaker?.name ?? ''), `credited to ${q.speaker?.name}: ${q.text}`);
    assert.ok(a.quotes.some((q) => q.speaker?.name === 'a spokeswoman for the company'));
  });

  it('does not make a person of a capitalised common noun this text also writes in lower case', () => {
    const a = en(
      'The Bounce Test measures how far a ball rebounds from a steel plate. The test was devised in 1998.\n\n' +
        '"A soft ball fails at once," Bounce Test said, according to the league\'s manual.',
    );
    assert.notEqual(entity(a, 'Bounce Test')?.type, 'person');
    assert.ok(!speakers(a).includes('Bounce Test'), JSON.stringify(a.quotes));
  });

  it('types a company named after a descriptor as an organisation ("Chipmaker Intel"), and Intel stays one', () => {
    const a = en(
      'Chipmaker Intel said on Thursday it would cut 15,000 jobs. "These are painful decisions," Intel said.\n\n' +
        "Intel's chief executive Pat Gelsinger told staff the cuts were needed.",
    );
    assert.equal(entity(a, 'Intel')?.type, 'org');
    assert.ok(!a.entities.some((e) => e.name === 'Chipmaker Intel'), JSON.stringify(a.entities));
    assert.ok(speakers(a).includes('Intel'));
  });

  it("credits a speaker with the words in quotation marks, not the writer's framing after them", () => {
    const a = en(
      'President Donald Trump proclaimed a "new American moment" in a State of the Union address that sought harmony but succeeded only in underlining the deep discord in Washington.',
    );
    for (const q of a.quotes) {
      assert.ok(!/discord|sought harmony|State of the Union/.test(q.text), `the framing is credited: ${q.text}`);
    }
  });

  it("drops a scare quote in the writer's own sentence that no cue of its sentence introduces", () => {
    const a = en('Senator Ann Miller called the bill "a disgrace" on Tuesday. The senator\'s "compromise" was, in the end, no compromise at all.');
    assert.ok(!a.quotes.some((q) => q.text === 'compromise'), JSON.stringify(a.quotes.map((q) => q.text)));
  });

  it("still credits a product company's spokesperson, not the product, in a product story", () => {
    const a = en(
      'The series will stream on Apple TV+ from Friday. "We are thrilled to bring it to viewers," said Dana Ruiz, the show\'s producer.\n\n' +
        '"The camera is remarkable," Apple iPhone 15 Pro reviewers said.',
    );
    assert.ok(!speakers(a).some((s) => s !== null && /^Apple/.test(s)), JSON.stringify(a.quotes));
    assert.ok(speakers(a).includes('Dana Ruiz'));
  });
});
