// Decides whether a new article satisfies an alert: query words in title and text; speakers and entities from analysis when present, else from the text (pure).
import type { Alert, AlertMatch } from '../store/alert-state.js';
import type { AlertSubject } from './types.js';
import { containsRun, nameMatches, queryTerms, words } from './words.js';

function textMatch(subject: AlertSubject, terms: string[][]): boolean {
  const title = words(subject.article.title ?? '');
  const text = words(subject.article.text);
  return terms.length > 0 && terms.every((t) => containsRun(title, t) || containsRun(text, t));
}

function speakerMatch(value: string, subject: AlertSubject): AlertMatch | null {
  const a = subject.analysis;
  if (a) {
    const quotes = a.quotes.filter((q) => {
      const sp = q.speaker;
      if (!sp) return false;
      if (sp.entity && nameMatches(value, sp.entity, true)) return true;
      return sp.via === 'name' && nameMatches(value, sp.name, true);
    });
    if (!quotes.length) return null;
    return {
      via: 'analysis',
      detail: `${quotes.length} statement(s) by ${quotes[0]!.speaker!.entity ?? quotes[0]!.speaker!.name}`,
      quotes: quotes.map((q) => ({ text: q.text, kind: q.kind, speaker: q.speaker!.entity ?? q.speaker!.name })),
    };
  }
  return nameInText(value, subject);
}

function entityMatch(value: string, subject: AlertSubject): AlertMatch | null {
  const a = subject.analysis;
  if (a) {
    const e = a.entities.find((x) => nameMatches(value, x.name, true) || x.aliases.some((al) => nameMatches(value, al)));
    return e ? { via: 'analysis', detail: `entity ${e.name} (${e.type}, ${e.mentions} mention(s))` } : null;
  }
  return nameInText(value, subject);
}

function nameInText(value: string, subject: AlertSubject): AlertMatch | null {
  const name = words(value);
  if (!name.length) return null;
  const hit = containsRun(words(subject.article.title ?? ''), name) || containsRun(words(subject.article.text), name);
  return hit ? { via: 'text', detail: `'${value}' named in the article (no analysis yet)` } : null;
}

/** How `subject` satisfies `alert`, or null when it does not. */
export function matchAlert(alert: Pick<Alert, 'kind' | 'value'>, subject: AlertSubject): AlertMatch | null {
  switch (alert.kind) {
    case 'query': {
      const terms = queryTerms(alert.value);
      return textMatch(subject, terms) ? { via: 'text', detail: `all of ${terms.map((t) => t.join(' ')).join(', ')} in title or text` } : null;
    }
    case 'speaker':
      return speakerMatch(alert.value, subject);
    case 'entity':
      return entityMatch(alert.value, subject);
  }
}

/** The firing key: the event when weave assigned one (one firing per event), else the article itself. */
export function firingKey(subject: AlertSubject): string {
  return subject.assignment?.event ? `event:${subject.assignment.event}` : `article:${subject.article.id}`;
}
