// End-to-end: PrepCode in real VS Code (code-server) against the real sidecar, on the seeded fixture
// (see seed.txt: at 2026-03-10 Adam is overdue, SGD due today, Momentum upcoming, the rest new).
import { after, before, test as nodeTest } from 'node:test';
import assert from 'node:assert/strict';
import { descendantsMatching, launch, log, waitUntil } from './harness.mjs';

let ui;

before(async () => { ui = await launch(); });
after(async () => { await ui?.close(); });

/** A test that leaves a screenshot of the screen when it fails. */
const test = (name, fn) => nodeTest(name, async () => {
  try {
    await fn();
  } catch (error) {
    await ui?.screenshot('failure').catch(() => {});
    throw error;
  }
});

test('the Due view shows Overdue, Today, Upcoming and New with their counts and items', async () => {
  await ui.page.locator('.activitybar .action-item a[aria-label^="PrepCode"]').click({ timeout: 30_000 });
  await ui.dueRow('Overdue').waitFor({ timeout: 60_000 });
  await ui.dueRow('Adam').waitFor({ timeout: 30_000 });
  const labels = await ui.duePane.locator('.monaco-list-row .label-name').allInnerTexts();
  log('Due rows:', labels);
  assert.deepEqual(labels.filter(l => ['Overdue', 'Today', 'Upcoming', 'New'].includes(l)), ['Overdue', 'Today', 'Upcoming', 'New']);
  assert.equal(await ui.groupDescription('Overdue'), '1');
  assert.equal(await ui.groupDescription('Today'), '1');
  assert.equal(await ui.groupDescription('Upcoming'), '1 · next 7 days');
  assert.ok(Number((await ui.groupDescription('New')).split(' ')[0]) >= 3, 'several new items');
  const adam = (await ui.dueRow('Adam').locator('.label-description').innerText()).trim();
  log('Adam:', adam);
  assert.match(adam, /^1d · EF 2\.50 · 8d overdue · optimizers\.md$/);
  assert.ok(labels.includes('SGD'));
  await ui.dueRow('Upcoming').click();                       // expand the collapsed group
  await ui.dueRow('Momentum').waitFor();
  assert.match(await ui.dueRow('Momentum').locator('.label-description').innerText(), /6d · EF 2\.50 · Thu 12 Mar/);
  await ui.screenshot('due-tree');
});

test('the status bar shows what is due now', async () => {
  await ui.statusDue.waitFor();
  assert.match(await ui.statusDue.innerText(), /^\s*2 due\s*$/);
});

test('Review Due Items from the palette grades one item and the view and status bar follow', async () => {
  await ui.palette('PrepCode: Review Due Items');
  await ui.pick('Show Answer').waitFor({ timeout: 30_000 });
  assert.match(await ui.page.locator('.quick-input-widget .quick-input-title').innerText(), /1\/2/);
  await ui.screenshot('review-question');
  await ui.page.keyboard.press('Enter');
  await ui.pick('Good').waitFor();
  await ui.screenshot('review-answer');
  await ui.pick('Good').click();
  await ui.pick('Show Answer').waitFor();                    // the next item
  assert.match(await ui.page.locator('.quick-input-widget .quick-input-title').innerText(), /2\/2/);
  await ui.page.keyboard.press('Escape');
  await ui.toast('Reviewed 1 item').waitFor({ timeout: 15_000 });
  await waitUntil(async () => (await ui.groupDescription('Overdue')) === '0', 'Overdue to become 0');
  await waitUntil(async () => /^\s*1 due\s*$/.test(await ui.statusDue.innerText()), 'status bar "1 due"');
  await ui.screenshot('after-review');
});

test('code lenses appear over topics of a note', async () => {
  await ui.quickOpen('optimizers.md');
  const lens = ui.page.locator('.monaco-editor .codelens-decoration a');
  await lens.first().waitFor({ timeout: 30_000 });
  const texts = await lens.allInnerTexts();
  log('code lenses:', texts);
  assert.ok(texts.some(t => /^(New|Due|Overdue|Next|Review)/i.test(t.trim())), `a lens starts with New/Due: ${texts}`);
  await ui.screenshot('code-lenses');
  // the lens' prepcode.reviewItem runs the extension's own review flow (languageclient middleware)
  await lens.filter({ hasText: /^Due today/ }).first().click();
  await ui.pick('Show Answer').waitFor({ timeout: 15_000 });
  assert.match(await ui.page.locator('.quick-input-widget .quick-input-title').innerText(), /PrepCode Review/);
  await ui.screenshot('code-lens-review');
  await ui.page.keyboard.press('Escape');
  await ui.toast('no items reviewed').waitFor({ timeout: 15_000 });
});

test('malformed front matter is listed in the Problems panel', async () => {
  await ui.palette('Problems: Focus on Problems View');
  const row = ui.page.locator('.markers-panel .monaco-list-row', { hasText: 'broken.md' }).first();
  await row.waitFor({ timeout: 30_000 });
  const rows = await ui.page.locator('.markers-panel .monaco-list-row').allInnerTexts();
  log('problems:', rows);
  await ui.screenshot('problems');
});

test('a killed server is restarted and the Due view still works', async () => {
  const needle = 'PrepCode.Server.dll';
  const [pid] = descendantsMatching(ui.cs.pid, needle);
  assert.ok(pid, 'the server runs below code-server');
  process.kill(pid, 'SIGKILL');
  log('killed server', pid);
  const next = await waitUntil(() => descendantsMatching(ui.cs.pid, needle).find(p => p !== pid), 'a new server process');
  log('new server', next);
  await ui.palette('PrepCode: Reindex Workspace');
  await ui.toast('indexed').waitFor({ timeout: 30_000 });
  await ui.dueRow('Today').waitFor();
  await ui.dueRow('SGD').waitFor();
  for (const group of ['Overdue', 'Today', 'Upcoming', 'New']) assert.match(await ui.groupDescription(group), /^\d+/);
  if (!process.env.PREPCODE_SERVER_PATH) {                     // the real server kept the grade in its store
    assert.equal(await ui.groupDescription('Overdue'), '0');
    assert.equal(await ui.groupDescription('Today'), '1');
  }
  await ui.screenshot('after-restart');
});
