// Commands about the server itself: Restart Server, Show Output.
import type * as vscode from 'vscode';
import type { Command } from '../infrastructure/commandManager';
import type { ServerContext } from './serverContext';

export class RestartServerCommand implements Command {
  readonly id = 'prepcode.restartServer';
  constructor(private readonly server: ServerContext) {}
  execute(): Promise<void> {
    return this.server.restart();
  }
}

export class ShowOutputCommand implements Command {
  readonly id = 'prepcode.showOutput';
  constructor(private readonly log: vscode.LogOutputChannel) {}
  execute(): void {
    this.log.show();
  }
}
