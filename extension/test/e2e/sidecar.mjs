// Runs work against a real sidecar process (the published PrepCode.Server.dll) opened on a workspace, for the e2e
// seeding scripts: started, initialized and indexed before `work(connection)`, shut down after it.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const rpc = require('vscode-jsonrpc/node');

/**
 * @param dll the built PrepCode.Server.dll
 * @param workspace folder of notes
 * @param options { env: extra environment (PREPCODE_NOW …), initializationOptions }
 * @param work async (connection) => result
 */
export async function withSidecar(dll, workspace, { env = {}, initializationOptions = {} }, work) {
  const child = spawn('dotnet', [dll], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.onNotification(() => undefined);
  conn.listen();
  const uri = pathToFileURL(workspace).href;
  try {
    await conn.sendRequest('initialize', { processId: process.pid, rootUri: uri, capabilities: {},
      workspaceFolders: [{ uri, name: 'workspace' }], initializationOptions });
    await conn.sendNotification('initialized', {});
    await conn.sendRequest('prepcode/reindex', {});
    return await work(conn);
  } finally {
    await conn.sendRequest('shutdown').catch(() => undefined);
    await conn.sendNotification('exit').catch(() => undefined);
    if (child.exitCode === null) await new Promise(r => child.once('exit', r));
    conn.dispose();
  }
}
