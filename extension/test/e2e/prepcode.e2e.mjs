// End-to-end: PrepCode in real VS Code (code-server) against the real sidecar, on the seeded fixture
// (see seed.txt: at 2026-03-10 Adam is overdue, SGD due today, Momentum upcoming, the rest new).
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { descendantsMatching, EXT_DIR, launch, log, testWithScreenshot, waitUntil, WORKSPACE } from './harness.mjs';

const version = JSON.parse(fs.readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')).version;
const serverDll = 'PrepCode.Server.dll';
const serverPid = () => descendantsMatching(ui.cs.pid, serverDll)[0];
const packagedDll = path.join(EXT_DIR, `prepcode.prepcode-${version}`, 'dist', 'server', serverDll);
/** The assembly a running server was started with (`dotnet <dll>`); undefined when none runs. */
function serverAssembly() {
  const pid = serverPid();
  try { return pid ? fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[1] : undefined; } catch { return undefined; }
}
const settingsFile = path.join(WORKSPACE, '.vscode', 'settings.json');
/** Runs `fn` with these workspace settings added, then puts the file back. */
async function withSettings(extra, fn) {
  const original = fs.readFileSync(settingsFile, 'utf8');
  try {
    fs.writeFileSync(settingsFile, JSON.stringify({ ...JSON.parse(original), ...extra }, null, 2));
    await fn();
  } finally {
    fs.writeFileSync(settingsFile, original);
  }
}
const title = () => ui.page.locator('.quick-input-widget .quick-input-title').innerText();
/** Labels of the Due view's rows, top to bottom. */
const dueLabels = () => ui.duePane.locator('.monaco-list-row .label-name').allInnerTexts();

let ui;

before(async () => { ui = await launch(); });
after(async () => { await ui?.close(); });

/** A test that leaves a screenshot of the screen when it fails. */
const test = testWithScreenshot(() => ui, 'failure');

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

test('the server is the sidecar packaged in prepcode-<version>.vsix, installed into VS Code', async () => {
  if (process.env.VSIX) assert.equal(path.basename(process.env.VSIX), `prepcode-${version}.vsix`);
  assert.ok(fs.existsSync(packagedDll), `${packagedDll} came with the vsix`);
  const assembly = serverAssembly();
  log('server assembly:', assembly);
  assert.ok(assembly, 'the server runs below code-server');
  if (!process.env.PREPCODE_SERVER_PATH) assert.equal(assembly, packagedDll);
});

test('clicking an item opens its note at the item; the inline Open action does too', async () => {
  await ui.dueRow('SGD').click();
  await ui.page.locator('.tab.active', { hasText: 'optimizers.md' }).waitFor({ timeout: 15_000 });
  await waitUntil(async () => /^Ln 20, Col 1/.test(await ui.cursor.innerText()), 'the cursor on "## SGD" (line 20)');
  await ui.screenshot('item-opened');
  await ui.rowAction(ui.dueRow('Adam'), 'Open', ui.cursor.filter({ hasText: /^Ln 9, Col 1/ }));   // "## Adam"
  await ui.palette('View: Close All Editors');                // the next tests open their own
});

test('the status bar shows what is due now', async () => {
  await ui.statusDue.waitFor();
  assert.match(await ui.statusDue.innerText(), /^\s*2 due\s*$/);
});

test('Review Due Items from the palette grades one item with the keyboard; the view keeps what was expanded', async () => {
  await ui.palette('PrepCode: Review Due Items');
  await ui.pick('Show Answer').waitFor({ timeout: 30_000 });
  assert.match(await title(), /1\/2/);
  await ui.screenshot('review-question');
  await ui.page.keyboard.press('Enter');                      // Show Answer
  await ui.pick('Good').waitFor();
  for (const grade of ['Again', 'Hard', 'Good', 'Easy', '0', '5']) assert.ok(await ui.pick(grade).isVisible(), grade);
  await ui.screenshot('review-answer');
  await ui.page.keyboard.type('4');                           // an SM-2 grade typed as a digit
  await waitUntil(async () => /2\/2/.test(await title()), 'the next item (2/2)');
  await ui.pick('Show Answer').waitFor();
  await ui.page.keyboard.press('Escape');                     // ends the review
  const summary = ui.toast('Reviewed 1 item');
  await summary.waitFor({ timeout: 15_000 });
  assert.match(await summary.innerText(), /Reviewed 1 item · again 0 · \d+s\. 1 still due\./);
  await waitUntil(async () => (await ui.groupDescription('Overdue')) === '0', 'Overdue to become 0');
  await waitUntil(async () => /^\s*1 due\s*$/.test(await ui.statusDue.innerText()), 'status bar "1 due"');
  // Upcoming was expanded by hand in the first test: the refresh after prepcode/dueChanged kept it open
  await ui.dueRow('Momentum').waitFor();
  const labels = await dueLabels();
  log('Due rows:', labels);
  assert.deepEqual(labels.slice(labels.indexOf('Upcoming') + 1, labels.indexOf('New')).sort(), ['Adam', 'Momentum']);
  await ui.screenshot('after-review');
});

test('Undo Last Grade puts the item back; the status bar starts a review, Enter on the default Good grades it again', async () => {
  await ui.palette('PrepCode: Undo Last Grade');
  await ui.toast('undid the last grade of "Adam"').waitFor({ timeout: 15_000 });
  await waitUntil(async () => (await ui.groupDescription('Overdue')) === '1', 'Overdue back to 1');
  await waitUntil(async () => /^\s*2 due\s*$/.test(await ui.statusDue.innerText()), 'status bar "2 due"');
  await ui.screenshot('after-undo');
  await ui.statusDue.click();                                 // "$(book) 2 due" starts a review
  await ui.pick('Show Answer').waitFor({ timeout: 30_000 });
  assert.match(await title(), /1\/2/);
  await ui.page.keyboard.press('Enter');
  await ui.pick('Good').waitFor();
  await ui.page.keyboard.press('Enter');                      // Good is the active choice
  await waitUntil(async () => /2\/2/.test(await title()), 'the next item (2/2)');
  await ui.page.keyboard.press('Escape');
  await waitUntil(async () => (await ui.groupDescription('Overdue')) === '0', 'Overdue 0 again');
  await waitUntil(async () => /^\s*1 due\s*$/.test(await ui.statusDue.innerText()), 'status bar "1 due" again');
});

test('settings take effect without a reload: upcoming days and the status bar switch', async () => {
  await withSettings({ 'prepcode.upcomingDays': 1, 'prepcode.statusBar.enabled': false }, async () => {
    await waitUntil(async () => (await ui.groupDescription('Upcoming')) === '0 · next 1 day', 'Upcoming "0 · next 1 day"');
    await ui.statusDue.waitFor({ state: 'hidden', timeout: 15_000 });
    await ui.screenshot('settings-changed');
  });
  await waitUntil(async () => (await ui.groupDescription('Upcoming')) === '2 · next 7 days', 'Upcoming "2 · next 7 days"');
  await ui.statusDue.waitFor({ timeout: 15_000 });
  assert.match(await ui.statusDue.innerText(), /^\s*1 due\s*$/);
});

test('prepcode.server.path starts another server without a reload; a wrong one is reported and the view says so', async () => {
  const built = fileURLToPath(new URL(`../../../dist/server/${serverDll}`, import.meta.url));   // npm run build:server
  await withSettings({ 'prepcode.server.path': path.dirname(built) }, async () => {   // a folder: its PrepCode.Server.dll
    await waitUntil(() => serverAssembly() === built, `a server started from ${built}`);
    await ui.statusDue.waitFor({ timeout: 30_000 });
  });
  await waitUntil(() => serverAssembly() === packagedDll, 'the packaged server again');
  await ui.statusDue.waitFor({ timeout: 30_000 });
  await withSettings({ 'prepcode.server.path': '/nonexistent/PrepCode.Server.dll' }, async () => {
    await ui.toast('PrepCode server not found at /nonexistent/PrepCode.Server.dll').waitFor({ timeout: 15_000 });
    await ui.duePane.getByText('The PrepCode server is not running').waitFor({ timeout: 15_000 });
    assert.equal(serverPid(), undefined, 'no server runs');
    await ui.screenshot('server-path-wrong');
  });
  await waitUntil(() => serverAssembly() === packagedDll, 'the packaged server after the setting is removed');
  await ui.dueRow('SGD').waitFor({ timeout: 30_000 });
  assert.match(await ui.statusDue.innerText(), /^\s*1 due\s*$/);
});

test('code lenses appear over topics of a note', async () => {
  await ui.quickOpen('optimizers.md');
  const lens = ui.page.locator('.monaco-editor .codelens-decoration a');
  await lens.first().waitFor({ timeout: 30_000 });
  const texts = await lens.allInnerTexts();
  log('code lenses:', texts);
  assert.ok(texts.includes('Due today · 1 review · EF 2.50'), `the lens over SGD: ${texts}`);
  assert.ok(texts.includes('Next review Thu 12 Mar · 2 reviews · EF 2.50'), `the lens over Momentum: ${texts}`);
  assert.ok(texts.includes('New · not learned yet'), `a lens over a new card: ${texts}`);
  // the lens sits right above the topic's heading line
  const lensBox = await ui.page.locator('.codelens-decoration', { hasText: 'Due today · 1 review · EF 2.50' }).boundingBox();
  const headingBox = await ui.page.locator('.monaco-editor .view-line', { hasText: /SGD\s\{#sgd\}/ }).boundingBox();
  log('lens', lensBox, 'heading', headingBox);
  assert.ok(lensBox && headingBox && lensBox.y < headingBox.y && headingBox.y - lensBox.y < 2 * headingBox.height + 4,
    'the "Due today" lens is over "## SGD"');
  await ui.screenshot('code-lenses');
  // the lens' prepcode.reviewItem runs the extension's own review flow (languageclient middleware)
  await lens.filter({ hasText: /^Due today/ }).first().click();
  await ui.pick('Show Answer').waitFor({ timeout: 15_000 });
  assert.match(await title(), /PrepCode Review/);
  await ui.screenshot('code-lens-review');
  await ui.page.keyboard.press('Escape');
  await ui.toast('no items reviewed').waitFor({ timeout: 15_000 });
});

test('malformed front matter and a broken card are listed in the Problems panel', async () => {
  await ui.palette('Problems: Focus on Problems View');
  const row = ui.page.locator('.markers-panel .monaco-list-row', { hasText: 'broken.md' }).first();
  await row.waitFor({ timeout: 30_000 });
  const rows = await ui.page.locator('.markers-panel .monaco-list-row').allInnerTexts();
  log('problems:', rows);
  assert.ok(rows.some(r => /^Front matter line 2: the YAML is malformed/.test(r) && /PrepCode/.test(r)), 'the front-matter problem of broken.md');
  assert.ok(rows.some(r => /^Line 10: this card has no answer after "::"/.test(r) && /PrepCode/.test(r)), 'the broken card of broken.md');
  await ui.screenshot('problems');
});

test('Show Output shows the PrepCode log, where the server\'s stderr goes', async () => {
  await ui.palette('PrepCode: Show Output');
  const shownChannels = () => ui.page.locator('.part.panel select.monaco-select-box').evaluateAll(
    selects => selects.map(s => s.options[s.selectedIndex]?.text));
  await waitUntil(async () => (await shownChannels()).includes('PrepCode'), 'the Output panel showing the PrepCode channel', 15_000);
  const pid = serverPid();
  await waitUntil(() => new RegExp(`\\[info\\] PrepCode server \\S+ starting \\(pid ${pid}\\)`).test(ui.prepcodeLog()), 'the server\'s stderr line in PrepCode.log');
  // logged at the server's level, without the server's own time stamp beside the channel's
  assert.doesNotMatch(ui.prepcodeLog(), /\] \d\d:\d\d:\d\d\.\d{3} \[(info|warn|error)\]/);
  await ui.screenshot('output');
});

test('a killed server is restarted and the Due view still works', async () => {
  const needle = serverDll;
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

test('after 3 automatic restarts in 3 minutes a crash leaves it stopped, with a Restart button that works', async () => {
  const gaveUp = ui.toast('will not be restarted automatically');
  for (let kills = 1; ; kills++) {
    assert.ok(kills <= 4, 'at most 3 automatic restarts within 3 minutes (the previous test\'s crash counts too)');
    await ui.statusDue.waitFor({ timeout: 30_000 });                 // the previous server answers
    const pid = serverPid();
    process.kill(pid, 'SIGKILL');
    log('killed server', pid);
    await ui.statusDue.waitFor({ state: 'hidden', timeout: 15_000 });
    const outcome = await waitUntil(async () => (await gaveUp.isVisible()) ? 'gave up'
      : descendantsMatching(ui.cs.pid, serverDll).some(p => p !== pid) ? 'restarted' : undefined, 'a restart or the message');
    log(outcome);
    if (outcome === 'gave up') break;
  }
  const logText = ui.prepcodeLog();
  assert.match(logText, /restarting \(3 of 3 in 3 minutes\)/);
  assert.doesNotMatch(logText, /restarting \(4 of/);
  assert.match(logText, /stopped 4 times in 3 minutes and will not be restarted automatically/);
  assert.equal(serverPid(), undefined, 'no server runs');
  await ui.duePane.getByText('The PrepCode server is not running').waitFor({ timeout: 15_000 });
  for (const view of ['Today', 'Readiness']) {   // no stale contents in the other views either
    const pane = ui.page.locator('.pane', { has: ui.page.locator('.pane-header', { hasText: view }) });
    await pane.getByText('The PrepCode server is not running').waitFor({ timeout: 15_000 });
  }
  await ui.screenshot('server-gave-up');
  // each start indexes the workspace first, with a progress notification that counts the notes
  const indexing = ui.page.locator('.notification-toast', { hasText: /PrepCode: indexing notes[\s\S]*\b4 of 4 notes/ }).first()
    .waitFor({ timeout: 30_000 });
  await gaveUp.locator('.monaco-button', { hasText: /^Restart$/ }).click();
  await waitUntil(() => serverPid(), 'a server started by the Restart button');
  await indexing;
  await ui.statusDue.waitFor({ timeout: 30_000 });
  await ui.dueRow('SGD').waitFor({ timeout: 30_000 });
  assert.match(await ui.statusDue.innerText(), /^\s*1 due\s*$/);
  await ui.screenshot('restarted-by-button');
});
