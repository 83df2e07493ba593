// End-to-end: tracks in real VS Code. Before start it adds two small curricula (ML and SWE) to the fixture workspace
// with start dates in .prepcode/config.json (day 1 = 2026-03-10, PREPCODE_NOW of run.sh). It switches the track group
// from the status bar and the palette, completes today's topic from the Today view, moves "now" a day forward through
// the `prepcode.debug.now` setting, reviews the topic (its review plan shows), opens the History view, and completes
// a topic of a shipped track (copied into the workspace first).
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, log, testWithScreenshot, waitUntil, WORKSPACE } from './harness.mjs';

let ui;

function write(relative, text) {
  const file = path.join(WORKSPACE, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

function track(id, group, title) {
  let yaml = `id: ${id}\ntitle: ${title}\ngroup: ${group}\ndescription: An end-to-end test track.\ndays:\n`;
  for (const day of [1, 2]) {
    const topic = `${id}-d${day}`;
    yaml += `  - day: ${day}\n    title: ${title} day ${day}\n    topics:\n      - id: ${topic}\n        title: ${title} topic ${day}\n` +
      `        domain: Testing\n        notes: notes/${topic}.md\n        key_points:\n` +
      [1, 2, 3, 4].map(k => `          - Key point ${k} of ${topic}\n`).join('') + '        practice:\n' +
      [1, 2, 3, 4].map(q => `          - type: concept\n            question: Practice question ${q} of ${topic}?\n`).join('');
    write(`curricula/${id}/notes/${topic}.md`, `---\ntrack: ${id}\ndomain: Testing\n---\n\n# ${title} topic ${day} {#${topic}}\n\nNotes for day ${day}.\n`);
  }
  write(`curricula/${id}/curriculum.yaml`, yaml);
}

before(async () => {
  track('e2e-ml', 'ML', 'Tensors');
  track('e2e-swe', 'SWE', 'Graphs');
  write('.prepcode/config.json', JSON.stringify({ tracks: { 'e2e-ml': { startDate: '2026-03-10' }, 'e2e-swe': { startDate: '2026-03-09' } },
    activeGroup: 'ML', note: 'kept by PrepCode' }, null, 2));
  ui = await launch();
});
after(async () => { await ui?.close(); });

const test = testWithScreenshot(() => ui, 'tracks-failure');

const todayPane = () => ui.page.locator('.pane', { has: ui.page.locator('.pane-header', { hasText: /^Today/ }) });
const todayRow = label => todayPane().locator('.monaco-list-row', { has: ui.page.locator('.label-name', { hasText: label }) }).first();
const notePrompt = () => ui.page.locator('.quick-input-widget', { hasText: 'Add notes: key insights' });
const trackStatus = () => ui.page.locator('.statusbar-item', { hasText: /Track: (ML|SWE)/ }).first();

test('the Today view shows the ML tracks and the status bar the active group', async () => {
  await ui.page.locator('.activitybar .action-item a[aria-label^="PrepCode"]').click({ timeout: 30_000 });
  await todayRow('Tensors').waitFor({ timeout: 60_000 });
  await todayRow('Tensors topic 1').waitFor();
  assert.match(await todayRow('Tensors').locator('.label-description').innerText(), /Day 1\/2/);
  await trackStatus().waitFor();
  assert.match(await trackStatus().innerText(), /Track: ML/);
  assert.match(await todayPane().locator('.pane-header').innerText(), /Track: ML/, 'the sidebar names the group too');
  assert.equal(await todayRow('Graphs').count(), 0, 'SWE tracks are hidden in the ML group');
  await ui.screenshot('today-ml');
});

test('the status bar switches to SWE and the palette back to ML', async () => {
  await trackStatus().click();
  await ui.pick('SWE').waitFor({ timeout: 15_000 });
  await ui.pick('SWE').click();
  await waitUntil(async () => /Track: SWE/.test(await trackStatus().innerText()), 'Track: SWE');
  await waitUntil(async () => /Track: SWE/.test(await todayPane().locator('.pane-header').innerText()), 'sidebar Track: SWE');
  await todayRow('Graphs topic 2').waitFor({ timeout: 15_000 });     // started a day earlier: day 2
  assert.equal(await todayRow('Tensors').count(), 0);
  const config = JSON.parse(fs.readFileSync(path.join(WORKSPACE, '.prepcode/config.json'), 'utf8'));
  assert.equal(config.activeGroup, 'SWE');
  assert.equal(config.note, 'kept by PrepCode');
  await ui.screenshot('today-swe');

  await ui.palette('PrepCode: Switch Track Group');
  await ui.pick('ML').waitFor();
  await ui.pick('ML').click();
  await waitUntil(async () => /Track: ML/.test(await trackStatus().innerText()), 'Track: ML');
  await todayRow('Tensors topic 1').waitFor({ timeout: 15_000 });
});

test("today's topic is marked complete from the Today view with a difficulty", async () => {
  const row = todayRow('Tensors topic 1');
  await ui.rowAction(row, 'Mark Topic Complete', ui.pick('3 · Medium'));
  await ui.screenshot('mark-complete-difficulty');
  await ui.pick('3 · Medium').click();
  await notePrompt().waitFor({ timeout: 10_000 });                    // seed 001: difficulty, then notes
  await ui.input.fill('Broadcasting rules still shaky');
  await ui.screenshot('mark-complete-note');
  await ui.page.keyboard.press('Enter');
  await ui.toast('completed; first review 2026-03-11').waitFor({ timeout: 15_000 });
  await waitUntil(async () => /completed/.test(await todayRow('Tensors topic 1').locator('.label-description').innerText()), 'completed row');
  await ui.screenshot('topic-completed');
});

test('a day later the topic is due, its review shows a quick refresh, and History opens', async () => {
  write('.vscode/settings.json', JSON.stringify({ 'prepcode.debug.now': '2026-03-11T12:00:00Z' }, null, 2));
  await todayRow('Tensors topic 2').waitFor({ timeout: 30_000 });      // the next day's topic
  await ui.dueRow('Tensors topic 1').waitFor({ timeout: 30_000 });
  const labels = await ui.duePane.locator('.monaco-list-row .label-name').allInnerTexts();
  log('Due rows:', labels);
  assert.ok(labels.indexOf('Today') < labels.indexOf('Tensors topic 1'), 'the topic is under Today');
  await ui.screenshot('due-next-day');

  const row = ui.dueRow('Tensors topic 1');
  await ui.rowAction(row, 'Review', ui.pick('Quick refresh · 1-day review'));
  await ui.screenshot('review-plan');
  await ui.page.keyboard.press('Escape');

  await ui.rowAction(todayPane().locator('.pane-header'), 'Show History', ui.page.locator('.tab', { hasText: 'PrepCode History' }));
  const frame = ui.page.frameLocator('iframe.webview').frameLocator('iframe');
  await frame.locator('h1', { hasText: 'History · ML tracks' }).waitFor({ timeout: 15_000 });
  assert.ok(await frame.locator('rect.bar').count() === 30, 'thirty forecast bars');
  await ui.screenshot('history');
});

test("a shipped track's topic is copied into the workspace, indexed and then completed in one go", async () => {
  // ML Algorithms ships with the extension and has no start date here: its day 1 topic is listed, but its notes are
  // not in the workspace, so completing it first offers to copy the track.
  await ui.page.keyboard.press('Escape');
  const row = todayRow('Neural network fundamentals');
  await row.waitFor({ timeout: 15_000 });
  const offer = ui.toast('cannot be scheduled yet');
  await ui.rowAction(row, 'Mark Topic Complete', offer);
  await ui.screenshot('shipped-copy-offer');
  await offer.locator('.monaco-button', { hasText: 'Copy Track to Workspace' }).click();
  await ui.pick('3 · Medium').waitFor({ timeout: 40_000 });             // indexed: the same command goes on
  assert.ok(fs.existsSync(path.join(WORKSPACE, 'curricula/ml-algorithms/notes/day-01-neural-network-fundamentals.md')));
  await ui.pick('3 · Medium').click();
  await notePrompt().waitFor({ timeout: 10_000 });
  await ui.page.keyboard.press('Enter');                              // no note
  await ui.toast('"Neural network fundamentals" completed; first review 2026-03-12').waitFor({ timeout: 15_000 });
  await waitUntil(async () => /completed/.test(await todayRow('Neural network fundamentals').locator('.label-description').innerText()),
    'completed shipped topic');
  await ui.screenshot('shipped-topic-completed');
});
