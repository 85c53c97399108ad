// A clause opening with a plural article and a common noun has an unnamed group for its subject (`I residenti parlano di
// una «beffa»`, `Les riverains dénoncent un chantier « … »`): its quotation is no one's, not the person who spoke before.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerIfAny, speakerOf } from './helpers/lang-speaker.js';

test('a group opening the clause is no one named before (it, fr, es, pt)', () => {
  const it =
    'Il sindaco Roberto Gualtieri ha difeso il piano: «È una misura necessaria per la salute di tutti». I residenti del quartiere parlano invece di una «beffa annunciata».';
  assert.equal(speakerIfAny(it, 'it', 'beffa annunciata'), null);
  const fr =
    'Le maire Grégory Doucet a défendu le projet devant le conseil : « Nous tiendrons les délais prévus. » Les riverains dénoncent un chantier « totalement démesuré ».';
  assert.equal(speakerIfAny(fr, 'fr', 'totalement démesuré'), null);
  const es =
    'La ministra Ana Redondo defendió la ley: «Es un paso histórico para todas nosotras». Los jueces advierten de un «colapso inminente» en los tribunales.';
  assert.equal(speakerIfAny(es, 'es', 'colapso inminente'), null);
  const pt = 'O ministro Fernando Haddad defendeu a medida: "É uma correção necessária das contas". Os economistas falam em um "ajuste tímido" das despesas.';
  assert.equal(speakerIfAny(pt, 'pt', 'ajuste tímido'), null);
});

test('a plural article inside a named subject leaves the subject its speaker (it)', () => {
  const it = 'La presidente di tutti i commercianti romani, Anna Bertini, ha parlato di una «stagione difficilissima per tutti noi».';
  assert.equal(speakerOf(it, 'it', 'stagione difficilissima'), 'Anna Bertini');
});
