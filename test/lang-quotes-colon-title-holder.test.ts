// In a clause before a colon, an organisation that a title heads (`O treinador do Benfica recusou-se a comentar:`) stands
// for the title's holder named before, not for the organisation.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerOf } from './helpers/lang-speaker.js';

test("a title heading an organisation before a colon gives the quotation to the title's holder (pt, it)", () => {
  const pt =
    '«Fizemos um jogo muito sério do princípio ao fim», afirmou Rui Borges depois da vitória em Braga. O treinador do Sporting recusou-se a falar do árbitro: «Isso não é comigo, perguntem a quem decide.»';
  assert.equal(speakerOf(pt, 'pt', 'Isso não é'), 'Rui Borges');
  const it =
    '«Siamo pronti a investire ancora in Italia», ha detto John Elkann a Torino. Il presidente della Stellantis è rimasto prudente sui numeri: «Prima vogliamo vedere il piano del governo».';
  assert.equal(speakerOf(it, 'it', 'Prima vogliamo'), 'John Elkann');
});

test('an organisation opening the clause before a colon with no title heading it speaks itself (pt)', () => {
  const pt = 'O Sporting reagiu em comunicado ao castigo: «Vamos recorrer desta decisão em todas as instâncias.»';
  assert.equal(speakerOf(pt, 'pt', 'Vamos recorrer'), 'Sporting');
});
