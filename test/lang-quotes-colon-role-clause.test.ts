// A title opening the clause before a colon may have a longer predicate than a bare clause (`El técnico vasco evitó hablar
// del arbitraje:`): the title stands for the person named before.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerOf } from './helpers/lang-speaker.js';

test('a title opening a long clause before a colon stands for the person named before (es, pt)', () => {
  const es =
    '"Hemos sufrido mucho en la segunda parte", admitió el entrenador del Athletic, Ernesto Valverde, tras el partido. El técnico extremeño prefirió no hablar del mercado: "Eso lo decidirá el club".';
  assert.equal(speakerOf(es, 'es', 'Eso lo decidirá'), 'Ernesto Valverde');
  const pt =
    'O presidente da Câmara de Lisboa, Carlos Moedas, visitou as obras do túnel. No fim da visita, o autarca mostrou-se bastante confiante no prazo: "A obra estará pronta antes do verão".';
  assert.equal(speakerOf(pt, 'pt', 'A obra estará'), 'Carlos Moedas');
});
