// What alerts read of a newly added article (the records alerts keep, rules, firings and the log, are in store/alert-state.ts).
import type { Analysis, Article, Assignment } from '../model.js';

/** What alerts read of a newly added article: ProcessedArticle today, plus analysis and event assignment once those stages land. */
export interface AlertSubject {
  article: Article;
  analysis?: Analysis;
  assignment?: Assignment;
}
