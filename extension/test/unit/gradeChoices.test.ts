import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buttonChoices, gradeName, isLapse, qualityChoices, qualityFromTypedText } from '../../src/features/review/gradeChoices';
import { ReviewTally, summaryText } from '../../src/features/review/reviewSummary';

test('Again, Hard, Good and Easy are q 1, 3, 4 and 5', () => {
  assert.deepEqual(buttonChoices.map(c => [c.label, c.quality]), [['Again', 1], ['Hard', 3], ['Good', 4], ['Easy', 5]]);
});

test('the SM-2 grades 0 to 5 are offered too', () => {
  assert.deepEqual(qualityChoices.map(c => c.quality), [0, 1, 2, 3, 4, 5]);
  assert.deepEqual(qualityChoices.map(c => c.label), ['0', '1', '2', '3', '4', '5']);
});

test('typing a digit from 0 to 5 picks that grade; anything else does not', () => {
  assert.equal(qualityFromTypedText('4'), 4);
  assert.equal(qualityFromTypedText(' 0 '), 0);
  assert.equal(qualityFromTypedText('6'), undefined);
  assert.equal(qualityFromTypedText('go'), undefined);
  assert.equal(qualityFromTypedText('45'), undefined);
});

test('grades are named for messages', () => {
  assert.equal(gradeName(4), 'Good');
  assert.equal(gradeName(2), 'q 2');
  assert.equal(isLapse(2), true);
  assert.equal(isLapse(3), false);
});

test('the summary counts reviews, agains and time spent', () => {
  const tally = new ReviewTally();
  tally.add(4, 30_000);
  tally.add(1, 12_400);
  tally.add(5, 30_000);
  assert.equal(summaryText(tally, 4), 'Reviewed 3 items · again 1 · 1m 12s. 4 still due.');
  assert.equal(summaryText(tally, 0), 'Reviewed 3 items · again 1 · 1m 12s. Nothing else is due.');
  assert.equal(tally.count(4), 1);
});

test('a review ended before any grade says so', () => {
  assert.equal(summaryText(new ReviewTally()), 'Review ended: no items reviewed.');
});
