// A company's legal form after its name is part of it (`Volkswagen AG`, `Eni S.p.A.`; data legalForms).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../src/analyze/index.js';

const mentions = (text: string, language: string) => analyze(text, { language }).mentions.map((m) => m.text);

test("a company's legal form extends its name", () => {
  assert.ok(mentions('Die Volkswagen AG hat ihre Prognose für das laufende Jahr gesenkt.', 'de').includes('Volkswagen AG'));
  assert.ok(mentions("L'assemblea degli azionisti di Eni S.p.A. ha approvato il bilancio.", 'it').includes('Eni S.p.A.'));
});
