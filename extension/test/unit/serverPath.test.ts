import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { resolveServerPath } from '../../src/sidecar/serverPath';

const ext = '/ext/prepcode.prepcode-0.1.0';
const folders = new Set(['/dev/server/bin']);
const exists = (p: string) => folders.has(p) || p.endsWith('.dll');
const isDir = (p: string) => folders.has(p);
const resolve = (setting: string | undefined, env: NodeJS.ProcessEnv) => resolveServerPath(setting, env, ext, exists, isDir);

test('without a setting or PREPCODE_SERVER_PATH the server packaged in the extension runs', () => {
  assert.deepEqual(resolve(undefined, {}), { path: path.join(ext, 'dist', 'server', 'PrepCode.Server.dll'), source: 'packaged' });
  assert.deepEqual(resolve('  ', { PREPCODE_SERVER_PATH: '' }).source, 'packaged');
});

test('PREPCODE_SERVER_PATH overrides the packaged server', () => {
  assert.deepEqual(resolve(undefined, { PREPCODE_SERVER_PATH: '/dev/x/PrepCode.Server.dll' }),
    { path: '/dev/x/PrepCode.Server.dll', source: 'environment' });
});

test('the prepcode.server.path setting wins over the environment variable', () => {
  assert.deepEqual(resolve(' /dev/y/PrepCode.Server.dll ', { PREPCODE_SERVER_PATH: '/dev/x/PrepCode.Server.dll' }),
    { path: '/dev/y/PrepCode.Server.dll', source: 'setting' });
});

test('a folder given as the server path means the PrepCode.Server.dll inside it', () => {
  assert.deepEqual(resolve('/dev/server/bin', {}), { path: path.join('/dev/server/bin', 'PrepCode.Server.dll'), source: 'setting' });
  assert.deepEqual(resolve(undefined, { PREPCODE_SERVER_PATH: '/dev/server/bin' }).path, path.join('/dev/server/bin', 'PrepCode.Server.dll'));
});
