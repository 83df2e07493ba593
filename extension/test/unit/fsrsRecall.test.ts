import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatRecall } from '../../src/features/fsrs/recallText';
import { itemDescription, itemTooltip } from '../../src/features/dueTree/dueTreeModel';
import { toServerSettings } from '../../src/infrastructure/settingsMapping';
import type { DueItem } from '../../src/sidecar/protocol';

const item: DueItem = {
  id: 'adam', kind: 'topic', title: 'Adam optimizer', notePath: 'notes/dl.md',
  location: { uri: 'file:///w/notes/dl.md', range: { start: { line: 3, character: 0 }, end: { line: 3, character: 20 } } },
  domain: null, track: null, daysOverdue: 2,
  state: { status: 'review', repetitions: 2, easeFactor: 2.5, intervalDays: 6, dueDate: '2026-11-20', lastReviewed: '2026-11-14', lapses: 0 },
};

test('Predicted recall is shown as a whole percent, clamped to 0-100', () => {
  assert.equal(formatRecall(0.8749), 'R 87 %');
  assert.equal(formatRecall(1.2), 'R 100 %');
  assert.equal(formatRecall(-0.1), 'R 0 %');
});

test('Under FSRS a due item describes its predicted recall; under SM-2 it does not', () => {
  assert.match(itemDescription({ ...item, retrievability: 0.87 }, '2026-11-22'), /^R 87 % · 6d · EF 2\.50 · 2d overdue · dl\.md$/);
  assert.doesNotMatch(itemDescription(item, '2026-11-22'), /R \d+ %/);
  assert.match(itemTooltip({ ...item, retrievability: 0.5 }, '2026-11-22'), /Predicted recall now \(FSRS\): R 50 %/);
});

test('The fsrs scheduler setting reaches the server', () => {
  assert.equal(toServerSettings(k => (k === 'scheduler' ? 'fsrs' : undefined)).scheduler, 'fsrs');
});
