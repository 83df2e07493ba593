import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseDotnet, type DotnetSources } from '../../src/sidecar/dotnetChoice';

/** Sources that record what was asked; `acquire` answers dotnet.acquire. */
function sources(onMachine: string | undefined, installTool: boolean, acquire: () => unknown = () => undefined) {
  const commands: [string, unknown][] = [];
  const s: DotnetSources = {
    findOnMachine: async () => onMachine,
    installToolPresent: () => installTool,
    executeCommand: async (command, arg) => { commands.push([command, arg]); return acquire(); },
    log: () => undefined,
  };
  return { s, commands };
}

test('a dotnet with the .NET 10 runtime on this machine is used; the Install Tool is not asked', async () => {
  const { s, commands } = sources('/usr/bin/dotnet', true);
  assert.deepEqual(await chooseDotnet(s, 'prepcode.prepcode'), { dotnet: '/usr/bin/dotnet', source: 'machine' });
  assert.deepEqual(commands, []);
});

test('without a runtime, the .NET Install Tool acquires .NET 10 through dotnet.acquire', async () => {
  const { s, commands } = sources(undefined, true, () => ({ dotnetPath: '/home/u/.dotnet-tool/10.0/dotnet' }));
  assert.deepEqual(await chooseDotnet(s, 'prepcode.prepcode'), { dotnet: '/home/u/.dotnet-tool/10.0/dotnet', source: 'installTool' });
  assert.deepEqual(commands, [['dotnet.acquire', { version: '10.0', requestingExtensionId: 'prepcode.prepcode' }]]);
});

test('without a runtime or the Install Tool, the message says what to install and nothing is acquired', async () => {
  const { s, commands } = sources(undefined, false);
  const choice = await chooseDotnet(s, 'prepcode.prepcode');
  assert.equal(choice.dotnet, undefined);
  assert.deepEqual(commands, []);
  const message = 'message' in choice ? choice.message : '';
  assert.match(message, /needs the \.NET 10 runtime \(Microsoft\.NETCore\.App 10\.x\)/);
  assert.match(message, /Install "\.NET 10 Runtime" from https:\/\/dotnet\.microsoft\.com\/download/);
  assert.match(message, /\.NET Install Tool extension \(ms-dotnettools\.vscode-dotnet-runtime\)/);
  assert.match(message, /"PrepCode: Restart Server"/);
});

test('when the Install Tool fails or gives no path, the message says so and what to install', async () => {
  for (const acquire of [() => { throw new Error('offline'); }, () => undefined, () => ({ dotnetPath: '' })]) {
    const { s, commands } = sources(undefined, true, acquire);
    const choice = await chooseDotnet(s, 'prepcode.prepcode');
    assert.equal(choice.dotnet, undefined);
    assert.equal(commands.length, 1);
    const message = 'message' in choice ? choice.message : '';
    assert.match(message, /the \.NET Install Tool could not get it/);
    assert.match(message, /Install "\.NET 10 Runtime" from https:\/\/dotnet\.microsoft\.com\/download/);
  }
});
