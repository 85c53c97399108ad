// Types of the weave stage: its input, tunables, summaries and the JSON snapshot the store persists.
import type { Reason } from '../model.js';
import type { DateEstimate } from './timeline.js';

/** What the weaver reads of an article (the analyze stage's canonical entities and quotes when available). */
export interface WeaveInput {
  id: string;
  title: string | null;
  text: string;
  /** ISO 8601 date or date-time, or null when unknown (no time decay then). */
  published: string | null;
  entities?: { name: string; type: 'person' | 'org' | 'place' | 'other' }[];
  quotes?: string[];
  /** ISO 639-1 language of the text when known (adds that language's stopwords). */
  language?: string | null;
  /** Its raw features computed beforehand (weaveFeaturesOf, on a prepare thread); absent or made with other options: the weaver computes them. */
  features?: WeaveFeatures;
}

/** An article's raw weave features, computed off the writer (plain data: passes between threads and through a job queue). */
export interface WeaveFeatures {
  /** The feature options they were made with (featureOptionsKey); the weaver uses them only when its own options give the same key. */
  options: string;
  /** Feature keys ("ns:value") in the order extraction first met them, joined by newlines (no key holds one). */
  keys: string;
  /** Raw weight of each key, in the same order. */
  weights: Float64Array;
  /** Distinct single-word features (short items need stronger evidence). */
  words: number;
  /**
   * Per key, three integers: its two hashes (hashRange, hash2Range) and where it ends in `keys`. With them the writer
   * finds known keys by number alone; absent (older producers), it looks the keys up by their text.
   */
  marks?: Int32Array;
}

/** Tunables; defaults live in data/weave-config.json. */
export interface WeaveConfig {
  titleWeight: number;
  leadWords: number;
  leadWeight: number;
  /** Multiplier of raw feature weights per namespace: w word, e entity, n number, d date, q quote shingle. */
  namespaceWeights: Record<'w' | 'e' | 'n' | 'd' | 'q', number>;
  /** Group index per namespace: each group is normalised on its own and its cosine weighted by groupWeights. */
  featureGroups: Record<'w' | 'e' | 'n' | 'd' | 'q', number>;
  /** Weight of each group's cosine in the score (the score is their weighted mean). */
  groupWeights: number[];
  /** Noise-to-signal ratio of one article's vector: scores are corrected for the noise of small centroids (0: raw cosines). */
  noiseRatio: number;
  /** A joining article adds to the centroid with weight min(1, (score / memberWeightScore)^memberWeightPower) (0: always 1). */
  memberWeightScore: number;
  memberWeightPower: number;
  /** How many of the latest articles may still move to another event (0: decisions are final). */
  refineWindow: number;
  /** Candidate events (besides the article's own) whose recent articles are re-checked after each add. */
  refineEvents: number;
  /** ...when the new article scored at least this against them. */
  refineFloor: number;
  /** Most recent articles re-checked per event after each add. */
  refineMembers: number;
  /** An article moves when another event fits it by at least this much more than its own (scored without it). */
  refineMargin: number;
  /** An event whose recent articles split in two groups scoring below this (corrected centroid score) is split (0: never). */
  splitThreshold: number;
  /** Each group needs at least this many articles. */
  splitMinMembers: number;
  /** The split looks at this many of the event's most recent articles. */
  splitMembers: number;
  /** Events of at most splitMembers articles are checked after every splitCheckEvery-th join (1: every join). */
  splitCheckEvery: number;
  /** Rounds of the two-means split. */
  splitIterations: number;
  /** Per group: share of its weight kept in the mean when neither the article nor the event has a feature in it (1: counts as a mismatch, 0: ignored). */
  absentGroupWeights: number[];
  /** Pseudo-document count added to N in idf = ln((N + prior) / (df + 1)), so early articles are not all "rare". */
  idfPrior: number;
  /** Minimum score to join an existing event. */
  joinThreshold: number;
  /** Centroid weights are raised to this power before IDF: above 1, features many members share count more than one member's extras. */
  consensusPower: number;
  /** Subtracted from the score against an event, divided by its member count (positive: small events are harder to join). */
  smallEventMargin: number;
  /** An event with 2+ members is joined only when the article also scores at least this against its founding article (0: off). */
  founderGate: number;
  /** Features kept of the founding article for that check. */
  founderTerms: number;
  /** Pseudo-norm (in IDF-weighted units) added to each feature group, so a group with one shared feature (a lone year) cannot score a cosine of 1. */
  sparseSmoothing: number;
  /** Cap on the features an event centroid keeps (bounded memory). */
  maxCentroidTerms: number;
  /** How many of an article's strongest features post its event into the inverted index. */
  indexTermsPerArticle: number;
  /** How many of an article's strongest features are looked up to find candidate events. */
  queryTerms: number;
  /** Most recent events kept per feature in the inverted index (bounds candidate sets). */
  postingCap: number;
  /** Candidate events scored in full per article. */
  maxCandidates: number;
  /** Events whose dates lie further than this from a dated article are not candidates. */
  eventWindowDays: number;
  decayGraceDays: number;
  decayHalfLifeDays: number;
  /** Dates (shared days, the published date) count only once the content groups alone score at least this (content decides, context supports). */
  dateSupportFloor: number;
  /** Below this words cosine the score is capped at joinThreshold * cosine / floor: shared names without shared words do not join (0: off). */
  wordSupportFloor: number;
  /** Items with fewer distinct content words than this (a headline and a sentence) join only at shortJoinThreshold. */
  shortItemWords: number;
  shortJoinThreshold: number;
  /** A storyline link needs a words cosine of at least this (the same issue, not only the same names). */
  storylineWordFloor: number;
  /** Entities more than this share of all articles name do not count as shared actors of a storyline. */
  storylineActorMaxShare: number;
  /** Second look: an event reaching one of these sizes compares its centroid with sister events found through the index... */
  groupLookSizes: number[];
  /** ...and merges those whose size-corrected centroid score reaches this (0: off). */
  groupMergeThreshold: number;
  /** Second look, stray articles: an article alone in its event (still recent) moves into an event at a look size when its score against it reaches this (0: off). */
  adoptThreshold: number;
  /** Late look: the article woven this many adds ago, still alone in its event, is scored again against the events found since. */
  adoptDelays: number[];
  /** Calibrated pair decision of the second and late looks (null: the thresholds above decide; a look whose threshold is 0 stays off either way): logistic weights, bias first, over PAIR_FEATURES (see pair-model.ts); fitted on training topics by eval/weave.ts --fit-pair-model. */
  pairModel: number[] | null;
  /** ...a pair merges (a stray article moves) when the model's probability reaches this. */
  pairProbability: number;
  /** With the pair model: candidate events a look (second or late) weighs, those with the most index votes (bounds the looks' cost). */
  lookCandidates: number;
  /** With the pair model (and both looks on): an event of 2..lateGroupMembers articles whose article of adoptDelays ago is a member looks again from its centroid (0: off). */
  lateGroupMembers: number;
  /** With a pair model that reads member evidence: a look weighs its members one by one only when the pair's centroid score (time decay included) reaches this; below it the member features are 0 (bounds the looks' cost; the fit sees the same). */
  memberEvidenceFloor: number;
  /** ...and only for the pairs of a look with the highest centroid scores, this many (the rest get 0s, as below the floor; 0: every pair above the floor). */
  lookShortlist: number;
  /** Minimum storyline link score between a new event and an earlier one. */
  storylineThreshold: number;
  /** Minimum shared actor entities for a storyline link. */
  storylineMinSharedActors: number;
  storylineCandidates: number;
  /** When published is null, look for a full date in this many leading characters of the text (0: never). */
  leadDateChars: number;
  /** When title is null, a first line of at most this many words without closing punctuation counts as the title (0: never). */
  headlineMaxWords: number;
  /** An event no article joined for this many adds has its centroid trimmed to archivedTerms features. */
  archiveAfterArticles: number;
  archivedTerms: number;
  /** Memory bound: every forgetEvery adds (0: never), features seen in at most forgetMaxDf articles, none of them in the last forgetAfterArticles articles, that no centroid, founder or recent article holds and whose posting lists name only events idle for forgetAfterArticles adds, are forgotten (their posting lists too; their df restarts if they come back). */
  forgetEvery: number;
  forgetAfterArticles: number;
  forgetMaxDf: number;
  /** How many link reasons a storyline keeps (its events keep their own). */
  storylineReasonsKept: number;
  /** Words per quote shingle. */
  quoteShingle: number;
  /** Two events are merged when an article joining one also scores mergeArticleScore against the other and their centroids score at least this, corrected for centroid noise (see noiseRatio; 0: never merge). */
  mergeThreshold: number;
  /** Score an article must also reach against a second event for that event to be checked for a merge. */
  mergeArticleScore: number;
  /** Weight of the published date's year and month-day as date features (0: the published date only drives the time window). */
  publishedDateWeight: number;
  /** Weight of adjacent content-word pairs as extra word features (0: single words only). */
  bigramWeight: number;
  /** Multiplier of years more than a year before the latest year an article names (background, not when it happened). */
  pastYearWeight: number;
  /** Multiplier of an analyze entity's weight by its type; types not listed weigh 1. */
  entityTypeWeights: Partial<Record<'person' | 'org' | 'place' | 'other', number>>;
}

export interface EventSummary {
  id: string;
  storyline: string;
  members: string[];
  /** Strongest features of the event, readable ("putin", "Nippon TV", "12-13"). */
  label: string;
  topTerms: string[];
  /** The most representative headline of its articles (or first sentence when untitled). */
  headline?: string | null;
  firstDate: string | null;
  lastDate: string | null;
  /** When the event has no full date: an estimated date or range with the reason (never a known date); null when it cannot be placed. */
  estimated?: DateEstimate | null;
  /** Why the event was founded. */
  reasons: Reason[];
}

export interface StorylineSummary {
  id: string;
  events: string[];
  members: string[];
  label: string;
  topTerms: string[];
  /** The most representative headline of its articles. */
  headline?: string | null;
  firstDate: string | null;
  lastDate: string | null;
  /** Why each later event was linked in. */
  reasons: Reason[];
}

/** Serialised event. Centroid features as parallel arrays of vocabulary ids and weights. */
export interface EventState {
  id: string;
  storyline: string;
  members: string[];
  firstDay: number | null;
  lastDay: number | null;
  centroidIds: number[];
  centroidWeights: number[];
  /** Members holding each centroid feature (absent in snapshots written before it existed: read as 1). */
  centroidCounts?: number[];
  reasons: Reason[];
  lastSeq: number;
  founderIds: number[];
  founderWeights: number[];
  /** Index of the event this one was merged into; absent or -1 while live. */
  mergedInto?: number;
  /** [article id, headline, language] of its first members (absent in older snapshots). */
  headlines?: HeadlineEntry[];
}

/** An article's headline as its event keeps it for its name, with the language its words are stemmed in (absent: English or unknown). */
export type HeadlineEntry = [articleId: string, headline: string, language?: string];

export interface StorylineState {
  id: string;
  events: number[];
  reasons: Reason[];
}

/** JSON-serialisable state of a Weaver. restore(snapshot()) continues exactly where it left off. */
export interface WeaveSnapshot {
  version: 1;
  config: WeaveConfig;
  docs: number;
  vocab: string[];
  df: number[];
  /** Per feature: the document count when it was last seen (absent in older snapshots: 0). Forgotten ids have the key "". */
  seen?: number[];
  events: EventState[];
  storylines: StorylineState[];
  /** Inverted index for events: [featureId, event indexes (oldest first)]. */
  postings: [number, number[]][];
  /** Inverted index for storylines (actors, quotes; no time window): [featureId, event indexes]. */
  actorPostings: [number, number[]][];
  articleEvent: [string, number][];
  seq: number;
  touchLog: [number, number][];
  /** Articles that may still move to another event, oldest first (absent in older snapshots: none). */
  recent?: RecentState[];
}

/** Serialised recent article: its centroid contribution as parallel arrays of vocabulary ids (ascending) and pre-IDF weights. */
export interface RecentState {
  id: string;
  ids: number[];
  raw: number[];
  weight: number;
  day: number | null;
  event: number;
  seq: number;
}
