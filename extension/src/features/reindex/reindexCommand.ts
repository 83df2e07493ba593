// "PrepCode: Reindex Workspace": prepcode/reindex behind a progress notification.
import * as vscode from 'vscode';
import type { Command } from '../../infrastructure/commandManager';
import type { ServerContext } from '../../sidecar/serverContext';
import { Methods } from '../../sidecar/protocol';
import { plural } from '../../infrastructure/format';

export class ReindexCommand implements Command {
  readonly id = 'prepcode.reindex';
  constructor(private readonly server: ServerContext, private readonly afterReindex: () => void) {}

  async execute(): Promise<void> {
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'PrepCode: reindexing workspace…', cancellable: true },
      (_progress, token) => this.server.request(Methods.reindex, {}, token));
    this.afterReindex();
    const problems = result.diagnostics > 0 ? `, ${plural(result.diagnostics, 'problem')}` : '';
    void vscode.window.showInformationMessage(`PrepCode: indexed ${plural(result.notes, 'note')} with ` +
      `${plural(result.items, 'item')} (${result.reparsed} re-parsed${problems}).`);
  }
}
