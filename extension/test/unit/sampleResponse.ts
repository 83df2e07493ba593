// A DueItemsResponse as the server sends it, for tree and status-bar tests.
import type { DueItem, DueItemsResponse, ReviewStateDto } from '../../src/sidecar/protocol';

const fresh: ReviewStateDto = { status: 'new', repetitions: 0, easeFactor: 2.5, intervalDays: 0, dueDate: null, lastReviewed: null, lapses: 0 };

export function item(id: string, title: string, state: Partial<ReviewStateDto> = {}, notePath = 'notes/ml/adam.md'): DueItem {
  return {
    id, kind: id.includes('::') ? 'card' : 'topic', title, notePath,
    location: { uri: `file:///ws/${notePath}`, range: { start: { line: 3, character: 0 }, end: { line: 3, character: 20 } } },
    domain: 'ml', track: null, state: { ...fresh, ...state }, daysOverdue: 0,
  };
}

export function sampleResponse(): DueItemsResponse {
  return {
    today: '2025-11-25',
    overdue: [item('adam', 'Adam optimizer', { status: 'review', repetitions: 2, intervalDays: 6, easeFactor: 2.36, dueDate: '2025-11-22', lastReviewed: '2025-11-16' })],
    dueToday: [item('sgd', 'Stochastic gradient descent', { status: 'review', repetitions: 1, intervalDays: 1, easeFactor: 2.5, dueDate: '2025-11-25', lastReviewed: '2025-11-24' }, 'notes/ml/sgd.md')],
    upcoming: [item('momentum', 'Momentum', { status: 'review', repetitions: 3, intervalDays: 15, easeFactor: 2.6, dueDate: '2025-11-27', lastReviewed: '2025-11-12' })],
    new: [item('notes/ml/adam.md::what is beta1', 'What is beta1 in Adam?'), item('rmsprop', 'RMSProp')],
    counts: { overdue: 1, today: 1, upcoming: 1, new: 5 },
    groups: { byNote: [], byDomain: [], byTrack: [] },
  };
}
