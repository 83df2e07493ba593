// End-to-end: FSRS per track group. Before start it adds two notes with curriculum tracks (ml-algorithms: ML,
// swe: SWE), seeds a review log for them in a database of its own (.prepcode/fsrs-e2e.db, through the real sidecar)
// and sets prepcode.scheduler = { ML: fsrs, SWE: sm2 }. The Due tree and code lenses of the ML group show predicted
// recall, stability and difficulty; the SWE group keeps SM-2; "PrepCode: Optimize Schedule" fits the ML group and the
// open note's lenses change without an edit. Settings, config, notes and database are restored or removed afterwards,
// so the other e2e files still run under SM-2 on the shared log.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, log, testWithScreenshot, waitUntil, WORKSPACE } from './harness.mjs';
import { seedThroughServer } from './serverSeed.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const DLL = path.join(REPO, 'dist', 'server', 'PrepCode.Server.dll');
const settingsFile = path.join(WORKSPACE, '.vscode', 'settings.json');
const configFile = path.join(WORKSPACE, '.prepcode', 'config.json');
const notesDir = path.join(WORKSPACE, 'notes', 'groups');
const database = '.prepcode/fsrs-e2e.db';
const ML_IDS = ['fsrs-ml-1', 'fsrs-ml-2', 'fsrs-ml-3', 'fsrs-ml-4'];
let originalSettings, originalConfig;
let ui;

const mlNote = `---
track: ml-algorithms
domain: ml
---

# FSRS group notes (ML)

## Bias and variance {#fsrs-ml-1}

Bias is error from wrong assumptions; variance from sensitivity to the sample.

## Regularisation {#fsrs-ml-2}

L2 shrinks weights; L1 zeroes some.

## Cross-validation {#fsrs-ml-3}

k folds, each held out once.

## Early stopping {#fsrs-ml-4}

Stop when validation loss rises.
`;

const sweNote = `---
track: swe
domain: systems
---

# FSRS group notes (SWE)

## Consistent hashing {#fsrs-swe-1}

Keys and nodes on one ring; a node leaving moves only its keys.
`;

/** 14 rounds of the ML topics from 2025-09-01, 4-10 days apart, Again 4 times in 10 (far more than FSRS's defaults
 * expect, so a fit moves the weights); then Adam and the SWE topic in March, and an Again for "Bias and variance". */
function reviewDays() {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const days = [];
  let t = Date.UTC(2025, 8, 1, 12);
  for (let round = 0; round < 14; round++) {
    days.push({ now: new Date(t).toISOString(), grades: ML_IDS.map(id => [id, next() < 0.4 ? 1 : 4]) });
    t += (4 + Math.floor(next() * 7)) * 86_400_000;
  }
  days.push({ now: '2026-03-01T12:00:00Z', grades: [['adam', 4], ['fsrs-swe-1', 4]] });
  days.push({ now: '2026-03-02T12:00:00Z', grades: [['fsrs-swe-1', 4]] });
  days.push({ now: '2026-03-05T12:00:00Z', grades: [['fsrs-ml-1', 1]] });
  return days;
}

function removeDatabase() {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(path.join(WORKSPACE, database + suffix), { force: true });
}

before(async () => {
  originalSettings = fs.readFileSync(settingsFile, 'utf8');
  originalConfig = fs.existsSync(configFile) ? fs.readFileSync(configFile, 'utf8') : undefined;
  fs.mkdirSync(notesDir, { recursive: true });
  fs.writeFileSync(path.join(notesDir, 'ml-group.md'), mlNote);
  fs.writeFileSync(path.join(notesDir, 'swe-group.md'), sweNote);
  fs.mkdirSync(path.dirname(configFile), { recursive: true });
  fs.writeFileSync(configFile, JSON.stringify({ ...JSON.parse(originalConfig ?? '{}'), activeGroup: 'ML' }, null, 2));
  removeDatabase();
  const t0 = Date.now();
  await seedThroughServer(DLL, WORKSPACE, { timeZone: 'UTC', databasePath: database }, reviewDays());
  log(`seeded ${database} in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  fs.writeFileSync(settingsFile, JSON.stringify({ ...JSON.parse(originalSettings),
    'prepcode.scheduler': { ML: 'fsrs', SWE: 'sm2' }, 'prepcode.databasePath': database }, null, 2));
  ui = await launch();
});
after(async () => {
  await ui?.close();
  if (originalSettings !== undefined) fs.writeFileSync(settingsFile, originalSettings);
  if (originalConfig !== undefined) fs.writeFileSync(configFile, originalConfig);
  else fs.rmSync(configFile, { force: true });
  fs.rmSync(notesDir, { recursive: true, force: true });
  removeDatabase();
});

/** A test that leaves a screenshot of the screen when it fails. */
const test = testWithScreenshot(() => ui, 'fsrs-failure');

const description = async label => (await ui.dueRow(label).locator('.label-description').innerText()).trim();
const lenses = () => ui.page.locator('.monaco-editor .codelens-decoration a');
const trackStatus = () => ui.page.locator('.statusbar-item', { hasText: /Track: (ML|SWE)/ }).first();
const fsrsRow = /^R \d+ % · S [\d.]+(d|h|min) · D [\d.]+ · /;

async function switchGroup(group) {
  await ui.palette('PrepCode: Switch Track Group');
  await ui.pick(group).waitFor();
  await ui.pick(group).click();
  await waitUntil(async () => new RegExp(`Track: ${group}`).test(await trackStatus().innerText()), `Track: ${group}`);
}

test('the ML group is scheduled by FSRS: the Due tree shows recall, stability and difficulty, not SM-2 interval and EF', async () => {
  await ui.page.locator('.activitybar .action-item a[aria-label^="PrepCode"]').click({ timeout: 30_000 });
  await ui.dueRow('Adam').waitFor({ timeout: 60_000 });
  await waitUntil(async () => fsrsRow.test(await description('Adam')), 'Adam with R, S and D', 60_000);
  const adam = await description('Adam');
  const bias = await description('Bias and variance');
  log('under FSRS:', { adam, bias });
  assert.match(adam, /^R \d+ % · S [\d.]+(d|h|min) · D [\d.]+ · 9d overdue · optimizers\.md$/);   // no track: follows ML
  assert.match(bias, /^R \d+ % · S [\d.]+(d|h|min) · D [\d.]+ · 5d overdue · ml-group\.md$/);
  assert.doesNotMatch(adam + bias, /EF/);
  assert.equal(await ui.dueRow('Consistent hashing').count(), 0, 'SWE items are not in the ML group');
  await ui.screenshot('fsrs-due-tree-ml');
});

test('code lenses of the ML group show R, stability and difficulty', async () => {
  await ui.quickOpen('optimizers.md');
  await lenses().filter({ hasText: /· R \d+ %/ }).first().waitFor({ timeout: 30_000 });
  const texts = (await lenses().allInnerTexts()).map(t => t.trim());
  log('code lenses under FSRS:', texts);
  assert.ok(texts.some(t => /^Overdue 9 days · 1 review · R \d+ % · stability [\d.]+ (d|h|min) · difficulty [\d.]+$/.test(t)), `an overdue lens with R: ${texts}`);
  assert.ok(!texts.some(t => / EF /.test(t)), `no EF under FSRS: ${texts}`);
  await ui.screenshot('fsrs-code-lenses');
});

test('the SWE group keeps SM-2, and a note without a track follows the active group', async () => {
  await switchGroup('SWE');
  await ui.dueRow('Consistent hashing').waitFor({ timeout: 30_000 });
  await waitUntil(async () => /EF/.test(await description('Adam')), 'Adam under SM-2', 30_000);
  const hashing = await description('Consistent hashing');
  const adam = await description('Adam');
  log('under SM-2 (SWE):', { hashing, adam });
  assert.equal(hashing, '6d · EF 2.50 · 2d overdue · swe-group.md');       // SM-2: 1 day, then 6
  assert.equal(adam, '1d · EF 2.50 · 8d overdue · optimizers.md');          // its SM-2 schedule, kept underneath FSRS
  assert.equal(await ui.dueRow('Bias and variance').count(), 0, 'ML items are not in the SWE group');
  await ui.quickOpen('swe-group.md');
  await lenses().filter({ hasText: /· EF / }).first().waitFor({ timeout: 30_000 });
  assert.deepEqual((await lenses().allInnerTexts()).map(t => t.trim()), ['Overdue 2 days · 2 reviews · EF 2.50']);
  await ui.screenshot('sm2-swe-group');

  await switchGroup('ML');
  await waitUntil(async () => fsrsRow.test(await description('Adam')), 'Adam back under FSRS', 30_000);
});

test('Optimize Schedule fits the ML group; the open note\'s lenses and the Due tree show the new recall without an edit', async () => {
  await ui.quickOpen('ml-group.md');
  const stability = lenses().filter({ hasText: /stability/ });
  await waitUntil(async () => (await stability.count()) === 4, 'four FSRS lenses', 30_000);
  const before = (await lenses().allInnerTexts()).map(t => t.trim());
  const treeBefore = await description('Bias and variance');
  log('before the fit:', before, treeBefore);
  await ui.screenshot('fsrs-lenses-before-optimize');

  // Focus the Due tree: VS Code fetches lenses again when the editor regains focus, and the palette gives focus back
  // to where it was, so only the server's workspace/codeLens/refresh can update the lenses below.
  await ui.dueRow('Today').click();
  const editorFocused = () => ui.page.evaluate(() => !!document.activeElement?.closest('.monaco-editor'));
  await waitUntil(async () => !(await editorFocused()), 'the editor to lose focus');
  await ui.palette('PrepCode: Optimize Schedule');
  const toast = ui.toast('PrepCode: FSRS (ML)');
  await toast.waitFor({ timeout: 120_000 });
  const text = await toast.innerText();
  log('optimize result:', text);
  assert.match(text, /FSRS \(ML\) fitted to 53 reviews: log loss \d\.\d{4} → \d\.\d{4}/);
  assert.equal(await editorFocused(), false, 'the editor never had focus back');

  const after = await waitUntil(async () => {
    const now = (await lenses().allInnerTexts()).map(t => t.trim());
    return now.length === 4 && now.join('|') !== before.join('|') && now;
  }, 'the lenses to show the fitted weights', 60_000);
  log('after the fit:', after);
  assert.ok(after.every(t => /· R \d+ % · stability [\d.]+ (d|h|min) · difficulty [\d.]+$/.test(t)), `${after}`);
  const treeAfter = await waitUntil(async () => { const d = await description('Bias and variance'); return d !== treeBefore && d; },
    'the Due tree to show the fitted weights', 30_000);
  log('Due tree after the fit:', treeAfter);
  assert.match(treeAfter, /^R \d+ % · S [\d.]+(d|h|min) · D [\d.]+ · 5d overdue · ml-group\.md$/);
  assert.equal(await editorFocused(), false, 'the editor never had focus back');
  await ui.screenshot('fsrs-lenses-after-optimize');
});
