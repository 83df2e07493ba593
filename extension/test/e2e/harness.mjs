// Starts code-server (real VS Code 1.100.3) with the installed PrepCode vsix on a fixture workspace and
// drives Debian's Chromium through playwright-core. Adapted from the team's shared/e2e/e2e.mjs.
// Env: E2E_CACHE (install), EXT_DIR, WORKSPACE, OUT (screenshots, logs), PORT, CHROMIUM.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test as nodeTest } from 'node:test';

const E = process.env;
export const CACHE = E.E2E_CACHE || '/tmp/prepcode-e2e';
export const CS_ENTRY = E.CS_ENTRY || `${CACHE}/cs/node_modules/code-server/out/node/entry.js`;
export const WORKSPACE = E.WORKSPACE || `${CACHE}/run/workspace`;
export const EXT_DIR = E.EXT_DIR || `${CACHE}/run/ext`;
export const OUT = path.resolve(E.OUT || 'test-results/e2e');
const PORT = +(E.PORT || 8765), CHROMIUM = E.CHROMIUM || '/usr/bin/chromium';
const { chromium } = await import(`${CACHE}/node_modules/playwright-core/index.mjs`);

const t0 = Date.now();
export const log = (...a) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);

/**
 * Everything a test needs: the page, locator helpers, the code-server process, the window's log folder.
 * `workspace` (default WORKSPACE) is the folder opened; the workbench is ready when the Explorer lists `ready`.
 */
export async function launch({ workspace = WORKSPACE, ready = 'notes' } = {}) {
  const run = fs.mkdtempSync('/tmp/prepcode-e2e-run-');
  const env = { ...E };
  for (const d of ['CONFIG', 'DATA', 'CACHE']) env[`XDG_${d}_HOME`] = `${run}/xdg-${d.toLowerCase()}`;
  fs.mkdirSync(`${run}/data/User`, { recursive: true });
  fs.writeFileSync(`${run}/data/User/settings.json`, JSON.stringify({
    'workbench.startupEditor': 'none', 'workbench.tips.enabled': false, 'telemetry.telemetryLevel': 'off',
    'update.mode': 'none', 'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false,
    'workbench.enableExperiments': false, 'security.workspace.trust.enabled': false, 'git.enabled': false,
    'chat.disableAIFeatures': true, 'workbench.secondarySideBar.defaultVisibility': 'hidden' }));
  fs.mkdirSync(OUT, { recursive: true });
  const cs = spawn(process.execPath, [CS_ENTRY, '--config', '/dev/null', '--auth', 'none',
    '--bind-addr', `127.0.0.1:${PORT}`, '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override',
    '--extensions-dir', EXT_DIR, '--user-data-dir', `${run}/data`, workspace],
  { env, stdio: ['ignore', fs.openSync(`${OUT}/code-server.log`, 'w'), fs.openSync(`${OUT}/code-server.err.log`, 'w')] });
  for (let i = 0; !(await fetch(`http://127.0.0.1:${PORT}/healthz`).then(r => r.ok, () => false)); i++) {
    if (i > 300 || cs.exitCode !== null) throw new Error('code-server did not start; see code-server.log');
    await new Promise(r => setTimeout(r, 100));
  }
  log('code-server HTTP up');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  await page.goto(`http://127.0.0.1:${PORT}/?folder=${encodeURIComponent(workspace)}`);
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: ready }).first().waitFor({ timeout: 60_000 });
  log('workbench ready');

  let shot = 0;
  const ui = {
    page, cs,
    /** The window's logs (VS Code's own and the extensions' output channels, e.g. exthost1/prepcode.prepcode/PrepCode.log). */
    logsDir: `${run}/data/logs`,
    /** The PrepCode output channel as VS Code wrote it to disk ('' before it exists). */
    prepcodeLog() {
      if (!fs.existsSync(ui.logsDir)) return '';
      return fs.readdirSync(ui.logsDir, { recursive: true }).map(String)
        .filter(f => f.endsWith(path.join('prepcode.prepcode', 'PrepCode.log')))
        .map(f => fs.readFileSync(path.join(ui.logsDir, f), 'utf8')).join('\n');
    },
    /** The editor's cursor as the status bar shows it: "Ln 20, Col 1". */
    cursor: page.locator('.statusbar-item', { hasText: /^Ln \d+, Col \d+/ }).first(),
    toast: text => page.locator('.notification-toast.notification-fade-in-done', { hasText: text }).first(),
    input: page.locator('.quick-input-widget .quick-input-box input'),
    pick: text => page.locator('.quick-input-list .monaco-list-row', { hasText: text }).first(),
    duePane: page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Due' }) }),
    dueRow: label => ui.duePane.locator('.monaco-list-row', { has: page.locator('.label-name', { hasText: label }) }).first(),
    statusDue: page.locator('.statusbar-item', { hasText: /\d+ due/ }).first(),
    async screenshot(name) {
      const file = `${OUT}/${String(++shot).padStart(2, '0')}-${name}.png`;
      await page.screenshot({ path: file });
      log('screenshot', file);
    },
    /** Runs a command from the palette by its title. */
    async palette(title) {
      await page.keyboard.press('F1');
      await ui.input.fill(`>${title}`);
      await ui.pick(title).waitFor();
      await page.keyboard.press('Enter');
    },
    async quickOpen(file) {
      await page.keyboard.press('Control+P');
      await ui.input.fill(file);
      await ui.pick(file).waitFor();
      await page.keyboard.press('Enter');
    },
    /**
     * Hovers `row`, clicks its inline action `action` and waits for `expected` (a locator) to show. A tree that
     * re-renders between the hover and the click, or takes focus back from a quick pick just opened, can swallow
     * the click: it is tried again (3 tries). What notifications show is logged on failure.
     */
    async rowAction(row, action, expected, tries = 3) {
      for (let attempt = 1; ; attempt++) {
        await row.hover();
        await row.locator(`.action-label[aria-label="${action}"]`).click();
        try { await expected.waitFor({ timeout: 5_000 }); return; } catch (error) {
          const toasts = await page.locator('.notification-toast').allInnerTexts().catch(() => []);
          log(`"${action}" try ${attempt}: nothing shown; notifications:`, toasts);
          if (attempt >= tries) throw error;
        }
      }
    },
    /** A group row's description: "1", "1 · next 7 days". */
    async groupDescription(label) {
      return (await ui.dueRow(label).locator('.label-description').innerText()).trim();
    },
    async close() {
      await browser.close().catch(() => {});
      cs.kill('SIGTERM');
      if (cs.exitCode === null) await new Promise(r => cs.once('exit', r));
      fs.cpSync(`${run}/data/logs`, `${OUT}/vscode-logs`, { recursive: true, force: true });
      fs.rmSync(run, { recursive: true, force: true });
    },
  };
  return ui;
}

/** Pids of processes below `root` whose command line contains `needle` (never anything outside this tree). */
export function descendantsMatching(root, needle) {
  const parent = new Map(), cmd = new Map();
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      parent.set(+d, +stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      cmd.set(+d, fs.readFileSync(`/proc/${d}/cmdline`, 'utf8').replace(/\0/g, ' '));
    } catch { /* gone */ }
  }
  const isBelow = pid => { for (let p = parent.get(pid); p; p = parent.get(p)) if (p === root) return true; return false; };
  return [...cmd].filter(([pid, c]) => c.includes(needle) && isBelow(pid)).map(([pid]) => pid);
}

/** Polls `probe` until it returns a truthy value (a wait with a deadline, not a sleep). */
export async function waitUntil(probe, what, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise(r => setTimeout(r, 200));
  }
}

/** node:test's `test`, but a failing test leaves a screenshot `<name>.png` of the editor that `ui()` gives. */
export const testWithScreenshot = (ui, name) => (title, fn) => nodeTest(title, async () => {
  try { await fn(); } catch (error) { await ui()?.screenshot(name).catch(() => {}); throw error; }
});
