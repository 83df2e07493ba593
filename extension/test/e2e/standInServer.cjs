// A JavaScript stand-in for the PrepCode sidecar, for e2e runs while the real server is not built
// (E2E_SERVER=stand-in). It speaks the same protocol over stdio with fixed data matching the fixture
// and seed.txt at 2026-03-10; it is not a scheduler. The real server is tested with E2E_SERVER=real.
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

const conn = createMessageConnection(new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout));
let root = '';
const today = '2026-03-10';
const st = (status, repetitions, intervalDays, dueDate, lastReviewed) =>
  ({ status, repetitions, easeFactor: 2.5, intervalDays, dueDate, lastReviewed, lapses: 0 });
const items = [
  ['adam', 'topic', 'Adam', 'notes/ml/optimizers.md', 7, st('review', 1, 1, '2026-03-02', '2026-03-01')],
  ['sgd', 'topic', 'SGD', 'notes/ml/optimizers.md', 18, st('review', 1, 1, '2026-03-10', '2026-03-09')],
  ['momentum', 'topic', 'Momentum', 'notes/ml/optimizers.md', 24, st('review', 2, 6, '2026-03-12', '2026-03-06')],
  ['optimizers', 'topic', 'Optimizers 🧠', 'notes/ml/optimizers.md', 5, st('new', 0, 0, null, null)],
  ['adam-betas', 'card', "What are Adam's default betas?", 'notes/ml/optimizers.md', 11, st('new', 0, 0, null, null)],
  ['eviction', 'topic', 'Cache eviction', 'notes/systems/caching.md', 6, st('new', 0, 0, null, null)],
].map(([id, kind, title, notePath, line, state]) => ({ id, kind, title, notePath, line, state, history: [] }));

const dto = i => ({ id: i.id, kind: i.kind, title: i.title, notePath: i.notePath,
  location: { uri: pathToFileURL(path.join(root, i.notePath)).href, range: { start: { line: i.line, character: 0 }, end: { line: i.line, character: 40 } } },
  domain: null, track: null, state: i.state, daysOverdue: 0 });
const days = (a, b) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
function due(upcomingDays = 7) {
  const pick = f => items.filter(f).map(dto);
  const r = { today,
    overdue: pick(i => i.state.dueDate && i.state.dueDate < today),
    dueToday: pick(i => i.state.dueDate === today),
    upcoming: pick(i => i.state.dueDate > today && days(today, i.state.dueDate) <= upcomingDays),
    new: pick(i => !i.state.dueDate) };
  r.counts = { overdue: r.overdue.length, today: r.dueToday.length, upcoming: r.upcoming.length, new: r.new.length };
  r.groups = { byNote: [], byDomain: [], byTrack: [] };
  return r;
}
const find = id => {
  const i = items.find(x => x.id === id);
  if (!i) throw Object.assign(new Error(`Unknown item ${id}`), { code: -32001 });
  return i;
};
const counts = () => due().counts;

conn.onRequest('initialize', p => {
  root = p.rootUri ? new URL(p.rootUri).pathname : (p.workspaceFolders?.[0] ? new URL(p.workspaceFolders[0].uri).pathname : process.cwd());
  return { capabilities: { textDocumentSync: 1, codeLensProvider: {}, executeCommandProvider: { commands: ['prepcode.reviewItem', 'prepcode.gradeItem'] } } };
});
conn.onNotification('initialized', () => {
  conn.sendNotification('textDocument/publishDiagnostics', { uri: pathToFileURL(path.join(root, 'notes/broken.md')).href,
    diagnostics: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 20 } }, severity: 1, source: 'prepcode', message: 'Front matter is not valid YAML (stand-in)' }] });
  conn.sendNotification('prepcode/dueChanged', counts());
});
conn.onRequest('shutdown', () => null);
conn.onNotification('exit', () => process.exit(0));
conn.onRequest('prepcode/dueItems', p => due(p?.upcomingDays));
conn.onRequest('prepcode/item', p => {
  const i = find(p.id);
  return { item: dto(i), question: i.title, answer: `Answer of ${i.title}`, keyPoints: ['First key point'], practiceQuestions: [], history: i.history };
});
conn.onRequest('prepcode/grade', p => {
  const i = find(p.id), before = i.state;
  const interval = p.quality < 3 ? 1 : before.repetitions === 0 ? 1 : before.repetitions === 1 ? 6 : Math.ceil(before.intervalDays * before.easeFactor);
  const dueDate = new Date(Date.parse(today) + interval * 86_400_000).toISOString().slice(0, 10);
  i.state = { ...before, status: 'review', repetitions: p.quality < 3 ? 0 : before.repetitions + 1, intervalDays: interval, dueDate, lastReviewed: today };
  i.history.push({ before, id: i.history.length + 1 });
  conn.sendNotification('prepcode/dueChanged', counts());
  return { id: i.id, quality: p.quality, before, after: i.state, reviewId: i.history.length };
});
conn.onRequest('prepcode/undoLastGrade', () => {
  throw Object.assign(new Error('Nothing to undo'), { code: -32005 });
});
conn.onRequest('prepcode/reindex', () => ({ notes: 4, items: items.length, diagnostics: 1, reparsed: 0 }));
conn.onRequest('textDocument/codeLens', p => items.filter(i => p.textDocument.uri.endsWith(i.notePath)).map(i => ({
  range: { start: { line: i.line, character: 0 }, end: { line: i.line, character: 1 } },
  command: { title: i.state.dueDate ? `Due ${i.state.dueDate} · Review` : 'New · Review', command: 'prepcode.reviewItem', arguments: [i.id] } })));
conn.onRequest('workspace/executeCommand', () => null);
conn.onNotification(() => undefined);
conn.listen();
