// Palette commands of reviews: Review Due Items, Undo Last Grade.
import * as vscode from 'vscode';
import type { Command } from '../../infrastructure/commandManager';
import type { ServerContext } from '../../sidecar/serverContext';
import { Methods } from '../../sidecar/protocol';
import type { ReviewFlow } from './reviewFlow';
import { formatDay, formatIntervalEf } from '../../infrastructure/format';

export class ReviewDueCommand implements Command {
  readonly id = 'prepcode.reviewDue';
  constructor(private readonly flow: ReviewFlow) {}
  execute(): Promise<void> {
    return this.flow.reviewDue();
  }
}

export class UndoLastGradeCommand implements Command {
  readonly id = 'prepcode.undoLastGrade';
  constructor(private readonly server: ServerContext, private readonly afterUndo: () => void) {}

  async execute(): Promise<void> {
    const undone = await this.server.request(Methods.undoLastGrade, {});
    this.afterUndo();
    const title = await this.server.request(Methods.item, { id: undone.id }).then(d => d.item.title, () => undone.id);
    const s = undone.restored;
    const state = s.status === 'new' || !s.dueDate ? 'new again' : `${formatIntervalEf(s)}, due ${formatDay(s.dueDate)}`;
    void vscode.window.showInformationMessage(`PrepCode: undid the last grade of "${title}" (back to ${state}).`);
  }
}
