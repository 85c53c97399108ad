// Reading a role noun phrase ("the Russian president", "the former secretary of state") from the role lexicon.
import { LEX, matchPhrase } from './lexicon.js';
import type { Token } from './tokens.js';

/** A role noun phrase starting at token i ("the Russian president", "the former secretary of state"). */
export function readRole(tokens: Token[], norms: string[], i: number): { key: string; nat: string | null; tokEnd: number } | null {
  const t = tokens[i];
  if (!t || !LEX.roleDeterminers.has(t.norm)) return null;
  let k = i + 1;
  let nat: string | null = null;
  for (let guard = 0; guard < 4; guard++) {
    const n1 = matchPhrase(LEX.nationalities, norms, k);
    if (n1 > 0) {
      nat = norms.slice(k, k + n1).join(' ');
      k += n1;
      continue;
    }
    // qualifiers only when a role noun still follows
    const n2 = matchPhrase(LEX.roleQualifiers, norms, k);
    if (n2 > 0 && matchPhrase(LEX.roleNouns, norms, k) === 0) {
      k += n2;
      continue;
    }
    break;
  }
  const n = matchPhrase(LEX.roleNouns, norms, k);
  if (n === 0) return null;
  const noun = norms.slice(k, k + n).join(' ');
  return { key: nat ? `${nat} ${noun}` : noun, nat, tokEnd: k + n };
}
