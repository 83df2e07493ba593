// The first index after each server start, as a progress notification with counts ("120 of 400 notes").
import * as vscode from 'vscode';
import type { ServerContext } from '../../sidecar/serverContext';
import { Methods, type IndexProgress } from '../../sidecar/protocol';
import { plural } from '../../infrastructure/format';

export function activateFirstIndexProgress(context: vscode.ExtensionContext, server: ServerContext): void {
  let shown = false;
  let report: ((p: IndexProgress) => void) | undefined;
  context.subscriptions.push(
    server.onDidBecomeReady(() => { shown = false; }),
    server.onNotification<IndexProgress>(Methods.indexProgress, p => {
      if (report) { report(p); return; }
      if (shown || p.finished) return;
      shown = true;
      void vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'PrepCode: indexing notes' },
        progress => new Promise<void>(done => {
          let last = 0;
          report = next => {
            const pct = next.total > 0 ? Math.round(next.done * 100 / next.total) : 100;
            progress.report({ message: `${next.done} of ${plural(next.total, 'note')}`, increment: Math.max(0, pct - last) });
            last = pct;
            if (next.finished) {
              report = undefined;
              vscode.window.setStatusBarMessage(`PrepCode: indexed ${plural(next.total, 'note')}`, 5000);
              setTimeout(done, 800);   // long enough to read the final count
            }
          };
          report(p);
        }));
    }));
}
