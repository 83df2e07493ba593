// Finds a dotnet host with the .NET 10 runtime, or gets one through the .NET Install Tool extension,
// or tells the user what to install.
import * as vscode from 'vscode';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { execFile } from 'node:child_process';
import { dotnetCandidates, hasRequiredRuntime, requiredMajor } from './dotnetRuntimes';

export const installToolExtensionId = 'ms-dotnettools.vscode-dotnet-runtime';
export const downloadUrl = 'https://dotnet.microsoft.com/download';

function listRuntimes(dotnet: string): Promise<string> {
  return new Promise(resolve => {
    execFile(dotnet, ['--list-runtimes'], { timeout: 15_000 }, (error, stdout) => resolve(error ? '' : stdout));
  });
}

/** The first dotnet on this machine that has the runtime the server needs. */
export async function findDotnet(log: vscode.LogOutputChannel): Promise<string | undefined> {
  for (const candidate of dotnetCandidates(process.env, process.platform, os.homedir())) {
    if (!fs.existsSync(candidate)) continue;
    if (hasRequiredRuntime(await listRuntimes(candidate))) return candidate;
    log.info(`${candidate} has no .NET ${requiredMajor} runtime`);
  }
  return undefined;
}

/** Asks the .NET Install Tool (when installed) for a runtime; undefined when it is absent or fails. */
async function acquireDotnet(log: vscode.LogOutputChannel, extensionId: string): Promise<string | undefined> {
  if (!vscode.extensions.getExtension(installToolExtensionId)) return undefined;
  try {
    log.info(`asking ${installToolExtensionId} for .NET ${requiredMajor}.0`);
    const result = await vscode.commands.executeCommand<{ dotnetPath?: string } | undefined>('dotnet.acquire',
      { version: `${requiredMajor}.0`, requestingExtensionId: extensionId });
    return result?.dotnetPath;
  } catch (error) {
    log.error('dotnet.acquire failed', error);
    return undefined;
  }
}

/** dotnet to run the server with, or undefined after telling the user what to install. */
export async function resolveDotnet(log: vscode.LogOutputChannel, extensionId: string): Promise<string | undefined> {
  const found = await findDotnet(log) ?? await acquireDotnet(log, extensionId);
  if (found) {
    log.info(`using ${found}`);
    return found;
  }
  const message = `PrepCode needs the .NET ${requiredMajor} runtime (Microsoft.NETCore.App ${requiredMajor}.x) to run its ` +
    `server, and none was found on PATH, in DOTNET_ROOT or the usual install folders. Install ".NET ${requiredMajor} Runtime" ` +
    `from ${downloadUrl} (or the .NET Install Tool extension), then run "PrepCode: Restart Server".`;
  log.error(message);
  void vscode.window.showErrorMessage(message, 'Open Download Page', 'Restart Server').then(choice => {
    if (choice === 'Open Download Page') void vscode.env.openExternal(vscode.Uri.parse(downloadUrl));
    if (choice === 'Restart Server') void vscode.commands.executeCommand('prepcode.restartServer');
  });
  return undefined;
}
