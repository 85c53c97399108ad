// Scan bounds for the analyze stage (data/analyze-limits.json): every backward or forward scan stops within them, so analysis is linear.
import limitData from '../../data/analyze-limits.json' with { type: 'json' };

/** Thrown when data/analyze-limits.json lacks a bound or holds one that is not a positive integer. */
export class AnalyzeLimitsError extends Error {
  override name = 'AnalyzeLimitsError';
  constructor(field: string) {
    super(`data/analyze-limits.json: "${field}" must be a positive integer; fix the file or restore it from git`);
  }
}

function bound(field: string): number {
  const v = (limitData as Record<string, unknown>)[field];
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v <= 0) throw new AnalyzeLimitsError(field);
  return v;
}

/** The scan bounds, in tokens. */
export const LIMITS = {
  /** tokens after a cue searched for "<AGENCY> reported" */
  reporterScanTokens: bound('reporterScanTokens'),
  /** tokens before a pronoun searched for the subject of an earlier cue in its sentence */
  governingScanTokens: bound('governingScanTokens'),
  /** longest run of capitalised tokens read as one name */
  nameRunTokens: bound('nameRunTokens'),
  /** words after a preposition searched for the noun of an occasion ("in a State of the Union address") */
  occasionPhraseTokens: bound('occasionPhraseTokens'),
} as const;
