// Internal records of the weave: article vectors, event and storyline records, feature namespaces.
import type { Reason } from '../model.js';
import type { Namespace } from './text-features.js';
import type { HeadlineEntry } from './types.js';
import { positionsByAscendingId } from './id-sort.js';

/** Headlines kept per event for its name (the first ones; enough to pick a representative one). */
export const HEADLINES_KEPT = 12;

/** One article as weighted features: ids strongest first (for a woven article, see vectorize: the strongest terms and every namespace but words in that order). */
export interface ArticleVector {
  ids: number[];
  /** IDF-weighted, unit-length weights, aligned with ids. */
  weights: number[];
  /** Pre-IDF unit-length weights (what the centroid accumulates), aligned with ids. */
  raw: number[];
  /** id -> IDF-weighted weight. */
  byId: Map<number, number>;
  /** Per feature group: true when the vector has a feature in it. */
  hasGroup: boolean[];
  /** Distinct content words (unigrams) once furniture is cut: very short items need stronger evidence to join. */
  words?: number;
  /** Positions of ids in ascending id order (computed once, see ascending()). */
  asc?: number[];
}

/**
 * The feature groups of one id array (an event's centroid or founders, a remembered article), kept by the array's owner beside
 * it: made again only when the owner's array was replaced (ids never change in place; none is retired while an array holds
 * it). On the record, not in a WeakMap keyed by the array: no table that grows with the events, no entry per join.
 */
export interface GroupCache {
  /** The id array the groups are of (null: none made yet). */
  ids: Int32Array | null;
  /** Feature group per entry of ids (its first ids.length entries; the buffer is reused when the array is replaced). */
  groups: Int8Array;
}

/** The groups of no array (shared: nothing is written to a buffer of length 0). */
const NO_GROUPS = new Int8Array(0);

/**
 * Empty id, weight and count arrays, shared by every record that holds none (a new record before its first grow, the
 * founders when founderGate is 0, an event merged away): nothing can be written to an array of length 0, and each own empty
 * array was a typed array object and a buffer on the heap per event (~370 bytes for the two founder arrays alone).
 */
export const NO_IDS = new Int32Array(0);
export const NO_WEIGHTS = new Float32Array(0);
export const NO_COUNTS = new Uint32Array(0);

/** An empty cache, for a new record. */
export function groupCache(): GroupCache {
  return { ids: null, groups: NO_GROUPS };
}

/**
 * Let go of an event's cached groups when its arrays were replaced as it went idle (archived, merged away, emptied, or its
 * forgotten ids dropped): the cache would keep the arrays it last read alive, and an idle event may not be read again.
 */
export function releaseGroups(e: EventRecord): void {
  for (const c of [e.centroidGroups, e.founderGroups]) {
    c.ids = null;
    c.groups = NO_GROUPS;
  }
}

export interface EventRecord {
  id: string;
  storyline: number;
  members: string[];
  /**
   * The add sequence number of each member, aligned with members (-1: unknown, a member woven before a restore and no longer
   * recent): the walks over an event's newest members find the recent ones by number (recentMember) without reading the ids.
   */
  memberSeq: number[];
  firstDay: number | null;
  lastDay: number | null;
  centroidIds: Int32Array;
  centroidWeights: Float32Array;
  /** Members holding each centroid feature, aligned with centroidIds. */
  centroidCounts: Uint32Array;
  /** The founding article's strongest features: later members must stay close to it (keeps sister events from snowballing). */
  founderIds: Int32Array;
  founderWeights: Float32Array;
  /** Feature groups of centroidIds and of founderIds (see groupsOf in scoring.ts). */
  centroidGroups: GroupCache;
  founderGroups: GroupCache;
  reasons: Reason[];
  /** Where its reasons are packed in the core's ReasonArena once it went idle (-1: in reasons; read them with WeaveCore.reasonsOf). */
  reasonsAt: number;
  /** Sequence number of the last article that joined (or founded) it. */
  lastSeq: number;
  /** Index of the event this one was merged into (-1 while it is live). */
  mergedInto: number;
  /** [article id, headline, language] of its first members: the event is named by the most representative one. */
  headlines: HeadlineEntry[];
}

export interface StorylineRecord {
  id: string;
  events: number[];
  reasons: Reason[];
}

export const NAMESPACES: Namespace[] = ['w', 'e', 'n', 'd', 'q'];
/** Vocabulary namespace index of word (and word pair) features. */
export const WORD_NS = NAMESPACES.indexOf('w');
/** Vocabulary namespace index of entity features. */
export const ENTITY_NS = NAMESPACES.indexOf('e');
/** Vocabulary namespace index of quote shingle features. */
export const QUOTE_NS = NAMESPACES.indexOf('q');
export const NS_NAMES: Record<Namespace, string> = { w: 'words', e: 'entities', n: 'numbers', d: 'dates', q: 'quotes' };

export function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Positions of a vector's ids in ascending id order (cached on the vector: ids do not change once built). */
export function ascending(v: ArticleVector): number[] {
  if (!v.asc) v.asc = positionsByAscendingId(v.ids);
  return v.asc;
}
