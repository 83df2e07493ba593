// Commands are small objects registered through one manager; every call runs inside one error
// boundary: cancellation is silent, everything else is logged and shown to the user in words.
import * as vscode from 'vscode';
import { errorText, isCancellation } from './errorText';

export interface Command {
  readonly id: string;
  execute(...args: unknown[]): unknown;
}

/** Runs `work`; on failure logs it and shows friendly text, unless it was cancelled. */
export async function withErrorBoundary<T>(log: vscode.LogOutputChannel, what: string,
  work: () => T | Promise<T>): Promise<T | undefined> {
  try {
    return await work();
  } catch (error) {
    if (isCancellation(error) || error instanceof vscode.CancellationError) {
      log.debug(`${what}: cancelled`);
      return undefined;
    }
    log.error(`${what} failed:`, error instanceof Error ? (error.stack ?? error.message) : error);
    void vscode.window.showErrorMessage(errorText(error));
    return undefined;
  }
}

export class CommandManager implements vscode.Disposable {
  private readonly registrations: vscode.Disposable[] = [];

  constructor(private readonly log: vscode.LogOutputChannel) {}

  register(...commands: Command[]): void {
    for (const command of commands) {
      this.registrations.push(vscode.commands.registerCommand(command.id,
        (...args: unknown[]) => withErrorBoundary(this.log, command.id, () => command.execute(...args))));
    }
  }

  dispose(): void {
    for (const r of this.registrations.splice(0)) r.dispose();
  }
}
