// One article through the weaver as an in-memory plan (its assignment, earlier articles moved, members of an absorbed
// event), then the plan written to the store in one go.
import type { Analysis, Article, Assignment, Reason } from '../model.js';
import type { Store } from '../store/store.js';
import type { WeaveFeatures, Weaver } from '../weave/index.js';
import { weaveInputOf } from '../weave/index.js';

/** What weaving one article changes: its own assignment, and where the weaver now places earlier articles. */
export interface WeavePlan {
  articleId: string;
  assignment: Assignment;
  /** Earlier articles the weaver moved (to a better event, or a split-off one): their new place. */
  moved: { id: string; event: string; storyline: string }[];
  /** Members of an event this article's event absorbed: they follow to its event and storyline. */
  merged: string[];
}

/** Add the article to the weaver (in memory only) and say what changed; `features` made by the pure step spare the writer their extraction. */
export function planWeave(weaver: Weaver, article: Article, analysis: Analysis, features?: WeaveFeatures): WeavePlan {
  const input = weaveInputOf(article, analysis);
  const assignment = weaver.add(features ? { ...input, features } : input);
  const moved: WeavePlan['moved'] = [];
  for (const id of weaver.movedByLastAdd()) {
    const place = weaver.placeOf(id);
    if (place) moved.push({ id, event: place.event, storyline: place.storyline });
  }
  const merged = assignment.reasons.some((r) => r.kind === 'events-merged') ? [...weaver.membersOf(assignment.event)] : [];
  return { articleId: article.id, assignment, moved, merged };
}

/** Store a weave plan: the article's assignment, then the moved and merged articles' (an unchanged place is not rewritten). */
export async function writeWeave(store: Store, plan: WeavePlan): Promise<void> {
  const { assignment } = plan;
  await store.putAssignment(plan.articleId, assignment);
  for (const place of plan.moved) {
    const old = await store.getAssignment(place.id);
    if (old && (old.event !== place.event || old.storyline !== place.storyline)) {
      // The reasons it joined its first event no longer hold: say where it came from instead.
      const reasons: Reason[] = [{ kind: 'moved', detail: `moved from ${old.event}: articles added later fit it to ${place.event} better` }];
      await store.putAssignment(place.id, { ...old, event: place.event, storyline: place.storyline, newEvent: false, reasons });
    }
  }
  for (const id of plan.merged) {
    const old = await store.getAssignment(id);
    if (old && old.event !== assignment.event) await store.putAssignment(id, { ...old, event: assignment.event, storyline: assignment.storyline });
  }
}
