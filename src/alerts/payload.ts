// Builds the JSON an alert delivers for one firing (pure).
import type { Alert, AlertMatch, AlertPayload } from '../store/alert-state.js';
import type { AlertSubject } from './types.js';

/** The payload of `alert` firing on `subject`; the article text is cut to an excerpt of `maxChars`. */
export function alertPayload(
  alert: Pick<Alert, 'id' | 'kind' | 'value'>,
  subject: AlertSubject,
  match: AlertMatch,
  key: string,
  firedAt: string,
  maxChars: number,
): AlertPayload {
  const a = subject.article;
  const text = a.text.replace(/\s+/g, ' ').trim();
  const excerpt = text.length > maxChars ? `${text.slice(0, maxChars).replace(/\s+\S*$/, '')}…` : text;
  return {
    alert: { id: alert.id, kind: alert.kind, value: alert.value },
    key,
    event: subject.assignment?.event ?? null,
    storyline: subject.assignment?.storyline ?? null,
    article: { id: a.id, title: a.title, url: a.url, outlet: a.outlet, published: a.published, language: a.language, excerpt },
    match,
    firedAt,
  };
}
