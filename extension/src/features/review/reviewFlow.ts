// A review session: for each item, the question, then the answer and a grade sent with prepcode/grade;
// Escape ends it and a summary tells what was done.
import * as vscode from 'vscode';
import type { ServerContext } from '../../sidecar/serverContext';
import { Methods } from '../../sidecar/protocol';
import { reviewQueue } from '../dueTree/dueTreeModel';
import { askGrade, askQuestion } from './reviewPicks';
import { reviewPlanFor } from './reviewPlan';
import { ReviewTally, summaryText } from './reviewSummary';
import { plural } from '../../infrastructure/format';
import { upcomingDays } from '../../infrastructure/configuration';

export class ReviewFlow {
  private running = false;

  constructor(private readonly server: ServerContext, private readonly afterReview: () => void) {}

  /** Reviews everything due now, overdue first. */
  async reviewDue(): Promise<void> {
    const due = await this.server.request(Methods.dueItems, { upcomingDays: upcomingDays() });
    const queue = reviewQueue(due).map(i => i.id);
    if (queue.length === 0) {
      const next = due.upcoming[0]?.state.dueDate;
      void vscode.window.showInformationMessage(`PrepCode: nothing is due right now.` +
        (due.counts.new > 0 ? ` ${plural(due.counts.new, 'new item')} waiting.` : '') + (next ? ` Next review: ${next}.` : ''));
      return;
    }
    await this.run(queue, true);
  }

  /** Reviews one item (code lens, tree action). */
  reviewItem(itemId: string): Promise<void> {
    return this.run([itemId], false);
  }

  private async run(ids: string[], reportStillDue: boolean): Promise<void> {
    if (this.running) {
      void vscode.window.showInformationMessage('PrepCode: a review is already open.');
      return;
    }
    this.running = true;
    const tally = new ReviewTally();
    try {
      for (let i = 0; i < ids.length; i++) {
        const details = await this.server.request(Methods.item, { id: ids[i] });
        const position = ids.length > 1 ? `${i + 1}/${ids.length}` : '';
        const shownAt = Date.now();
        const step = await askQuestion(details, position, await reviewPlanFor(this.server, details));
        if (step === undefined) break;
        if (step === 'skip') continue;
        const quality = await askGrade(details, position);
        if (quality === undefined) break;
        const durationMs = Date.now() - shownAt;
        await this.server.request(Methods.grade, { id: details.item.id, quality, durationMs });
        tally.add(quality, durationMs);
        this.afterReview();
      }
    } finally {
      this.running = false;
    }
    let stillDue: number | undefined;
    if (reportStillDue && tally.reviewed > 0) {
      const after = await this.server.request(Methods.dueItems, { upcomingDays: upcomingDays() }).catch(() => undefined);
      stillDue = after ? after.counts.overdue + after.counts.today : undefined;
    }
    const summary = summaryText(tally, stillDue);
    this.server.log.info(summary);
    const choice = await vscode.window.showInformationMessage(`PrepCode: ${summary}`, ...(tally.reviewed > 0 ? ['Undo Last Grade'] : []));
    if (choice === 'Undo Last Grade') await vscode.commands.executeCommand('prepcode.undoLastGrade');
  }
}
