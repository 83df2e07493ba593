import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseServerLine, ServerLogLines, type Level } from '../../src/sidecar/serverLog';

function sink() {
  const logged: [Level, string][] = [];
  const at = (level: Level) => (message: string) => { logged.push([level, message]); };
  return { logged, channel: { trace: at('trace'), debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') } };
}

test('a server log line is logged at its level without its time stamp', () => {
  assert.deepEqual(parseServerLine('20:44:12.357 [info] PrepCode server 1.0.0 starting (pid 10014)'),
    { level: 'info', message: 'PrepCode server 1.0.0 starting (pid 10014)' });
  assert.deepEqual(parseServerLine('20:44:13.100 [error] indexing failed: boom'), { level: 'error', message: 'indexing failed: boom' });
  assert.deepEqual(parseServerLine('[Error - 8:44:13 PM] Server process exited with code 137.'),
    { level: 'error', message: 'Server process exited with code 137.' });
  assert.deepEqual(parseServerLine('Unhandled exception. System.Exception: x'), { level: 'info', message: 'Unhandled exception. System.Exception: x' });
});

test('stderr chunks are split into lines; a partial line waits for its end', () => {
  const { logged, channel } = sink();
  const lines = new ServerLogLines(channel, 10_000);
  lines.append('10:00:00.000 [info] first\n10:00:00.001 [wa');
  assert.deepEqual(logged, [['info', 'first']]);
  lines.append('rn] second\r\n\n');
  assert.deepEqual(logged, [['info', 'first'], ['warn', 'second']]);
  lines.append('[Info  - 8:56:24 PM] Connection to server got closed. Server will restart.\nfalse\n');
  assert.deepEqual(logged.at(-1), ['info', 'Connection to server got closed. Server will restart.']);   // no bare "false"
  lines.append('tail without newline');
  lines.flush();
  assert.deepEqual(logged.at(-1), ['info', 'tail without newline']);
});

test('a partial last line is logged after a short wait', async () => {
  const { logged, channel } = sink();
  new ServerLogLines(channel, 20).append('10:00:00.000 [error] the process died mid-');
  await new Promise(r => setTimeout(r, 60));
  assert.deepEqual(logged, [['error', 'the process died mid-']]);
});
