// The review plan of a topic that was studied before (prepcode/reviewPlan): its type follows the interval, and its
// questions are not the ones asked last time. Shown above Show Answer in the question step.
import type { ServerContext } from '../../sidecar/serverContext';
import type { ItemDetails } from '../../sidecar/protocol';
import { TrackMethods, type ReviewPlanResponse } from '../../sidecar/protocol.tracks';
import { reviewTypeLabel } from '../tracks/trackChoices';

/** The plan for a topic that has been graded before; undefined for cards, new topics, or when the server cannot say. */
export async function reviewPlanFor(server: ServerContext, details: ItemDetails): Promise<ReviewPlanResponse | undefined> {
  if (details.item.kind !== 'topic' || details.item.state.status === 'new') return undefined;
  try {
    return await server.request(TrackMethods.reviewPlan, { id: details.item.id });
  } catch (error) {
    server.log.warn(`no review plan for ${details.item.id}`, error);
    return undefined;
  }
}

/** Lines for the question step: a heading, the questions, then the key points to recall. Pure. */
export function planLines(plan: ReviewPlanResponse): { heading: string; lines: string[] } {
  const heading = `${reviewTypeLabel[plan.type]} · ${plan.intervalDays}-day review`;
  const lines = plan.questions.map(q => `$(question) ${q.question}`)
    .concat(plan.keyPoints.map(p => `$(circle-small-filled) Recall: ${p}`));
  return { heading, lines };
}
