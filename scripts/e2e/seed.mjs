// Seeds the fixture's schedule through the real sidecar: for each line of seed.txt
// ("<PREPCODE_NOW> <itemId> <quality>") it starts `dotnet PrepCode.Server.dll` with that PREPCODE_NOW,
// initializes it on the workspace, sends prepcode/grade and shuts it down. Then it prints the due items.
// (A process per line, so each grade has its own PREPCODE_NOW; extension/test/e2e/serverSeed.mjs moves "now" through
// the settings instead, for longer logs.)
// Usage: node scripts/e2e/seed.mjs <server.dll> <workspace> <seed.txt> <now>
import fs from 'node:fs';
import { withSidecar } from '../../extension/test/e2e/sidecar.mjs';

const [dll, workspace, seedFile, now] = process.argv.slice(2);
const withServer = (when, work) =>
  withSidecar(dll, workspace, { env: { PREPCODE_NOW: when }, initializationOptions: { timeZone: 'UTC' } }, work);

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
