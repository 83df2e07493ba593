// Status bar "$(book) 7 due": items due now (overdue + today); a click starts a review.
// Shown also at 0 ("$(book) 0 due") so the user sees PrepCode is working; hidden while the server is not
// running and when `prepcode.statusBar.enabled` is false.
import * as vscode from 'vscode';
import type { DueCounts } from '../../sidecar/protocol';
import { dueNow } from '../dueTree/dueTreeModel';
import { statusBarEnabled } from '../../infrastructure/configuration';

export class DueStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('prepcode.due', vscode.StatusBarAlignment.Left, 50);
  private counts: DueCounts | undefined;
  private running = false;

  constructor() {
    this.item.name = 'PrepCode Due';
    this.item.command = 'prepcode.reviewDue';
  }

  setCounts(counts: DueCounts): void {
    this.counts = counts;
    this.running = true;
    this.update();
  }

  setRunning(running: boolean): void {
    this.running = running;
    this.update();
  }

  update(): void {
    if (!statusBarEnabled() || !this.running || !this.counts) {
      this.item.hide();
      return;
    }
    const c = this.counts;
    const due = dueNow(c);
    this.item.text = `$(book) ${due} due`;
    this.item.tooltip = `PrepCode: ${c.overdue} overdue, ${c.today} due today, ${c.upcoming} upcoming, ${c.new} new.\n` +
      (due > 0 ? 'Click to review.' : 'Nothing due now.');
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
