// Russian: adjectives agreeing by their endings before an institution's noun belong to it (`Как сообщила областная
// прокуратура, …`), so the noun phrase is the source of the quotation after it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../src/analyze/index.js';

test("an institution's noun after an adjective is the source after 'as reported by'", () => {
  const ru =
    'Суд в Екатеринбурге приговорил чиновника к восьми годам колонии. Как сообщила областная прокуратура, чиновник получил от подрядчика «не менее 12 миллионов рублей».';
  const q = analyze(ru, { language: 'ru' }).quotes.find((x) => x.text.startsWith('не менее'));
  assert.equal(q?.speaker?.name, 'областная прокуратура');
});
