// Commands of the Due view: refresh, open an item's note at its range, review one item.
import * as vscode from 'vscode';
import type { Command } from '../../infrastructure/commandManager';
import type { DueItem } from '../../sidecar/protocol';
import type { DueTreeProvider } from './dueTreeProvider';
import type { ItemNode } from './dueTreeModel';

/** Tree commands get an ItemNode; other callers may pass the DueItem itself. */
export function dueItemOf(arg: unknown): DueItem | undefined {
  if (typeof arg !== 'object' || arg === null) return undefined;
  const node = arg as Partial<ItemNode> & Partial<DueItem>;
  if (node.kind === 'item' && node.item) return node.item;
  return typeof node.id === 'string' && node.location ? (node as DueItem) : undefined;
}

export async function openItem(item: DueItem): Promise<void> {
  const { start, end } = item.location.range;
  const range = new vscode.Range(start.line, start.character, end.line, end.character);
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(item.location.uri));
  await vscode.window.showTextDocument(doc, { selection: new vscode.Range(range.start, range.start), preview: true });
  const editor = vscode.window.activeTextEditor;
  editor?.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

export class RefreshDueCommand implements Command {
  readonly id = 'prepcode.refreshDue';
  constructor(private readonly tree: DueTreeProvider) {}
  execute(): Promise<void> {
    return this.tree.refresh();
  }
}

export class OpenItemCommand implements Command {
  readonly id = 'prepcode.openItem';
  async execute(arg: unknown): Promise<void> {
    const item = dueItemOf(arg);
    if (!item) throw new Error('Select an item in the Due view to open it.');
    await openItem(item);
  }
}

export class ReviewTreeItemCommand implements Command {
  readonly id = 'prepcode.reviewTreeItem';
  constructor(private readonly review: (itemId: string) => Promise<unknown>) {}
  async execute(arg: unknown): Promise<void> {
    const item = dueItemOf(arg);
    if (!item) throw new Error('Select an item in the Due view to review it.');
    await this.review(item.id);
  }
}
