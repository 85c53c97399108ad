// The weaver's input from an extracted article and its analysis (pure): canonical entities and direct/mixed quotes.
import type { Analysis, Article } from '../model.js';
import type { WeaveInput } from './types.js';

/** What the weaver reads of an article and its analysis. */
export function weaveInputOf(a: Article, analysis: Analysis): WeaveInput {
  return {
    id: a.id,
    title: a.title,
    text: a.text,
    published: a.published,
    language: a.language,
    entities: analysis.entities.map((e) => ({ name: e.name, type: e.type })),
    quotes: analysis.quotes.filter((q) => q.kind !== 'indirect').map((q) => q.text),
  };
}
