// Finds the author's bio box written as text ("Jane Doe is a staff writer who covers ...") so it can be cut from the article.
import rules from '../../../data/extract-metadata.json' with { type: 'json' };

const JOB = rules.jobTitleWords.filter((w) => w !== 'at');
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const JOB_WORD = new RegExp(`\\b(?:${JOB.map(escapeRe).join('|')})s?\\b`, 'i');
/** After the name: up to two more capitalised words (middle/last names), then a bio verb ("is", "holds", "joined", ...). */
const BIO_VERB = new RegExp(`^\\.?(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,2}\\s+(?:${rules.authorBioVerbs.join('|')})\\b`, 'u');
/** A bio verb that states the job itself: "Evan Halper writes about ...", "... covers the White House". */
const JOB_VERB = new RegExp(`^\\.?(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,2}\\s+(?:${rules.authorBioJobVerbs.join('|')})\\b`, 'u');

/** Names a bio may open with: the full name, and the first name alone ("Karina holds an MBA ..."). */
function openers(name: string): string[] {
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || words.some((w) => !/^\p{Lu}/u.test(w))) return [];
  return [words.join(' '), words[0]!];
}

/**
 * Is `p` a bio of one of the page's authors: it opens with the author's name, the name is followed by a bio verb, and its first
 * sentence gives a job ("writer", "editor", "founder", ...)? A paragraph about someone else, or about a product, is not.
 */
export function isAuthorBio(p: string, authors: readonly string[]): boolean {
  if (p.length > rules.authorBioMaxChars) return false;
  // The first sentence ends where a capitalised word follows: "Perry Bacon Jr. is a senior writer." is one sentence.
  const first = p.split(/(?<=[.!?])\s(?=\p{Lu})/u)[0] ?? p;
  for (const name of authors) {
    for (const o of openers(name)) {
      if (!p.startsWith(o)) continue;
      const rest = p.slice(o.length);
      if ((BIO_VERB.test(rest) && JOB_WORD.test(first)) || JOB_VERB.test(rest)) return true;
    }
  }
  return false;
}
