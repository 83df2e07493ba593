// The extension manifest (root package.json) and packaging list against what the issue asks of them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../../..');
const manifest: any = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const contributes = manifest.contributes;

function sources(dir: string): string {
  return fs.readdirSync(dir, { withFileTypes: true }).map(e => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : e.name.endsWith('.ts') ? fs.readFileSync(p, 'utf8') : '';
  }).join('\n');
}
const extensionSource = sources(path.join(root, 'extension', 'src'));

test('engines.vscode accepts VS Code 1.100 and @types/vscode is not newer', () => {
  const engine = /^\^1\.(\d+)\.\d+$/.exec(manifest.engines.vscode);
  assert.ok(engine && Number(engine[1]) <= 100, manifest.engines.vscode);
  const types = /^[~^]?1\.(\d+)\./.exec(manifest.devDependencies['@types/vscode']);
  assert.ok(types && Number(types[1]) <= 100, manifest.devDependencies['@types/vscode']);
});

test('an activity-bar container "PrepCode" holds the "Due" view', () => {
  assert.ok(contributes.viewsContainers.activitybar.some((c: { id: string; title: string }) => c.id === 'prepcode' && c.title === 'PrepCode'));
  assert.ok(contributes.views.prepcode.some((v: { id: string; name: string }) => v.id === 'prepcode.due' && v.name === 'Due'));
});

test('the palette has the PrepCode commands of the issue', () => {
  const titles = contributes.commands.filter((c: { category: string }) => c.category === 'PrepCode').map((c: { title: string }) => c.title);
  for (const t of ['Review Due Items', 'Undo Last Grade', 'Reindex Workspace', 'Show Output', 'Restart Server']) {
    assert.ok(titles.includes(t), `PrepCode: ${t}`);
  }
});

test('every contributed command is registered by the extension, and menus and welcome buttons use contributed ones', () => {
  const ids: string[] = contributes.commands.map((c: { command: string }) => c.command);
  for (const id of ids) {
    assert.ok(extensionSource.includes(`id = '${id}'`) || extensionSource.includes(`id: '${id}'`), `${id} is registered`);
  }
  const used = Object.values(contributes.menus).flat().map(m => (m as { command: string }).command);
  for (const w of contributes.viewsWelcome) used.push(...[...w.contents.matchAll(/\(command:([\w.]+)\)/g)].map(m => m[1]));
  for (const id of used) assert.ok(ids.includes(id), `${id} is contributed`);
});

test('Due items have inline Review and Open actions', () => {
  const inline = contributes.menus['view/item/context']
    .filter((m: { when: string; group: string }) => m.when.includes('viewItem == prepcode.item') && m.group.startsWith('inline'))
    .map((m: { command: string }) => m.command);
  assert.deepEqual(inline, ['prepcode.reviewTreeItem', 'prepcode.openItem']);
  const title = (id: string) => contributes.commands.find((c: { command: string }) => c.command === id).title;
  assert.deepEqual(inline.map(title), ['Review', 'Open']);
});

test('a workspace without notes gets a welcome with "Open Bundled Curricula" and "Create First Note"', () => {
  const empty = contributes.viewsWelcome.find((w: { view: string; when: string }) => w.view === 'prepcode.due' && w.when === 'prepcode.dueState == empty');
  assert.ok(empty);
  assert.match(empty.contents, /\[Open Bundled Curricula\]\(command:prepcode\.openBundledCurricula\)/);
  assert.match(empty.contents, /\[Create First Note\]\(command:prepcode\.createFirstNote\)/);
  assert.ok(extensionSource.includes("'prepcode.dueState'"), 'the extension sets the context key');
});

test('the settings of the issue are contributed with usable types and defaults', () => {
  const p = contributes.configuration.properties;
  const type = (key: string) => p[`prepcode.${key}`]?.type;
  assert.equal(type('notes.include'), 'array');
  assert.equal(type('notes.exclude'), 'array');
  assert.equal(type('databasePath'), 'string');
  const schedulers = p['prepcode.scheduler'].anyOf[0].enum;
  assert.ok(schedulers.includes('sm2') && schedulers.includes('fixed'));
  assert.equal(p['prepcode.scheduler'].default, 'sm2');
  assert.equal(type('fixedIntervals'), 'array');
  assert.equal(type('percentToQuality'), 'array');
  assert.deepEqual([type('dayStartHour'), p['prepcode.dayStartHour'].minimum, p['prepcode.dayStartHour'].maximum], ['integer', 0, 23]);
  assert.deepEqual([type('upcomingDays'), p['prepcode.upcomingDays'].default], ['integer', 7]);
  assert.deepEqual([type('statusBar.enabled'), p['prepcode.statusBar.enabled'].default], ['boolean', true]);
  assert.equal(type('server.path'), 'string');
});

test('npm run package builds the sidecar and the bundle, and the vsix keeps both', () => {
  assert.match(manifest.scripts.package, /^npm run build && vsce package\b/);
  assert.match(manifest.scripts.build, /build:server.*build:extension/);
  assert.match(manifest.scripts['build:server'], /publish-server\.sh/);
  assert.match(fs.readFileSync(path.join(root, 'scripts', 'publish-server.sh'), 'utf8'), /--self-contained false/);
  assert.equal(manifest.main, './dist/extension.js');
  const keep = fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8').split(/\r?\n/);
  assert.ok(keep.includes('!dist/extension.js') && keep.includes('!dist/server/**'));
  assert.equal(manifest.dependencies['vscode-languageclient'].startsWith('^9.'), true, 'bundled, accepts VS Code 1.100');
});
