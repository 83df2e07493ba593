// Seeds the fixture's schedule through the real sidecar: for each line of seed.txt
// ("<PREPCODE_NOW> <itemId> <quality>") it starts `dotnet PrepCode.Server.dll` with that PREPCODE_NOW,
// initializes it on the workspace, sends prepcode/grade and shuts it down. Then it prints the due items.
// (A process per line, so each grade has its own PREPCODE_NOW; extension/test/e2e/serverSeed.mjs moves "now" through
// the settings instead, for longer logs.)
// Usage: node scripts/e2e/seed.mjs <server.dll> <workspace> <seed.txt> <now>
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const rpc = require('vscode-jsonrpc/node');
const [dll, workspace, seedFile, now] = process.argv.slice(2);

async function withServer(when, work) {
  const child = spawn('dotnet', [dll], { env: { ...process.env, PREPCODE_NOW: when }, stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.onNotification(() => undefined);
  conn.listen();
  const uri = pathToFileURL(workspace).href;
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: uri, capabilities: {},
    workspaceFolders: [{ uri, name: 'workspace' }], initializationOptions: { timeZone: 'UTC' } });
  await conn.sendNotification('initialized', {});
  await conn.sendRequest('prepcode/reindex', {});
  try {
    return await work(conn);
  } finally {
    await conn.sendRequest('shutdown');
    await conn.sendNotification('exit');
    await new Promise(r => child.once('exit', r));
    conn.dispose();
  }
}

for (const line of fs.readFileSync(seedFile, 'utf8').split('\n')) {
  const [when, id, q] = line.trim().split(/\s+/);
  if (!when || when.startsWith('#')) continue;
  const r = await withServer(when, c => c.sendRequest('prepcode/grade', { id, quality: Number(q) }));
  console.log(`${when} graded ${id} q${q} -> due ${r.after.dueDate} (${r.after.intervalDays}d, EF ${r.after.easeFactor})`);
}
const due = await withServer(now, c => c.sendRequest('prepcode/dueItems', { upcomingDays: 7 }));
const show = (name, list) => console.log(`${name}: ${list.map(i => `${i.id} [${i.title}]`).join(', ')}`);
console.log(`today ${due.today}; counts ${JSON.stringify(due.counts)}`);
show('overdue', due.overdue); show('today', due.dueToday); show('upcoming', due.upcoming); show('new', due.new);
