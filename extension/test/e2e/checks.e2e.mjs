// End-to-end: the daily loop in real VS Code against the real sidecar — start a knowledge check from the palette,
// answer, "Score answers", edit a score, "Commit scores", see the Due view / status bar and the plan file change,
// and undo the plan edit with Ctrl+Z; Insert Quiz Prompt; Uncommit (the Results Summary goes, the scores stay); a
// commit confirmed after the check was edited is refused (stale version) and writes nothing. Runs on its own copy of
// the seeded workspace (plus a plan note), so the other suites keep their schedule.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';

const seeded = process.env.WORKSPACE || '/tmp/prepcode-e2e/run/workspace';
const workspace = `${seeded}-checks`;
fs.rmSync(workspace, { recursive: true, force: true });
fs.cpSync(seeded, workspace, { recursive: true });
fs.writeFileSync(`${workspace}/plan.md`, [
  '---', 'prep-plan: true', '---', '# ML Study Plan', '', '**Last Updated**: 2026-03-01', '',
  '**Overall Interview Readiness**: [ ]%', '', '## Quick Stats', '',
  '| Domain | Topics Covered | Total Topics | Status |', '|--------|---------------|--------------|--------|',
  '| A. ml (50%) | 0 | 3 | 🔴 Not Started |', '', '## Day 1', '', '- [ ] Adam', '- [ ] SGD', '',
  '## Session History', '', '| Date | Topics Covered | Key Wins | Gaps Found |', '|------|----------------|----------|------------|',
  '| — | — | — | — |', ''].join('\n'));
process.env.WORKSPACE = workspace;
const { launch, log, testWithScreenshot, waitUntil } = await import('./harness.mjs');

let ui;
before(async () => { ui = await launch(); });
after(async () => { await ui?.close(); });

const test = testWithScreenshot(() => ui, 'checks-failure');

/** The visible lines of the active editor (Monaco renders spaces as U+00A0). */
const editorText = async () => (await ui.page.locator('.editor-group-container .monaco-editor .view-lines').first().innerText())
  .replace(/\u00a0/g, ' ');
const lens = text => ui.page.locator('.monaco-editor .codelens-decoration a', { hasText: text }).first();
/** The editor tab of exactly this file name ("2026-03-10.md" is not "coverage-ml-2026-03-10.md"). */
const tab = name => ui.page.locator('.tabs-container .tab',
  { has: ui.page.locator('.label-name', { hasText: new RegExp(`^${name.replace(/\./g, '\\.')}$`) }) }).first();
/** The rendered lines of the active editor in their on-screen order (the DOM keeps them in any order). */
const editorLines = async () => (await ui.page.locator('.editor-group-container .monaco-editor .view-lines').first()
  .evaluate(el => [...el.querySelectorAll('.view-line')].map(l => [parseFloat(l.style.top), l.textContent])))
  .sort((a, b) => a[0] - b[0]).map(([, text]) => text.replace(/\u00a0/g, ' ')).join('\n');

/** The cursor's line in the status bar ("Ln 96, Col 21"), 0 when not shown. */
async function cursorLine() {
  const text = await ui.page.locator('.statusbar-item', { hasText: /Ln \d+, Col \d+/ }).first().innerText().catch(() => '');
  return +(/Ln (\d+)/.exec(text)?.[1] ?? 0);
}

/** Moves the cursor to the first match of `text` with the find widget, then closes it. */
async function find(text) {
  await ui.page.keyboard.press('Control+F');
  const widget = ui.page.locator('.find-widget.visible');
  await widget.waitFor();
  await ui.page.keyboard.press('Control+A');
  await ui.page.keyboard.type(text);
  await waitUntil(async () => /of/.test(await widget.locator('.matchesCount').innerText()), `a match for "${text}"`);
  await closeFind();                                              // back in the editor with the match selected
}

/** Closes the find widget (a first Escape may only hide notification toasts). */
async function closeFind() {
  const widget = ui.page.locator('.find-widget.visible');
  for (let i = 0; i < 4 && await widget.isVisible(); i++) {
    await ui.page.keyboard.press('Escape');
    await widget.waitFor({ state: 'hidden', timeout: 1_000 }).catch(() => {});
  }
}

let dueBefore = '';
let planBefore = '';

test('"Mark complete" over a topic asks difficulty and a note, schedules it and logs the session in the plan', async () => {
  await ui.page.locator('.activitybar .action-item a[aria-label^="PrepCode"]').click({ timeout: 30_000 });
  await ui.statusDue.waitFor({ timeout: 60_000 });
  await ui.quickOpen('caching.md');
  await lens('Mark complete').waitFor({ timeout: 30_000 });
  await ui.screenshot('checks-mark-complete-lens');
  await lens('Mark complete').click();
  await ui.pick('2 · Fairly easy').waitFor({ timeout: 15_000 });
  await ui.screenshot('checks-mark-complete-difficulty');
  await ui.pick('2 · Fairly easy').click();
  await ui.page.locator('.quick-input-widget .quick-input-message', { hasText: 'A note for the session' }).waitFor({ timeout: 15_000 });
  await ui.input.fill('LRU vs LFU is clear now');
  await ui.page.keyboard.press('Enter');
  await ui.toast('Cache eviction completed').waitFor({ timeout: 30_000 });
  await waitUntil(async () => (await lens('Mark complete').count()) === 0, 'the Mark complete lens to go');
  await ui.screenshot('checks-marked-complete');
});

test('Start Knowledge Check from the palette opens the day\'s check file with the questions', async () => {
  dueBefore = (await ui.statusDue.innerText()).trim();
  log('status before:', dueBefore);
  await ui.quickOpen('plan.md');                                  // open, so its undo stack is the editor's
  await waitUntil(async () => (await editorText()).includes('Cache eviction'), 'the completion in the plan');
  planBefore = await editorText();
  await ui.palette('PrepCode: Start Knowledge Check');
  await ui.pick('10 questions').waitFor({ timeout: 15_000 });
  await ui.screenshot('checks-count');
  await ui.page.keyboard.press('Enter');
  await ui.pick('Everything').waitFor({ timeout: 15_000 });
  await ui.screenshot('checks-scope');
  await ui.page.keyboard.press('Enter');
  await ui.pick('Reviews only').waitFor();
  await ui.page.keyboard.press('Enter');                          // New and review
  await tab('2026-03-10.md').waitFor({ timeout: 30_000 });
  await waitUntil(async () => (await editorText()).includes('Knowledge check 2026-03-10 #1'), 'the check section');
  await lens('Score answers').waitFor({ timeout: 30_000 });
  await ui.screenshot('checks-started');
});

test('an answer typed into the check is scored in place by "Score answers", and a score can be edited', async () => {
  await ui.page.keyboard.type('β1 = 0.9 and β2 = 0.999');
  await ui.screenshot('checks-answered');
  await lens('Score answers').click();
  await waitUntil(async () => /Score: \d+ %/.test(await editorText()), 'score lines in the check');
  const text = await editorText();
  log('scored:', text.split('\n').filter(l => l.startsWith('Score:')));
  await ui.screenshot('checks-scored');

  // edit one score: find the first "Score: 0 %" and type over it
  await ui.page.keyboard.press('Control+Home');
  await find('Score: 0 %');
  await ui.page.keyboard.type('Score: 90 %');
  await waitUntil(async () => (await editorText()).includes('Score: 90 %'), 'the edited score');
  await ui.screenshot('checks-score-edited');
});

test('"Commit scores" grades once, writes the Results Summary and the Due view and status bar follow', async () => {
  await ui.page.keyboard.press('Control+Home');
  await lens('Commit scores').click();
  await ui.toast('Check 2026-03-10#1').waitFor({ timeout: 30_000 });
  await ui.screenshot('checks-committed');
  await lens('Uncommit').waitFor({ timeout: 15_000 });
  await waitUntil(async () => (await ui.statusDue.innerText()).trim() !== dueBefore, 'the status bar to change');
  log('status after:', (await ui.statusDue.innerText()).trim());
  await ui.page.keyboard.press('Control+End');
  await waitUntil(async () => (await editorText()).includes('Results Summary'), 'the Results Summary');
  await ui.screenshot('checks-summary');
  const readiness = ui.page.locator('.pane', { has: ui.page.locator('.pane-header', { hasText: 'Readiness' }) });
  await readiness.locator('.monaco-list-row', { hasText: 'Overall Interview Readiness' }).first().waitFor({ timeout: 30_000 });
  await ui.screenshot('checks-readiness-view');
});

test('History charts the committed check\'s score', async () => {
  await ui.palette('PrepCode: Show History');
  const frame = ui.page.frameLocator('iframe.webview').frameLocator('iframe');
  const chart = frame.locator('svg[aria-label="Knowledge-check scores over time"]');
  await chart.waitFor({ timeout: 15_000 });
  assert.equal(await chart.locator('circle.dot').count(), 1, 'one day with a check');
  assert.match(await chart.locator('circle.dot title').textContent(), /^2026-03-10: \d+(\.\d)?% \(\d+ answers\)$/);
  assert.match(await frame.locator('p.summary', { hasText: 'latest' }).innerText(), /latest \d+(\.\d)?% on 2026-03-10/);
  await ui.screenshot('checks-history-scores');
});

test('the plan file got a Session History row, and Ctrl+Z in the plan undoes the update', async () => {
  await tab('plan.md').click();
  await waitUntil(async () => (await editorText()).includes('What are Adam'), 'the check\'s topics in the Session History row');
  const plan = await editorText();
  log('plan after commit:\n' + plan);
  assert.doesNotMatch(plan, /\[ \]%/);                            // readiness filled in
  await ui.screenshot('checks-plan-updated');
  await ui.page.locator('.editor-group-container .monaco-editor .view-lines').first().click();
  await ui.page.keyboard.press('Control+Z');
  await waitUntil(async () => (await editorText()) === planBefore, 'the plan as it was before the commit');
  await ui.screenshot('checks-plan-undone');
});

test('Topic Coverage Check writes a Know / Unsure / Dunno table; "Read coverage check" offers to schedule the gaps', async () => {
  await ui.palette('PrepCode: Topic Coverage Check');
  await ui.pick('Domain: ml').waitFor({ timeout: 15_000 });
  await ui.pick('Domain: ml').click();
  await tab('coverage-ml-2026-03-10.md').waitFor({ timeout: 30_000 });
  await lens('Read coverage check').waitFor({ timeout: 30_000 });
  // mark every topic "Dunno": replace the empty answer cells
  await ui.page.keyboard.press('Control+H');
  const find = ui.page.locator('.find-widget.visible');
  await find.waitFor();
  await ui.page.keyboard.type('|  |  |  |');
  await find.locator('.replace-part textarea, .replace-part input').first().click();
  await ui.page.keyboard.type('|  |  | x |');
  await ui.page.keyboard.press('Control+Alt+Enter');
  await waitUntil(async () => (await editorText()).includes('| x |'), 'the marked table');
  await closeFind();
  await ui.screenshot('checks-coverage-marked');
  await lens('Read coverage check').click();
  const toast = ui.toast('Coverage baseline 0%');
  await toast.waitFor({ timeout: 30_000 });
  await ui.screenshot('checks-coverage-read');
  await toast.locator('.monaco-button', { hasText: 'Schedule gaps' }).click();
  await ui.toast('gap(s) for review').waitFor({ timeout: 30_000 });
  await ui.screenshot('checks-coverage-scheduled');
});

test('"PrepCode: Insert Quiz Prompt" inserts the questions of the topic under the cursor into the note', async () => {
  await ui.quickOpen('optimizers.md');
  await waitUntil(async () => (await editorText()).includes('## Adam {#adam}'), 'optimizers.md in the editor');
  await ui.page.keyboard.press('Control+G');                      // go to line 11: "Adam keeps running averages…"
  await ui.input.fill(':11');
  await ui.page.keyboard.press('Enter');
  await ui.palette('PrepCode: Insert Quiz Prompt');
  await ui.toast('Quiz inserted for adam').waitFor({ timeout: 30_000 });
  await waitUntil(async () => (await editorText()).includes('### Quiz'), 'the Quiz block in the note');
  const text = await editorLines();
  log('note with quiz:\n' + text);
  // The block sits at the end of Adam's section, before "## SGD", with Adam's card as its question.
  assert.match(text, /### Quiz\s+\*\*Q1\.\*\* What are Adam's default betas\?\s+\*\*Answer:\*\*[\s\S]*## SGD \{#sgd\}/);
  await ui.screenshot('checks-quiz-inserted');
});

test('"Uncommit" takes the Results Summary out of the check (answers and scores stay); committing again counts once', async () => {
  await tab('2026-03-10.md').click();
  await ui.page.keyboard.press('Control+Home');
  await lens('Uncommit').waitFor({ timeout: 15_000 });
  await ui.screenshot('checks-before-uncommit');
  await lens('Uncommit').click();
  const done = ui.toast('Uncommitted 2026-03-10#1');
  await done.waitFor({ timeout: 30_000 });
  log('uncommit said:', await done.innerText());
  assert.match(await done.innerText(), /Results Summary was removed[\s\S]*Session History row stay/);
  await lens('Commit scores').waitFor({ timeout: 15_000 });
  await ui.page.keyboard.press('Control+End');
  await waitUntil(async () => !(await editorText()).includes('Results Summary'), 'the Results Summary to go');
  const text = await editorText();
  assert.match(text, /Score: \d+ %/);                             // the score lines stay, to edit and commit again
  await ui.screenshot('checks-uncommitted');

  await ui.page.keyboard.press('Control+Home');
  await lens('Commit scores').click();
  await ui.toast('items graded').waitFor({ timeout: 30_000 });
  await lens('Uncommit').waitFor({ timeout: 15_000 });
  await ui.page.keyboard.press('Control+End');
  await waitUntil(async () => (await editorText()).includes('Results Summary'), 'the Results Summary back');
  assert.equal((await editorText()).match(/### Results Summary/g).length, 1);
  await ui.screenshot('checks-committed-again');
});

test('a commit confirmed after the check was edited is refused with a readable message and writes nothing', async () => {
  await ui.palette('PrepCode: Start Knowledge Check');
  await ui.pick('10 questions').waitFor({ timeout: 15_000 });
  await ui.page.keyboard.press('Enter');
  await ui.pick('Everything').waitFor({ timeout: 15_000 });
  await ui.page.keyboard.press('Enter');
  await ui.pick('Reviews only').waitFor();
  await ui.page.keyboard.press('Enter');
  await waitUntil(async () => (await editorText()).includes('Knowledge check 2026-03-10 #2'), 'the second check');
  await lens('Commit scores').waitFor({ timeout: 30_000 });       // the only uncommitted check: #2
  await ui.page.waitForFunction(() => document.activeElement?.closest('.monaco-editor'), null, { timeout: 15_000 });
  await ui.page.keyboard.type('momentum');                        // the first answer; the others stay empty
  await waitUntil(async () => (await editorText()).includes('momentum'), 'the first answer');
  await lens('Commit scores').click();
  const asked = ui.toast('have no answer and no score line');
  await asked.waitFor({ timeout: 30_000 });
  await ui.screenshot('checks-commit-asks');
  // While the question is open the user goes on typing in the check, then confirms the commit.
  await ui.page.keyboard.type(' and RMSprop');
  await waitUntil(async () => (await editorText()).includes('momentum and RMSprop'), 'the edit in the check');
  await asked.locator('.monaco-button', { hasText: 'Commit anyway' }).click();
  const refused = ui.toast('changed while PrepCode was computing its edit, so nothing was written');
  await refused.waitFor({ timeout: 30_000 });
  log('refusal:', await refused.innerText());
  await refused.locator('.action-label[aria-label^="Expand Notification"]').click();  // the whole message on screen
  await ui.screenshot('checks-commit-refused');
  assert.ok((await editorText()).includes('momentum and RMSprop'), 'the typed text is still there');
  await lens('Commit scores').waitFor({ timeout: 15_000 });       // still not committed
  await ui.page.keyboard.press('Control+1');                      // focus back from the notification to the editor
  await ui.page.keyboard.press('Control+End');
  await waitUntil(async () => (await cursorLine()) > 110, 'the end of check #2');  // its answers start at line 96
  assert.doesNotMatch(await editorText(), /Results Summary/);
  await ui.screenshot('checks-commit-refused-end');

  // Run again: asked again, confirmed at once, committed.
  await find('Knowledge check 2026-03-10 #2');
  await lens('Commit scores').click();
  const again = ui.toast('have no answer and no score line');
  await again.waitFor({ timeout: 30_000 });
  await again.locator('.monaco-button', { hasText: 'Commit anyway' }).click();
  await ui.toast('Check 2026-03-10#2').waitFor({ timeout: 30_000 });
  await ui.page.keyboard.press('Control+End');
  await waitUntil(async () => (await editorText()).includes('Results Summary'), 'the summary of #2');
  await ui.screenshot('checks-second-committed');
});
