import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDueTree, dueNow, isEmpty, reviewQueue, treeSignature } from '../../src/features/dueTree/dueTreeModel';
import { sampleResponse } from './sampleResponse';

test('the tree has Overdue, Today, Upcoming and New groups in that order with their counts', () => {
  const groups = buildDueTree(sampleResponse(), 7);
  assert.deepEqual(groups.map(g => [g.label, g.description]), [
    ['Overdue', '1'], ['Today', '1'], ['Upcoming', '1 · next 7 days'], ['New', '5'],
  ]);
  assert.deepEqual(groups.map(g => g.expandedByDefault), [true, true, false, false]);
});

test('group counts come from the server even when the list is capped', () => {
  const groups = buildDueTree(sampleResponse(), 1);
  assert.equal(groups[3].count, 5);
  assert.equal(groups[3].items.length, 2);
  assert.equal(groups[2].description, '1 · next 1 day');
});

test('capped overdue, today and upcoming lists still show every due item in the counts', () => {
  const r = sampleResponse();
  r.counts = { overdue: 1200, today: 30, upcoming: 800, new: 5 };   // the server lists at most `limit` of each
  const [overdue, today, upcoming] = buildDueTree(r, 7);
  assert.deepEqual([overdue.description, today.description, upcoming.description], ['1200', '30', '800 · next 7 days']);
  assert.equal(overdue.items.length, 1);
  assert.equal(dueNow(r.counts), 1230);
});

test('an item shows interval, ease factor, due date and note', () => {
  const [overdue, today, upcoming, fresh] = buildDueTree(sampleResponse(), 7);
  assert.equal(overdue.items[0].label, 'Adam optimizer');
  assert.equal(overdue.items[0].description, '6d · EF 2.36 · 3d overdue · adam.md');
  assert.equal(today.items[0].description, '1d · EF 2.50 · today · sgd.md');
  assert.equal(upcoming.items[0].description, '15d · EF 2.60 · Thu 27 Nov · adam.md');
  assert.equal(fresh.items[0].description, 'new · adam.md');
});

test('the tooltip tells note, due date and SM-2 state', () => {
  const tip = buildDueTree(sampleResponse(), 7)[0].items[0].tooltip;
  assert.match(tip, /^Topic: Adam optimizer$/m);
  assert.match(tip, /^Note: notes\/ml\/adam\.md$/m);
  assert.match(tip, /^Due: Sat 22 Nov \(3d overdue\)$/m);
  assert.match(tip, /^Interval: 6 days · EF 2\.36 · repetitions 2 · lapses 0$/m);
});

test('item ids are stable and do not depend on the group', () => {
  const before = sampleResponse();
  const after = sampleResponse();
  after.upcoming.push(after.overdue.pop()!);
  const idsBefore = buildDueTree(before, 7).flatMap(g => g.items.map(i => i.id)).sort();
  const idsAfter = buildDueTree(after, 7).flatMap(g => g.items.map(i => i.id)).sort();
  assert.deepEqual(idsBefore, idsAfter);
  assert.ok(idsBefore.includes('item:adam'));
});

test('the signature changes only when what is shown changes', () => {
  const a = treeSignature(buildDueTree(sampleResponse(), 7));
  assert.equal(treeSignature(buildDueTree(sampleResponse(), 7)), a);
  const changed = sampleResponse();
  changed.counts.new = 4;
  assert.notEqual(treeSignature(buildDueTree(changed, 7)), a);
});

test('a review goes through overdue items first, then today', () => {
  assert.deepEqual(reviewQueue(sampleResponse()).map(i => i.id), ['adam', 'sgd']);
  assert.equal(dueNow(sampleResponse().counts), 2);
});

test('a workspace without items is empty, one with only new items is not', () => {
  const r = sampleResponse();
  assert.equal(isEmpty(r), false);
  const none = { ...r, overdue: [], dueToday: [], upcoming: [], new: [], counts: { overdue: 0, today: 0, upcoming: 0, new: 0 } };
  assert.equal(isEmpty(none), true);
});
