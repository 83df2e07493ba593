import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accelerationProblem, difficultyChoices, startDateProblem, statusBarText, todayViewDescription, trackDescription } from '../../src/features/tracks/trackChoices';
import { childNodes, describe, rootNodes } from '../../src/features/tracks/todayTreeModel';
import { planLines } from '../../src/features/review/reviewPlan';
import { barChartSvg, heatmapSvg, historyBody, level, lineChartSvg } from '../../src/features/history/historyCharts';
import type { TodayResponse, TrackToday } from '../../src/sidecar/protocol.tracks';

const track = (over: Partial<TrackToday> = {}): TrackToday => ({
  id: 'ml-algorithms', title: 'ML Algorithms', group: 'ML', startDate: '2026-11-20', accelerationDays: 0, dayNumber: 3, days: 14,
  status: 'inProgress', message: 'Day 3 of 14: CNNs',
  topics: [{ id: 'mla-cnn', title: 'CNNs', domain: 'Deep Learning', keyPoints: ['Weight sharing'], isStudyItem: true, completed: false,
    practice: [{ type: 'concept', question: 'Why pooling?' }, { type: 'scenario', question: 'Design an image classifier' }] }],
  ...over,
});

test('the difficulty choices say the grade the server gives (TopicCompletion.QualityFor: 5, 4, 4, 3, 3)', () => {
  assert.deepEqual(difficultyChoices.map(c => c.difficulty), [1, 2, 3, 4, 5]);
  assert.deepEqual(difficultyChoices.map(c => Number(/grade (\d)/.exec(c.description)?.[1])), [5, 4, 4, 3, 3]);
});

test('start dates must be real yyyy-MM-dd dates and acceleration a whole number of days', () => {
  assert.equal(startDateProblem('2026-11-20'), undefined);
  assert.match(startDateProblem('20.11.2026')!, /yyyy-MM-dd/);
  assert.match(startDateProblem('2026-02-30')!, /not a date/);
  assert.equal(accelerationProblem('5'), undefined);
  assert.ok(accelerationProblem('-1'));
  assert.ok(accelerationProblem('two'));
});

test('the Today view shows each track with its day, its topics, and their practice questions', () => {
  const today: TodayResponse = { today: '2026-11-22', activeGroup: 'ML', groups: ['ML', 'SWE'], tracks: [track()], curriculumErrors: 0 };
  const [row] = rootNodes(today);
  assert.deepEqual(describe(row), { label: 'ML Algorithms', description: 'Day 3/14', tooltip: 'Day 3 of 14: CNNs' });
  const [topic] = childNodes(row);
  assert.equal(describe(topic).label, 'CNNs');
  assert.deepEqual(childNodes(topic).map(n => describe(n).label), ['Why pooling?', 'Design an image classifier']);
});

test('the status bar and the Today view both name the active group as "Track: ML"', () => {
  const today: TodayResponse = { today: '2026-11-22', activeGroup: 'ML', groups: ['ML', 'SWE'], tracks: [], curriculumErrors: 0 };
  assert.equal(statusBarText(today), '$(mortar-board) Track: ML');
  assert.equal(todayViewDescription(today), 'Track: ML · 2026-11-22');
});

test('a finished track says to focus on reviews instead of listing topics', () => {
  const done = track({ status: 'finished', dayNumber: 15, topics: [], message: 'No topic for day 15: focus on reviews' });
  assert.equal(trackDescription(done), 'Day 15: reviews only');
  const today: TodayResponse = { today: '2026-11-22', activeGroup: 'ML', groups: ['ML'], tracks: [done], curriculumErrors: 0 };
  assert.deepEqual(childNodes(rootNodes(today)[0]).map(n => describe(n).label), ['No topic for day 15: focus on reviews']);
});

test('a review plan is shown with its type, questions and the key points to recall', () => {
  const { heading, lines } = planLines({ id: 'mla-cnn', type: 'fullRecall', intervalDays: 7,
    questions: [{ type: 'concept', question: 'Why pooling?' }], keyPoints: ['Weight sharing'] });
  assert.equal(heading, 'Full recall · 7-day review');
  assert.deepEqual(lines, ['$(question) Why pooling?', '$(circle-small-filled) Recall: Weight sharing']);
});

test('the history charts draw one square a day, one dot a check day and one bar a forecast day', () => {
  // completions shade the squares (issue 5: "completions per day as a calendar heatmap"); reviews only add to the tooltip
  const heat = heatmapSvg('2026-11-22', [{ date: '2026-11-21', count: 2 }], [{ date: '2026-11-21', count: 4 }, { date: '2026-11-22', count: 1 }]);
  assert.match(heat, /class="heat l4"[^>]*data-date="2026-11-21"><title>2026-11-21: 2 completed, 4 reviewed<\/title>/);
  assert.match(heat, /class="heat l0"[^>]*data-date="2026-11-22"><title>2026-11-22: 0 completed, 1 reviewed<\/title>/);
  assert.match(heat, /aria-label="Completions per day, last 13 weeks"/);
  assert.ok(!heat.includes('2026-11-23'));
  assert.equal(level(4, 4), 4);
  assert.equal(level(1, 4), 1);
  assert.equal(level(0, 4), 0);
  const line = lineChartSvg([{ date: '2026-11-20', meanPercent: 50, answers: 2 }, { date: '2026-11-21', meanPercent: 100, answers: 1 }]);
  assert.equal((line.match(/<circle/g) ?? []).length, 2);
  assert.match(lineChartSvg([]), /No knowledge checks yet/);
  const bars = barChartSvg([{ date: '2026-11-22', count: 3 }, { date: '2026-11-23', count: 0 }]);
  assert.equal((bars.match(/<rect class="bar/g) ?? []).length, 2);
  assert.match(bars, /class="bar today"[^>]*data-count="3"/);
  const body = historyBody({ today: '2026-11-22', activeGroup: 'SWE', completions: [{ date: '2026-11-22', count: 1 }],
    reviews: [{ date: '2026-11-22', count: 3 }], checkScores: [], forecast: [] });
  assert.match(body, /History · SWE tracks/);
  assert.match(body, /<h2>Completions per day<\/h2><p class="summary">1 completed · 3 reviews in the last 13 weeks<\/p>/);
  assert.ok(!/https?:/.test(body.replace(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, '')), 'nothing loaded from the network');
});

test('the tracks setting keeps only usable fields of each track', async () => {
  const { trackOverrides } = await import('../../src/infrastructure/settingsMapping');
  assert.deepEqual(trackOverrides({ 'ml-algorithms': { startDate: '2026-11-20', accelerationDays: 2 }, swe: { startDate: 'soon', active: false }, bad: 3 }),
    { 'ml-algorithms': { startDate: '2026-11-20', accelerationDays: 2 }, swe: { active: false } });
  assert.equal(trackOverrides([]), undefined);
  assert.deepEqual(trackOverrides({ recommendations: { start_date: '2026-11-21', acceleration_days: 5 }, swe: { accelerationDays: 1, acceleration_days: 4 } }),
    { recommendations: { startDate: '2026-11-21', accelerationDays: 5 }, swe: { accelerationDays: 1 } });
});
