// A company's legal form after its name belongs to the name (`Volkswagen AG`, `Eni S.p.A.`; data legalForms per
// language). Our own rule: the forms are a short closed list per country, written as the register writes them.
import type { NameMention } from './entities.js';
import type { Token } from './tokens.js';

/** Extends the mentions ending right before a legal form over it, as organisations. */
export function legalForms(raw: NameMention[], text: string, tokens: readonly Token[], forms: readonly string[]): void {
  if (forms.length === 0) return;
  const parts = forms.map((f) => f.split(' ')).sort((a, b) => b.length - a.length);
  const formAt = (i: number): number => parts.find((f) => f.every((w, x) => tokens[i + x]?.text === w))?.length ?? 0;
  const byEnd = new Map(raw.map((m) => [m.tokEnd, m]));
  const covered = new Uint8Array(tokens.length);
  for (const m of raw) covered.fill(1, m.fullTokStart, m.tokEnd);
  for (let i = 1; i < tokens.length; i++) {
    const n = formAt(i);
    if (n === 0 || covered[i]) continue;
    const m = byEnd.get(i);
    if (!m) continue;
    const end = tokens[i + n - 1]!.end;
    Object.assign(m, { text: text.slice(m.start, end), end, tokEnd: i + n, type: 'org' });
    covered.fill(1, i, i + n);
    i += n - 1;
  }
}
