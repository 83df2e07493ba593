// Pure: which dotnet runs the server. One on this machine with the .NET 10 runtime; else, when the .NET Install Tool
// extension is installed, the one its `dotnet.acquire` command gets; else none, and a message that says what to
// install. The VS Code side (dotnetLocator.ts) passes in the look-ups. No VS Code imports.
import { requiredMajor } from './dotnetRuntimes';

export const installToolExtensionId = 'ms-dotnettools.vscode-dotnet-runtime';
export const acquireCommand = 'dotnet.acquire';
export const downloadUrl = 'https://dotnet.microsoft.com/download';

export interface DotnetSources {
  /** A dotnet on this machine that has the runtime, if any. */
  findOnMachine(): Promise<string | undefined>;
  /** True when the .NET Install Tool extension is installed. */
  installToolPresent(): boolean;
  /** Runs a VS Code command (here only dotnet.acquire). */
  executeCommand(command: string, arg: unknown): Promise<unknown>;
  log(message: string, error?: unknown): void;
}

export type DotnetChoice =
  | { dotnet: string; source: 'machine' | 'installTool' }
  | { dotnet: undefined; message: string };

/** The argument of `dotnet.acquire` (the Install Tool's IDotnetAcquireContext). */
export function acquireRequest(extensionId: string): { version: string; requestingExtensionId: string } {
  return { version: `${requiredMajor}.0`, requestingExtensionId: extensionId };
}

/** What to tell a user without the runtime: the Install Tool was not there, or it was and could not get it. */
export function missingRuntimeMessage(installTool: 'absent' | 'failed'): string {
  const need = `PrepCode needs the .NET ${requiredMajor} runtime (Microsoft.NETCore.App ${requiredMajor}.x) to run its server, ` +
    'and none was found on PATH, in DOTNET_ROOT or the usual install folders';
  const install = `Install ".NET ${requiredMajor} Runtime" from ${downloadUrl}`;
  const then = 'then run "PrepCode: Restart Server".';
  return installTool === 'absent'
    ? `${need}. ${install}, or the .NET Install Tool extension (${installToolExtensionId}) to get it automatically, ${then}`
    : `${need}, and the .NET Install Tool could not get it (see "PrepCode: Show Output"). ${install}, ${then}`;
}

export async function chooseDotnet(sources: DotnetSources, extensionId: string): Promise<DotnetChoice> {
  const found = await sources.findOnMachine();
  if (found) return { dotnet: found, source: 'machine' };
  if (!sources.installToolPresent()) return { dotnet: undefined, message: missingRuntimeMessage('absent') };
  sources.log(`asking ${installToolExtensionId} for .NET ${requiredMajor}.0 (${acquireCommand})`);
  try {
    const result = await sources.executeCommand(acquireCommand, acquireRequest(extensionId));
    const dotnetPath = (result as { dotnetPath?: unknown } | undefined)?.dotnetPath;
    if (typeof dotnetPath === 'string' && dotnetPath.trim()) return { dotnet: dotnetPath, source: 'installTool' };
    sources.log(`${acquireCommand} gave no dotnetPath`);
  } catch (error) {
    sources.log(`${acquireCommand} failed`, error);
  }
  return { dotnet: undefined, message: missingRuntimeMessage('failed') };
}
