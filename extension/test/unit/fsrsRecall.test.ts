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

const underFsrs: DueItem = { ...item, retrievability: 0.87, fsrs: { stability: 12.34, difficulty: 5.06 } };

test('Under FSRS a due item shows predicted recall, stability and difficulty instead of the SM-2 interval and EF', () => {
  assert.equal(itemDescription(underFsrs, '2026-11-22'), 'R 87 % · S 12.3d · D 5.1 · 2d overdue · dl.md');
  assert.equal(itemDescription({ ...underFsrs, fsrs: { stability: 245.6, difficulty: 1 } }, '2026-11-22'), 'R 87 % · S 246d · D 1.0 · 2d overdue · dl.md');
  assert.equal(itemDescription({ ...underFsrs, fsrs: { stability: 0.25, difficulty: 10 } }, '2026-11-22'), 'R 87 % · S 6h · D 10.0 · 2d overdue · dl.md');
  assert.equal(itemDescription({ ...underFsrs, fsrs: { stability: 0.0073, difficulty: 10 } }, '2026-11-22'), 'R 87 % · S 11min · D 10.0 · 2d overdue · dl.md');
  const tooltip = itemTooltip(underFsrs, '2026-11-22');
  assert.match(tooltip, /Predicted recall now \(FSRS\): R 87 %/);
  assert.match(tooltip, /FSRS: stability 12\.3 d .* difficulty 5\.1 of 10 · interval 6 days/);
  assert.doesNotMatch(tooltip, /EF/);
});

test('Under SM-2 a due item shows its interval and EF, and no recall', () => {
  assert.equal(itemDescription(item, '2026-11-22'), '6d · EF 2.50 · 2d overdue · dl.md');
  assert.match(itemTooltip(item, '2026-11-22'), /Interval: 6 days · EF 2\.50/);
  assert.doesNotMatch(itemTooltip(item, '2026-11-22'), /FSRS/);
});

test('The fsrs scheduler setting reaches the server, for every group or per group', () => {
  const scheduler = (v: unknown) => toServerSettings(k => (k === 'scheduler' ? v : undefined)).scheduler;
  assert.equal(scheduler('fsrs'), 'fsrs');
  assert.deepEqual(scheduler({ ML: 'fsrs', SWE: 'sm2' }), { ML: 'fsrs', SWE: 'sm2' });
  assert.deepEqual(scheduler({ ML: 'fsrs', Data: 'fsrs', SWE: 'leitner' }), { ML: 'fsrs' });   // unknown groups and names dropped
  assert.equal(scheduler({ Data: 'fsrs' }), undefined);
  assert.equal(scheduler(['fsrs']), undefined);
});
