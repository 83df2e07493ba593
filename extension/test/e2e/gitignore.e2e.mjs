// End-to-end: a git repository whose .gitignore does not ignore .prepcode/ (where PrepCode keeps its database). Once
// the server is up, PrepCode offers to add it; "Add to .gitignore" appends the rule and keeps what was there.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, testWithScreenshot, waitUntil } from './harness.mjs';

let ui;
const workspace = fs.mkdtempSync('/tmp/prepcode-e2e-git-');

before(async () => {
  fs.mkdirSync(path.join(workspace, '.git'));          // what the offer looks for (git itself is off in the editor)
  fs.writeFileSync(path.join(workspace, '.gitignore'), 'node_modules/');
  fs.mkdirSync(path.join(workspace, 'notes'));
  fs.writeFileSync(path.join(workspace, 'notes', 'a.md'), '# Caching {#caching}\n\nWhat does LRU evict?::The least recently used entry\n');
  ui = await launch({ workspace, ready: 'notes' });
});
after(async () => {
  await ui?.close();
  fs.rmSync(workspace, { recursive: true, force: true });
});

const test = testWithScreenshot(() => ui, 'gitignore-failure');

test('PrepCode offers to add .prepcode/ to .gitignore, and adding it keeps the file\'s rules', async () => {
  const offer = ui.toast('Add .prepcode/ to .gitignore');
  await offer.waitFor({ timeout: 60_000 });
  await ui.screenshot('gitignore-offer');
  await offer.locator('.monaco-button', { hasText: 'Add to .gitignore' }).click();
  const gitignore = () => fs.readFileSync(path.join(workspace, '.gitignore'), 'utf8');
  await waitUntil(() => gitignore().includes('.prepcode/'), '.prepcode/ in .gitignore on disk');
  assert.match(gitignore(), /^node_modules\/\n# .*\n\.prepcode\/\n$/);
  await ui.toast('added .prepcode/ to .gitignore').waitFor({ timeout: 15_000 });
  await ui.screenshot('gitignore-added');
});
