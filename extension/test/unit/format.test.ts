import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDay, formatDue, formatDuration, formatIntervalEf, truncate, baseName, daysBetween } from '../../src/infrastructure/format';

test('a date is written as weekday, day and month', () => {
  assert.equal(formatDay('2025-11-25'), 'Tue 25 Nov');
  assert.equal(formatDay('2026-01-01T03:00:00+13:00'), 'Thu 1 Jan');
});

test('an unreadable date is shown as given', () => {
  assert.equal(formatDay('soon'), 'soon');
});

test('interval and ease factor read "6d · EF 2.36"', () => {
  assert.equal(formatIntervalEf({ status: 'review', repetitions: 2, easeFactor: 2.36, intervalDays: 6, dueDate: '2025-11-25', lastReviewed: '2025-11-19', lapses: 0 }), '6d · EF 2.36');
  assert.equal(formatIntervalEf({ status: 'review', repetitions: 1, easeFactor: 2.5, intervalDays: 1, dueDate: '2025-11-25', lastReviewed: '2025-11-24', lapses: 0 }), '1d · EF 2.50');
});

test('a new item says new instead of an interval', () => {
  assert.equal(formatIntervalEf({ status: 'new', repetitions: 0, easeFactor: 2.5, intervalDays: 0, dueDate: null, lastReviewed: null, lapses: 0 }), 'new');
});

test('due dates are relative to the study day', () => {
  assert.equal(formatDue('2025-11-25', '2025-11-25'), 'today');
  assert.equal(formatDue('2025-11-22', '2025-11-25'), '3d overdue');
  assert.equal(formatDue('2025-11-26', '2025-11-25'), 'tomorrow');
  assert.equal(formatDue('2025-11-28', '2025-11-25'), 'Fri 28 Nov');
  assert.equal(formatDue(null, '2025-11-25'), 'not scheduled');
  assert.equal(daysBetween('2025-12-30', '2026-01-02'), 3);
});

test('durations read as seconds, minutes or hours', () => {
  assert.equal(formatDuration(4_200), '4s');
  assert.equal(formatDuration(72_400), '1m 12s');
  assert.equal(formatDuration(3_720_000), '1h 2m');
  assert.equal(formatDuration(-5), '0s');
});

test('long titles are cut with an ellipsis and file names are taken from paths', () => {
  assert.equal(truncate('a  b\nc', 10), 'a b c');
  assert.equal(truncate('abcdefghijk', 5), 'abcd…');
  assert.equal(baseName('notes/ml/adam.md'), 'adam.md');
  assert.equal(baseName('notes\\win.md'), 'win.md');
});
