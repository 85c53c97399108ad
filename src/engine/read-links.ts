// The events reported in other languages that are the same happening as an event ("also reported in German by heise"),
// found at read time: an indexed store query for articles of other languages near its dates naming its specific
// names (by their cross-script keys), then each candidate event scored by src/link/cross-lingual.ts.
import { type EventDigest, LINK_RULES, digestOf, isFamous, linkEvents } from '../link/cross-lingual.js';
import { nameKey } from '../link/name-key.js';
import type { Article } from '../model.js';
import type { Store } from '../store/store.js';
import type { AlsoReported } from '../views.js';
import type { EventSummary } from '../weave/index.js';

/** Read at most this many articles of an event to digest it (the earliest ones: the first reports carry the facts). */
const DIGEST_ARTICLES = 4;
/** Names come from at most this many of its articles (the earliest), so a huge event costs what a small one does. */
const NAME_ARTICLES = 24;
/** Ask the store by at most this many names, and score at most this many candidate events. */
const MAX_KEYS = 12;
const MAX_CANDIDATE_EVENTS = 6;
const MAX_CANDIDATE_ROWS = 2000;
/** Show at most this many links. */
const MAX_LINKS = 5;

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** "German" for "de"; the code itself when the runtime does not know it. */
export function languageName(code: string): string {
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The most common language of some articles (null when none says). */
function mainLanguage(articles: Article[]): string | null {
  const counts = new Map<string, number>();
  for (const a of articles) if (a.language) counts.set(a.language, (counts.get(a.language) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

async function digest(store: Store, e: EventSummary, language?: string): Promise<{ digest: EventDigest; articles: Article[] } | null> {
  const read = (await Promise.all(e.members.slice(0, DIGEST_ARTICLES).map((id) => store.getArticle(id)))).filter((a): a is Article => !!a);
  const lang = language ?? mainLanguage(read);
  if (!lang) return null;
  const inLang = read.filter((a) => a.language === lang);
  const entities = await store.entities({ articleIds: e.members.slice(0, NAME_ARTICLES), limit: 40 });
  return { digest: digestOf({ id: e.id, language: lang, firstDate: e.firstDate, lastDate: e.lastDate }, inLang, entities), articles: inLang };
}

/** The events in other languages that report the same happening as `e`, strongest first. */
export async function alsoReportedOf(store: Store, e: EventSummary, eventById: Map<string, EventSummary>): Promise<AlsoReported[]> {
  if (!e.firstDate || !/^\d{4}-\d{2}-\d{2}/.test(e.firstDate)) return [];
  const own = await digest(store, e);
  if (!own) return [];
  // only specific names can make a link, so only they are asked for (a famous name would fetch thousands of articles)
  const keys = [...new Set(own.digest.names.filter((n) => !isFamous(n.name)).map((n) => nameKey(n.name)))].filter((k): k is string => !!k).slice(0, MAX_KEYS);
  if (!keys.length) return [];
  const w = LINK_RULES.windowDays;
  const rows = await store.linkCandidates({
    keys,
    from: addDays(e.firstDate, -w),
    to: addDays(e.lastDate ?? e.firstDate, w + 1),
    notLanguage: own.digest.language,
    limit: MAX_CANDIDATE_ROWS,
  });
  const byEvent = new Map<string, { language: string; names: Set<string> }>();
  for (const r of rows) {
    if (r.event === e.id) continue;
    const c = byEvent.get(r.event) ?? { language: r.language, names: new Set<string>() };
    c.names.add(r.name);
    byEvent.set(r.event, c);
  }
  const ranked = [...byEvent].sort((a, b) => b[1].names.size - a[1].names.size || a[0].localeCompare(b[0])).slice(0, MAX_CANDIDATE_EVENTS);
  const out: (AlsoReported & { score: number })[] = [];
  for (const [id, c] of ranked) {
    const other = eventById.get(id);
    if (!other) continue;
    const theirs = await digest(store, other, c.language);
    if (!theirs) continue;
    const link = linkEvents(own.digest, theirs.digest);
    if (!link) continue;
    const outlets = [...new Set(theirs.articles.map((a) => a.outlet).filter((o): o is string => !!o))].sort();
    out.push({
      language: c.language,
      languageName: languageName(c.language),
      eventId: id,
      title: other.headline ?? theirs.articles[0]?.title ?? null,
      outlets,
      reason: link.reason,
      score: link.score,
    });
  }
  return out.sort((a, b) => b.score - a.score || a.eventId.localeCompare(b.eventId)).slice(0, MAX_LINKS);
}
