import { test } from 'node:test';
import assert from 'node:assert/strict';
import { errorText, isCancellation } from '../../src/infrastructure/errorText';
import { dotnetCandidates, hasRequiredRuntime } from '../../src/sidecar/dotnetRuntimes';

test('the project error codes get friendly text', () => {
  assert.match(errorText({ code: 4001, message: 'Unknown item x' }), /no longer knows this item/);
  assert.match(errorText({ code: 4002, message: 'v3 != v4' }), /Nothing was overwritten/);
  assert.match(errorText({ code: 4003, message: '' }), /outside the workspace/);
  assert.equal(errorText({ code: 4004, message: 'quality must be 0-5' }), 'PrepCode could not use that value: quality must be 0-5');
  assert.equal(errorText({ code: 4005, message: 'x' }), 'There is no grade left to undo.');
});

test('other errors keep their message; a dead connection says how to recover', () => {
  assert.equal(errorText(new Error('disk full')), 'PrepCode: disk full');
  assert.match(errorText(new Error('Connection got disposed.')), /Restart Server/);
  assert.match(errorText(undefined), /Show Output/);
});

test('cancellation is recognised so it stays silent', () => {
  assert.equal(isCancellation({ code: -32800, message: 'cancelled' }), true);
  assert.equal(isCancellation({ name: 'Canceled', message: 'Canceled' }), true);
  assert.equal(isCancellation(new Error('boom')), false);
});

test('a .NET 10 runtime is found in dotnet --list-runtimes', () => {
  const out = 'Microsoft.AspNetCore.App 10.0.12 [/usr/share/dotnet/shared/Microsoft.AspNetCore.App]\n' +
    'Microsoft.NETCore.App 8.0.3 [/usr/share/dotnet/shared/Microsoft.NETCore.App]\r\n';
  assert.equal(hasRequiredRuntime(out), false);
  assert.equal(hasRequiredRuntime(out + 'Microsoft.NETCore.App 10.0.12 [/usr/share/dotnet/shared/Microsoft.NETCore.App]'), true);
});

test('dotnet is looked for on PATH, in DOTNET_ROOT and in the usual folders', () => {
  const c = dotnetCandidates({ PATH: '/a/bin:/b', DOTNET_ROOT: '/opt/dn' }, 'linux', '/home/u');
  assert.deepEqual(c.slice(0, 4), ['/a/bin/dotnet', '/b/dotnet', '/opt/dn/dotnet', '/home/u/.dotnet/dotnet']);
  assert.ok(c.includes('/usr/share/dotnet/dotnet'));
  const w = dotnetCandidates({ Path: 'C:\\x', ProgramFiles: 'C:\\Program Files' }, 'win32', 'C:\\Users\\u');
  assert.deepEqual(w, ['C:\\x\\dotnet.exe', 'C:\\Program Files\\dotnet\\dotnet.exe']);
});
