// Plain-text cleaning of scraped news: cuts breadcrumbs, site furniture, repeated titles and serialized junk, keeping what it cut.
// Our own code: no library cleans scraped plain text (trafilatura and Readability work on HTML DOMs only).
import { boilerplateLines } from '../lang/index.js';
import { decodeHTML } from 'entities';
import type { Removed } from '../model.js';
import { loadData } from '../util/data-files.js';

interface PatternRule {
  re: string;
  reason: string;
  maxWords?: number;
}
interface BoilerplateRules {
  exactLines: string[];
  linePatterns: PatternRule[];
  tailStarters: string[];
  serializedJunk: PatternRule[];
}

interface CompiledRules {
  exact: Set<string>;
  patterns: { re: RegExp; reason: string; maxWords: number }[];
  /** the largest maxWords of the patterns: a line's words are counted no further */
  maxWords: number;
  tail: Set<string>;
  junk: { re: RegExp; reason: string }[];
}

let compiled: CompiledRules | null = null;

function rules(): CompiledRules {
  if (compiled) return compiled;
  const r = loadData<BoilerplateRules>('boilerplate.json');
  const patterns = r.linePatterns.map((p) => ({ re: new RegExp(p.re, 'iu'), reason: p.reason, maxWords: p.maxWords ?? 40 }));
  compiled = {
    // furniture of every language with rules (data/lang/*/boilerplate.json) as well as the shared list
    exact: new Set([...r.exactLines, ...boilerplateLines()].map(normKey)),
    patterns,
    maxWords: Math.max(0, ...patterns.map((p) => p.maxWords)),
    tail: new Set(r.tailStarters.map(normKey)),
    junk: r.serializedJunk.map((p) => ({ re: new RegExp(p.re, 'iu'), reason: p.reason })),
  };
  return compiled;
}

/** Lower-cased line without surrounding punctuation and spacing: the key furniture is matched on. */
export function normKey(line: string): string {
  const lower = line.toLowerCase();
  // a line whose only spacing is single spaces is its own squashed form: most lines, and long ones, skip the replace
  const squashed = (SPACING_TO_SQUASH.test(lower) ? lower.replace(/[\s\u00a0]+/g, ' ') : lower).replace(/^[\s\p{P}\p{S}]+/u, '');
  // the trailing run is cut by a backward scan: the regex `[...]+$` is quadratic on long runs of punctuation
  let end = squashed.length;
  while (end > 0) {
    const low = squashed.charCodeAt(end - 1);
    const width = low >= 0xdc00 && low <= 0xdfff && end > 1 ? 2 : 1;
    if (!EDGE.test(squashed.slice(end - width, end))) break;
    end -= width;
  }
  return squashed.slice(0, end).trim();
}

const EDGE = /^[\s\p{P}\p{S}]$/u;
/** White space other than a space, or two spaces: what `[\s\u00a0]+` -> ' ' changes. */
const SPACING_TO_SQUASH = /[^\S ]| {2}/;

/** Furniture lines are short: longer lines are never looked up, which keeps cleaning fast on long paragraphs. */
const MAX_FURNITURE_CHARS = 60;

function furnitureKey(line: string): string | null {
  return line.length <= MAX_FURNITURE_CHARS ? normKey(line) : null;
}

export interface CleanedText {
  /** The first content line when the caller did not supply a title (plain-text convention: first non-empty line). */
  titleLine: string | null;
  /** Lines near the top that were cut from the body but carry metadata (date lines, bylines). */
  headerLines: { text: string; kind: 'date' | 'byline' }[];
  paragraphs: string[];
  removed: Removed[];
}

export interface CleanOptions {
  /** A title given by the input (JSONL); when absent the first content line is taken as the title. */
  title?: string | null;
  /** Take the first line as the title only when it reads like one (short, no closing period); for rows whose title convention is unknown. */
  strictTitleLine?: boolean;
  /** Recognises a standalone date line ("Wed Nov 9, 2016 16:51:35") near the top. */
  isDateLine?: (line: string) => boolean;
}

const BYLINE = /^[Bb][Yy]\s+\p{Lu}[\p{L}.'’-]+(\s+(\p{Lu}[\p{L}.'’-]+|van|von|de|der|da|al|bin|and|&|,))*\s*(,.{0,60})?$/u;
const TAG_RE = /<\/?[a-zA-Z][^<>]{0,400}>/g;
const TERMINAL = /[.!?…"”»’)\]:]$/u;

/** Clean scraped plain text into paragraphs, recording every cut with its reason. */
export function cleanPlainText(input: string, opts: CleanOptions = {}): CleanedText {
  const R = rules();
  const removed: Removed[] = [];
  const cut = (text: string, reason: string) => {
    if (text.trim()) removed.push({ text: text.trim(), reason });
  };
  const lines = stripHtmlRemnants(input.includes('\r') ? input.replace(/\r\n?/g, '\n') : input, cut).split('\n');

  // Pass 1: drop serialized junk, furniture and breadcrumbs line by line; keep blank lines as paragraph breaks.
  const kept: string[] = [];
  /** each kept line's furniture key (`furnitureKey`), read again by the tail cut and pass 2 */
  const keys: (string | null)[] = [];
  let inJunk = false;
  for (const rawLine of lines) {
    const line = squashSpacing(rawLine).trim();
    if (!line) {
      inJunk = false;
      kept.push('');
      keys.push(null);
      continue;
    }
    const junk = R.junk.find((j) => j.re.test(line));
    if (junk || (inJunk && /^[\s[\]{}(),"':=>\d]/.test(line))) {
      cut(line, junk?.reason ?? 'serialized data');
      inJunk = true;
      continue;
    }
    inJunk = false;
    const key = furnitureKey(line);
    if (key === '' || (key === null && !/[\p{L}\p{N}]/u.test(line))) {
      cut(line, 'punctuation only');
      continue;
    }
    if (key && R.exact.has(key) && !R.tail.has(key)) {
      cut(line, 'site furniture');
      continue;
    }
    const words = wordCount(line, R.maxWords);
    const rule = R.patterns.find((p) => words <= p.maxWords && p.re.test(line));
    if (rule) {
      cut(line, rule.reason);
      continue;
    }
    kept.push(line);
    keys.push(key);
  }

  // Pass 2: cut a trailing block of related links / comments introduced by a tail header.
  cutTail(kept, keys, R.tail, cut);
  for (let i = 0; i < kept.length; i++) {
    const key = keys[i];
    if (key && R.exact.has(key)) {
      cut(kept[i]!, 'site furniture');
      kept[i] = '';
    }
  }

  // Pass 3: title, repeated title, and metadata lines at the top.
  const content = kept.map((l, i) => ({ l, i })).filter((x) => x.l);
  let title = opts.title?.trim() || null;
  let titleLine: string | null = null;
  let start = 0;
  const first = content[0]?.l;
  const looksLikeTitle = !!first && content.length > 1 && (!opts.strictTitleLine || (first.length <= 200 && !/[.:;,]$/.test(first)));
  if (!title && looksLikeTitle) {
    titleLine = content[0]!.l;
    title = titleLine;
    kept[content[0]!.i] = '';
    start = 1;
  }
  const headerLines: CleanedText['headerLines'] = [];
  const titleKey = title ? normKey(title) : null;
  for (let k = start; k < Math.min(content.length, start + 4); k++) {
    const { l, i } = content[k]!;
    if (titleKey && normKey(l) === titleKey) {
      cut(l, 'repeated title');
      kept[i] = '';
    } else if (opts.isDateLine?.(l)) {
      headerLines.push({ text: l, kind: 'date' });
      cut(l, 'date line (kept as metadata)');
      kept[i] = '';
    } else if (BYLINE.test(l) && l.length < 120) {
      headerLines.push({ text: l, kind: 'byline' });
      cut(l, 'byline (kept as metadata)');
      kept[i] = '';
    }
  }

  return { titleLine, headerLines, paragraphs: toParagraphs(kept), removed };
}

/** Runs of tabs, no-break spaces and spaces as one space, soft hyphens (invisible unless a line breaks there: `Afgha\u00adnistan`)
 * dropped; most lines have none of these but single spaces, and come back as they are. */
export function squashSpacing(line: string): string {
  const unhyphenated = line.includes('\u00ad') ? line.replaceAll('\u00ad', '') : line;
  return unhyphenated.includes('  ') || unhyphenated.includes('\t') || unhyphenated.includes('\u00a0')
    ? unhyphenated.replace(/[\t\u00a0 ]+/g, ' ')
    : unhyphenated;
}

/** The words of a line whose spacing is squashed, `line.split(' ').length`, counted without the array and only to `cap` + 1. */
export function wordCount(line: string, cap: number): number {
  let n = 1;
  for (let i = line.indexOf(' '); i >= 0 && n <= cap; i = line.indexOf(' ', i + 1)) n++;
  return n;
}

/** Remove HTML tags and decode entities left in scraped text; tags are recorded as removed. */
function stripHtmlRemnants(text: string, cut: (t: string, r: string) => void): string {
  let out = text;
  if (!out.includes('<')) return out.includes('&') ? decodeEntities(out) : out;
  if (/<(script|style)\b/i.test(out)) {
    out = out.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, (m) => {
      cut(m.slice(0, 200), 'script or style block');
      return '\n';
    });
  }
  if (/<\/?[a-zA-Z][^<>]*>/.test(out)) {
    const tags: string[] = [];
    out = out.replace(/<br\s*\/?>|<\/p>|<\/div>|<\/li>|<\/h\d>/gi, '\n').replace(TAG_RE, (m) => {
      if (tags.length < 20) tags.push(m);
      return '';
    });
    if (tags.length) cut(tags.join(' '), 'html remnant');
  }
  return decodeEntities(out);
}

/** HTML entities decoded, when the text holds one. */
function decodeEntities(text: string): string {
  return /&(#\d+|#x[0-9a-f]+|[a-z]+);/i.test(text) ? decodeHTML(text) : text;
}

/** Cut from a tail header ("Related articles", "Comments") to the end when what follows is link-like, not prose. */
function cutTail(kept: string[], keys: (string | null)[], tail: Set<string>, cut: (t: string, r: string) => void): void {
  const firstContent = kept.findIndex((l) => l);
  for (let i = kept.length - 1; i > firstContent; i--) {
    const key = keys[i];
    if (!key || !tail.has(key)) continue;
    const after = kept.slice(i + 1).filter((l) => l);
    const linkLike = after.every((l) => l.split(' ').length < 20 && !TERMINAL.test(l));
    if (linkLike) {
      cut(
        kept
          .slice(i)
          .filter((l) => l)
          .join('\n'),
        'related links / comments block',
      );
      kept.length = i;
      keys.length = i;
    }
  }
}

/** Group lines into paragraphs: blank lines separate blocks; hard-wrapped lines inside a block are joined. */
function toParagraphs(lines: string[]): string[] {
  const paragraphs: string[] = [];
  let block: string[] = [];
  const flush = () => {
    if (!block.length) return;
    if (isHardWrapped(block)) paragraphs.push(block.join(' '));
    else paragraphs.push(...block);
    block = [];
  };
  for (const l of lines) {
    if (l) block.push(l);
    else flush();
  }
  flush();
  return paragraphs;
}

/** A block reads as one hard-wrapped paragraph when its lines (but the last) break mid-sentence at similar widths. */
function isHardWrapped(block: string[]): boolean {
  if (block.length < 2) return false;
  const body = block.slice(0, -1);
  const midSentence = body.filter((l) => !TERMINAL.test(l)).length;
  const widths = body.map((l) => l.length);
  const max = Math.max(...widths);
  const min = Math.min(...widths);
  return midSentence >= body.length * 0.6 && max <= 100 && min >= max * 0.6;
}
