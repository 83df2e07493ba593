// End-to-end: prepcode.scheduler = "fsrs" in the workspace settings; the Due tree and code lenses show predicted
// recall ("R 87 %"), and "PrepCode: Optimize Schedule" fits FSRS to the seeded review log and says how it went.
// The workspace settings are restored afterwards, so the other e2e files still run under SM-2.
import { after, before, test as nodeTest } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { WORKSPACE, launch, log } from './harness.mjs';

const settingsFile = path.join(WORKSPACE, '.vscode', 'settings.json');
let original;
let ui;

before(async () => {
  original = fs.readFileSync(settingsFile, 'utf8');
  fs.writeFileSync(settingsFile, JSON.stringify({ ...JSON.parse(original), 'prepcode.scheduler': 'fsrs' }, null, 2));
  ui = await launch();
});
after(async () => {
  await ui?.close();
  if (original !== undefined) fs.writeFileSync(settingsFile, original);
});

const test = (name, fn) => nodeTest(name, async () => {
  try {
    await fn();
  } catch (error) {
    await ui?.screenshot('fsrs-failure').catch(() => {});
    throw error;
  }
});

test('under FSRS the Due tree shows predicted recall for reviewed items', async () => {
  await ui.page.locator('.activitybar .action-item a[aria-label^="PrepCode"]').click({ timeout: 30_000 });
  await ui.dueRow('Adam').waitFor({ timeout: 60_000 });
  const description = ui.dueRow('Adam').locator('.label-description');
  for (let i = 0; i < 100 && !/R \d+ %/.test(await description.innerText()); i++) await ui.page.waitForTimeout(200);
  const adam = (await description.innerText()).trim();
  log('Adam under FSRS:', adam);
  assert.match(adam, /^R \d+ % · .*9d overdue · optimizers\.md$/);
  await ui.screenshot('fsrs-due-tree');
});

test('code lenses append the predicted recall', async () => {
  await ui.quickOpen('optimizers.md');
  const lens = ui.page.locator('.monaco-editor .codelens-decoration a');
  await lens.filter({ hasText: /· R \d+ %/ }).first().waitFor({ timeout: 30_000 });
  const texts = await lens.allInnerTexts();
  log('code lenses under FSRS:', texts);
  assert.ok(texts.some(t => /^Overdue \d+ days? · 1 review · EF [\d.]+ · R \d+ %$/.test(t.trim())), `an overdue lens with R: ${texts}`);
  await ui.screenshot('fsrs-code-lenses');
});

test('Optimize Schedule from the palette fits FSRS to the review log and reports the result', async () => {
  await ui.palette('PrepCode: Optimize Schedule');
  const toast = ui.toast('PrepCode: FSRS');
  await toast.waitFor({ timeout: 60_000 });
  const text = await toast.innerText();
  log('optimize result:', text);
  assert.match(text, /log loss \d\.\d{4}/);
  await ui.screenshot('fsrs-optimized');
});
