// End-to-end: a workspace without notes. The Due view shows its welcome with "Open Bundled Curricula" and
// "Create First Note"; the first opens the curricula packaged in the vsix in a new window, the second writes
// notes/first-note.md, opens it, and its items appear under New.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, log, testWithScreenshot, waitUntil } from './harness.mjs';

let ui;
const workspace = fs.mkdtempSync('/tmp/prepcode-e2e-empty-');

before(async () => {
  fs.writeFileSync(path.join(workspace, 'todo.txt'), 'not a note\n');
  ui = await launch({ workspace, ready: 'todo.txt' });
});
after(async () => {
  await ui?.close();
  fs.rmSync(workspace, { recursive: true, force: true });
});

const test = testWithScreenshot(() => ui, 'welcome-failure');

const welcome = () => ui.duePane.locator('.welcome-view-content');
const button = label => welcome().locator('.monaco-button', { hasText: label });

test('a workspace without notes shows the welcome with its two buttons', async () => {
  await ui.page.locator('.activitybar .action-item a[aria-label^="PrepCode"]').click({ timeout: 30_000 });
  await welcome().getByText('No study notes with topics or cards in this workspace yet.').waitFor({ timeout: 60_000 });
  await button('Open Bundled Curricula').waitFor();
  await button('Create First Note').waitFor();
  await ui.screenshot('welcome');
});

test('"Open Bundled Curricula" opens the curricula folder that came with the extension in a new window', async () => {
  const [popup] = await Promise.all([ui.page.context().waitForEvent('page', { timeout: 15_000 }), button('Open Bundled Curricula').click()]);
  const url = decodeURIComponent(popup.url());
  log('new window:', url);
  assert.match(url, /folder=.*\/prepcode\.prepcode-[\d.]+\/curricula$/);
  await popup.close();
});

test('"Create First Note" writes an example note, opens it, and its items are listed as New', async () => {
  await button('Create First Note').click();
  await ui.page.locator('.tab.active', { hasText: 'first-note.md' }).waitFor({ timeout: 15_000 });
  assert.ok(fs.existsSync(path.join(workspace, 'notes', 'first-note.md')));
  await ui.dueRow('New').waitFor({ timeout: 30_000 });
  await waitUntil(async () => Number((await ui.groupDescription('New')).split(' ')[0]) >= 3, 'New lists the note\'s topics and cards');
  assert.ok(!(await welcome().isVisible()), 'the welcome is gone');
  await ui.screenshot('first-note');
});
