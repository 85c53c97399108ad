// Cleans raw author strings into lists of person names: strips "By", roles, credentials, handles and e-mail links.
import rules from '../../../data/extract-metadata.json' with { type: 'json' };
import { decodeEntities } from './title.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PREFIX = new RegExp(
  `^(?:${[...rules.bylinePrefixes]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})\\s*[:\\-–—]?\\s+`,
  'i',
);
const SECONDARY = new RegExp(`\\b(?:${rules.secondaryBylinePrefixes.map(escape).join('|')})\\b.*$`, 'i');
const ROLE = new Set(rules.roleWords);
const CREDENTIAL = new RegExp(rules.credentialPattern);
const CREDENTIAL_WORDS = new Set(rules.credentialWords);
const NON_NAMES = new Set(rules.nonNames);
const JOB = new Set(rules.jobTitleWords);
const LEADING_JUNK = new RegExp(rules.leadingJunk, 'i');
const MONTH_OR_TIME = /\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\d+\s*(?:min|mins|minutes?|hours?|hrs?|days?)\b|\d).*$/i;

/** Is this segment a plausible personal (or team) name? */
export function plausibleName(s: string): boolean {
  if (s.length < 2 || s.length > 60) return false;
  if (/[@/\\<>{}=]|https?:|www\.|\d{2,}/.test(s)) return false;
  const words = s.split(/\s+/);
  if (words.length > 6) return false;
  if (NON_NAMES.has(s.toLowerCase())) return false;
  if (!/\p{Lu}/u.test(s) && !/^[\p{L}]+(?:\s[\p{L}]+)*$/u.test(s)) return false;
  // Mostly letters.
  const letters = (s.match(/\p{L}/gu) ?? []).length;
  return letters / s.replace(/\s/g, '').length > 0.8;
}

function stripRole(seg: string): string {
  // "Jane Doe, Senior Reporter" handled by comma split; here: "Jane Doe Senior Reporter" / "Jane Doe is a writer".
  let s = seg.replace(/\s+(?:is|was)\s+(?:an?|the)\s.*$/i, '');
  s = s.replace(/\s*[|•·]\s*.*$/, '');
  s = s.replace(/\s*\([^)]*\)\s*/g, ' ');
  s = s.replace(MONTH_OR_TIME, '');
  const words = s.split(/\s+/).filter(Boolean);
  while (words.length > 1 && ROLE.has(words[words.length - 1]!.toLowerCase().replace(/[^a-z]/g, ''))) words.pop();
  // "Brian Truitt USA TODAY": an all-caps outlet after a name written in normal case.
  if (words.length > 2 && !/^\p{Lu}+$/u.test(words[0]!)) while (words.length > 2 && /^\p{Lu}{2,}$/u.test(words[words.length - 1]!)) words.pop();
  // "Meghan Neville Content Marketing Coordinator": a job title after a two/three-word name.
  for (let k = 2; k <= 3 && k < words.length; k++) {
    if (words.slice(k).some((w) => JOB.has(w.toLowerCase().replace(/[^a-z-]/g, '')))) {
      words.length = k;
      break;
    }
  }
  return words.join(' ');
}

/** Split one raw byline/author string into clean names. */
export function cleanAuthors(raw: string): string[] {
  let s = decodeEntities(raw)
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
  if (!s || s.length > 300) return [];
  s = s.replace(SECONDARY, '').trim();
  s = s.replace(/\b(?:updated|published|posted)\b.*$/i, '').trim();
  s = s.replace(/\b(?:e-?mail|follow|contact)\b.*$/i, '').trim();
  s = s.replace(LEADING_JUNK, '');
  for (let i = 0; i < 2; i++) s = s.replace(PREFIX, '').trim();
  // "ByDaryl Austin", "Written By:Cazzy Magennis": a prefix glued to the name.
  s = s.replace(/^(?:[Ww]ritten [Bb]y|[Pp]osted [Bb]y|[Bb]y|BY)\s*:?\s*(?=\p{Lu})/u, '');
  if (/^by\s/i.test(s)) s = s.slice(3).trim();
  // A name followed by a dash/pipe and an outlet or role ("David Jackson - FullStack Editorial").
  s = s.replace(/\s+[-–—|]\s+.*$/, '').trim();
  // Names separated by " and ", "&", ",", ";", "|", " y ", " und ", " et ".
  const parts = s.split(/\s*(?:,|;|\||\band\b|&|\bund\b|\bet\b|\by\b|\bsowie\b)\s*/i);
  const out: string[] = [];
  for (const p of parts) {
    const seg = stripRole(
      p
        .trim()
        .replace(/^[-–—:]+|[-–—:.]+$/g, '')
        .trim(),
    );
    if (!seg) continue;
    if (CREDENTIAL.test(seg) || CREDENTIAL_WORDS.has(seg.toLowerCase())) continue;
    if (seg.split(/\s+/).every((w) => ROLE.has(w.toLowerCase()) || JOB.has(w.toLowerCase()))) continue;
    if (!plausibleName(seg)) continue;
    const name = /^[\p{Lu}\s.'-]+$/u.test(seg) && seg.length > 3 ? seg : seg; // keep case as written (gold keeps it)
    if (!out.some((o) => o.toLowerCase() === name.toLowerCase())) out.push(name);
  }
  return out;
}
