// Picks the headline among og:title, JSON-LD headline, <h1> and <title>, stripping site-name suffixes.
import rules from '../../../data/extract-metadata.json' with { type: 'json' };

const SEPARATORS = rules.titleSeparators;

const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const toks = (s: string): string[] => norm(s).split(' ').filter(Boolean);

/** Does `seg` name the site (its og:site_name / publisher, or its host name)? */
export function namesSite(seg: string, site: string | null, host: string | null): boolean {
  const n = norm(seg);
  if (!n) return true;
  const siteN = site ? norm(site) : '';
  const hostN = host ? norm(host.replace(/^www\./, '').replace(/\.[a-z]+$/, '')) : '';
  // A segment that holds the site name plus a word ("CNN Politics") names the site; a headline that mentions it does not.
  const nw = n.split(' ').length,
    sw = siteN.split(' ').length;
  // "Cyber Security" is a fragment of "National Cyber Security Centre", not its name: a part must carry half the name.
  if (siteN && (n === siteN || (siteN.includes(n) && nw * 2 >= sw) || (n.includes(siteN) && nw <= sw + 1))) return true;
  const compact = n.replace(/ /g, '');
  const hostC = hostN.replace(/ /g, '');
  return hostC !== '' && (compact === hostC || (hostC.includes(compact) && compact.length > 3));
}

/** Remove the bare host name written before or after the title without a separator ("example.com Vibe Coding"). */
function stripHostWord(title: string, host: string | null): string {
  const h = host ? host.toLowerCase().replace(/^www\./, '') : '';
  if (!h.includes('.')) return title;
  const lower = title.toLowerCase();
  if (lower.startsWith(`${h} `) && toks(title.slice(h.length)).length >= 2) return title.slice(h.length).trim();
  if (lower.endsWith(` ${h}`) && toks(title.slice(0, -h.length)).length >= 2) return title.slice(0, -h.length).trim();
  return title;
}

/** Remove a leading/trailing site segment ("Story | CNN", "BBC News - Story") when it names the site or is clearly shorter. */
export function stripSiteName(title: string, site: string | null, host: string | null): string {
  let t = stripHostWord(title.trim(), host);
  const siteN = site ? norm(site) : '';
  const isSite = (seg: string): boolean => namesSite(seg, site, host);
  for (let round = 0; round < 3; round++) {
    let changed = false;
    for (const sep of SEPARATORS) {
      const i = t.lastIndexOf(sep);
      if (i > 0) {
        const head = t.slice(0, i),
          tail = t.slice(i + sep.length);
        if (
          isSite(tail) ||
          (sep !== ': ' && sep !== ' - ' && toks(tail).length <= 3 && toks(head).length >= 4 && round === 0 && /^[\p{Lu}\d]/u.test(tail) && !siteN)
        ) {
          t = head.trim();
          changed = true;
          break;
        }
      }
      const j = t.indexOf(sep);
      if (j > 0) {
        const head = t.slice(0, j),
          tail = t.slice(j + sep.length);
        if (isSite(head) && toks(tail).length >= 2) {
          t = tail.trim();
          changed = true;
          break;
        }
      }
    }
    if (!changed) break;
  }
  return t;
}

/** Share of a's tokens found in b. */
export function overlap(a: string, b: string): number {
  const ta = toks(a),
    tb = new Set(toks(b));
  if (!ta.length) return 0;
  return ta.filter((x) => tb.has(x)).length / ta.length;
}

const ENTITY = /&(?:#x([0-9a-f]+)|#(\d+)|(amp|quot|apos|lt|gt|nbsp));/gi;
const NAMED: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' };

/** Decode entities left in a value that was escaped twice ("&amp;#x26;" arrives as "&#x26;"). */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (m, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    const code = hex ? parseInt(hex, 16) : dec ? parseInt(dec, 10) : -1;
    if (name) return NAMED[name.toLowerCase()] ?? m;
    return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
  });
}

const CUT_SEPARATORS = rules.titleCutSeparators;
/** Separators that mark a tagline even in a visible <h1> (dashes there usually belong to the headline). */
export const H1_CUT_SEPARATORS: readonly string[] = rules.h1CutSeparators;

/** Keep the headline before a subtitle/tagline separator ("Best Movers 2025 | Top 19 Companies" -> "Best Movers 2025"). */
export function cutTagline(title: string, separators: readonly string[] = CUT_SEPARATORS): string {
  let best = title;
  for (const sep of separators) {
    const i = best.indexOf(sep);
    if (i > 0) {
      const head = best.slice(0, i).trim();
      if (toks(head).length >= 2) best = head;
    }
  }
  return best;
}

/** Is b's token sequence contained in a's? */
export function containsTokens(a: string, b: string): boolean {
  const na = ` ${norm(a)} `,
    nb = norm(b);
  return nb.length > 0 && na.includes(` ${nb} `);
}
