// "PrepCode: Optimize Schedule" (fit FSRS-6 to the active track group's reviews, cancellable, with progress)
// and "PrepCode: Export Review Log" (card_id,review_rating,review_time,review_duration CSV).
import * as vscode from 'vscode';
import type { Command } from '../../infrastructure/commandManager';
import type { ServerContext } from '../../sidecar/serverContext';
import { FsrsMethods, type OptimizeProgress } from '../../sidecar/protocol.fsrs';

export class OptimizeScheduleCommand implements Command {
  readonly id = 'prepcode.optimizeSchedule';
  constructor(private readonly server: ServerContext, private readonly afterFit: () => void) {}

  async execute(): Promise<void> {
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'PrepCode: fitting FSRS to your reviews…', cancellable: true },
      async (progress, token) => {
        let reported = 0;
        const listener = this.server.onNotification<OptimizeProgress>(FsrsMethods.optimizeProgress, p => {
          const done = Math.round((p.epoch / Math.max(1, p.total)) * 100);
          progress.report({ increment: done - reported, message: `epoch ${p.epoch} of ${p.total} · log loss ${p.logLoss.toFixed(4)}` });
          reported = done;
        });
        try {
          return await this.server.request(FsrsMethods.optimizeSchedule, {}, token);
        } finally {
          listener.dispose();
        }
      });
    this.afterFit();
    const hint = result.usesFsrs ? '' : ` Set prepcode.scheduler to "fsrs" (or { "${result.trackGroup}": "fsrs" }) to schedule the ${result.trackGroup} group with it.`;
    void vscode.window.showInformationMessage(`PrepCode: ${result.message}${hint}`);
  }
}

export class ExportReviewLogCommand implements Command {
  readonly id = 'prepcode.exportReviewLog';
  constructor(private readonly server: ServerContext) {}

  async execute(): Promise<void> {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const target = await vscode.window.showSaveDialog({
      title: 'PrepCode: Export Review Log',
      defaultUri: folder ? vscode.Uri.joinPath(folder, 'review-log.csv') : undefined,
      filters: { 'CSV': ['csv'] },
    });
    if (!target) return;
    const result = await this.server.request(FsrsMethods.exportReviews, {});
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.csv));
    void vscode.window.showInformationMessage(`PrepCode: exported ${result.rows} review${result.rows === 1 ? '' : 's'} to ${vscode.workspace.asRelativePath(target)}.`);
  }
}
