// Finds a dotnet host with the .NET 10 runtime, or gets one through the .NET Install Tool extension,
// or tells the user what to install.
import * as vscode from 'vscode';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { execFile } from 'node:child_process';
import { dotnetCandidates, hasRequiredRuntime, requiredMajor } from './dotnetRuntimes';
import { chooseDotnet, downloadUrl, installToolExtensionId } from './dotnetChoice';

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

/** dotnet to run the server with, or undefined after telling the user what to install. */
export async function resolveDotnet(log: vscode.LogOutputChannel, extensionId: string): Promise<string | undefined> {
  const choice = await chooseDotnet({
    findOnMachine: () => findDotnet(log),
    installToolPresent: () => vscode.extensions.getExtension(installToolExtensionId) !== undefined,
    executeCommand: (command, arg) => Promise.resolve(vscode.commands.executeCommand(command, arg)),
    log: (message, error) => (error === undefined ? log.info(message) : log.error(message, error)),
  }, extensionId);
  if (choice.dotnet !== undefined) {
    log.info(`using ${choice.dotnet}${choice.source === 'installTool' ? ` (from ${installToolExtensionId})` : ''}`);
    return choice.dotnet;
  }
  log.error(choice.message);
  void vscode.window.showErrorMessage(choice.message, 'Open Download Page', 'Restart Server').then(c => {
    if (c === 'Open Download Page') void vscode.env.openExternal(vscode.Uri.parse(downloadUrl));
    if (c === 'Restart Server') void vscode.commands.executeCommand('prepcode.restartServer');
  });
  return undefined;
}
