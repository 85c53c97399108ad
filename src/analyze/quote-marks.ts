// Finds quoted segments (straight and curly marks) in text, including quotes that run across paragraphs.

/** One quoted stretch of text inside one paragraph. */
/** Quotation marks around a name (`«Интерфаксу»`, `„Spiegel“`, `شركة «أرامكو السعودية»`): each opening mark and the one
 * closing it (not the straight `"`, which opens and closes alike). */
export const NAME_MARKS: ReadonlyMap<string, string> = new Map([
  ['«', '»'],
  ['„', '“'],
  ['“', '”'],
]);

export interface QuoteSegment {
  /** offset of the opening mark */
  open: number;
  /** offset just after the closing mark (or the paragraph end when the quote runs on) */
  close: number;
  /** inner text span, without marks and surrounding spaces */
  innerStart: number;
  innerEnd: number;
  /** the quote is not closed in this paragraph and the next paragraph reopens it */
  runsOn: boolean;
  /** id shared by the segments of one multi-paragraph quote */
  chain: number;
}

const OPEN_CURLY = '“';
const CLOSE_CURLY = '”';
const OPEN_PREV = /[\s([{—–\-:,;/]/u;

/** Paragraph spans: runs of text between line breaks. */
function paragraphs(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let s = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      if (i > s && text.slice(s, i).trim()) out.push({ start: s, end: i });
      s = i + 1;
    }
  }
  return out;
}

function trimInner(text: string, a: number, b: number): [number, number] {
  while (a < b && /\s/.test(text[a]!)) a++;
  while (b > a && /\s/.test(text[b - 1]!)) b--;
  return [a, b];
}

function startsWithOpen(text: string, p: { start: number; end: number }): boolean {
  let i = p.start;
  while (i < p.end && /\s/.test(text[i]!)) i++;
  return text[i] === '"' || text[i] === OPEN_CURLY || text[i] === '«';
}

/**
 * Quoted segments of `text` in order. A paragraph that opens a quote without closing it, followed by a
 * paragraph that opens again, is the classic multi-paragraph quote: its segments share a chain id.
 * Unbalanced marks that do not follow that pattern are dropped unless the open quote holds a sentence.
 */
export function findQuoteSegments(text: string): QuoteSegment[] {
  const out: QuoteSegment[] = [];
  const paras = paragraphs(text);
  let chain = 0;
  let chainOpen = false;
  for (let pi = 0; pi < paras.length; pi++) {
    const p = paras[pi]!;
    let open = -1;
    let openCurly = false;
    const startChain = (): void => {
      if (!chainOpen) chain++;
      chainOpen = false;
    };
    for (let i = p.start; i < p.end; i++) {
      const c = text[i]!;
      if (c === OPEN_CURLY || c === '«') {
        if (open >= 0 && !openCurly) continue;
        open = i;
        openCurly = true;
        continue;
      }
      if (c === CLOSE_CURLY || c === '»') {
        if (open >= 0) {
          startChain();
          const [a, b] = trimInner(text, open + 1, i);
          if (b > a) out.push({ open, close: i + 1, innerStart: a, innerEnd: b, runsOn: false, chain });
          open = -1;
        }
        continue;
      }
      if (c === '"') {
        if (open < 0) {
          const prev = i === p.start ? ' ' : text[i - 1]!;
          if (OPEN_PREV.test(prev) || i === p.start) {
            open = i;
            openCurly = false;
          }
        } else {
          startChain();
          const [a, b] = trimInner(text, open + 1, i);
          if (b > a) out.push({ open, close: i + 1, innerStart: a, innerEnd: b, runsOn: false, chain });
          open = -1;
        }
      }
    }
    if (open >= 0) {
      const next = paras[pi + 1];
      const [a, b] = trimInner(text, open + 1, p.end);
      const words = text.slice(a, b).split(/\s+/).length;
      if (next && startsWithOpen(text, next)) {
        startChain();
        if (b > a) out.push({ open, close: p.end, innerStart: a, innerEnd: b, runsOn: true, chain });
        chainOpen = true;
      } else if (words >= 8 && b > a) {
        startChain();
        out.push({ open, close: p.end, innerStart: a, innerEnd: b, runsOn: false, chain });
      }
    } else chainOpen = false;
  }
  return out;
}

/**
 * Quoted segments with a language's quotation-mark pairs (`„…“`, `‚…‘`, `«…»`, `»…«`, `「…」`, `"…"`): once a quote is
 * open only its own closing mark closes it, so a mark that opens in one pair and closes in another (`»`) is read right.
 * Same paragraph rules as findQuoteSegments; a straight mark opens only after a space or an opening punctuation.
 */
export function findQuoteSegmentsWith(text: string, pairs: readonly (readonly [string, string])[]): QuoteSegment[] {
  const closer = new Map<string, string>();
  for (const [o, c] of pairs) if (!closer.has(o)) closer.set(o, c);
  const out: QuoteSegment[] = [];
  const paras = paragraphs(text);
  let chain = 0;
  let chainOpen = false;
  const opensPara = (p: { start: number; end: number }): boolean => {
    let i = p.start;
    while (i < p.end && /\s/.test(text[i]!)) i++;
    return closer.has(text[i] ?? '');
  };
  for (let pi = 0; pi < paras.length; pi++) {
    const p = paras[pi]!;
    let open = -1;
    let want = '';
    for (let i = p.start; i < p.end; i++) {
      const c = text[i]!;
      if (open >= 0) {
        if (c !== want) continue;
        if (!chainOpen) chain++;
        chainOpen = false;
        const [a, b] = trimInner(text, open + 1, i);
        if (b > a) out.push({ open, close: i + 1, innerStart: a, innerEnd: b, runsOn: false, chain });
        open = -1;
        continue;
      }
      const cl = closer.get(c);
      if (cl === undefined) continue;
      if (cl === c && i > p.start && !OPEN_PREV.test(text[i - 1]!)) continue; // a straight or same-sided mark mid-word
      open = i;
      want = cl;
    }
    if (open >= 0) {
      const next = paras[pi + 1];
      const [a, b] = trimInner(text, open + 1, p.end);
      const words = text.slice(a, b).split(/\s+/).length;
      if (next && opensPara(next)) {
        if (!chainOpen) chain++;
        if (b > a) out.push({ open, close: p.end, innerStart: a, innerEnd: b, runsOn: true, chain });
        chainOpen = true;
      } else if (words >= 8 && b > a) {
        if (!chainOpen) chain++;
        chainOpen = false;
        out.push({ open, close: p.end, innerStart: a, innerEnd: b, runsOn: false, chain });
      }
    } else chainOpen = false;
  }
  return out;
}
