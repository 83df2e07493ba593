// The "Due" tree: asks the server for due items and shows the groups built by dueTreeModel.
// Ids are stable, so refreshing from the root keeps what the user expanded.
import * as vscode from 'vscode';
import type { ServerContext } from '../../sidecar/serverContext';
import { Methods, type DueCounts, type DueItemsResponse } from '../../sidecar/protocol';
import { buildDueTree, dueNow, isEmpty, treeSignature, type DueNode, type GroupNode } from './dueTreeModel';
import { upcomingDays } from '../../infrastructure/configuration';
import { withErrorBoundary } from '../../infrastructure/commandManager';

/** Drives the view's welcome content: "starting" | "empty" | "ready" | "stopped". */
const stateKey = 'prepcode.dueState';

const groupIcons = { overdue: 'warning', today: 'calendar', upcoming: 'history', new: 'sparkle' } as const;

export class DueTreeProvider implements vscode.TreeDataProvider<DueNode>, vscode.Disposable {
  private groups: GroupNode[] = [];
  private signature = '';
  private readonly changed = new vscode.EventEmitter<DueNode | undefined>();
  private readonly countsChanged = new vscode.EventEmitter<DueCounts>();
  private pending: ReturnType<typeof setTimeout> | undefined;
  private loading: Promise<void> | undefined;
  private again = false;
  readonly onDidChangeTreeData = this.changed.event;
  /** Fires with fresh counts, from a refresh or a prepcode/dueChanged notification. */
  readonly onDidChangeCounts = this.countsChanged.event;
  private readonly subscriptions: vscode.Disposable[];
  lastResponse: DueItemsResponse | undefined;

  constructor(private readonly server: ServerContext) {
    void vscode.commands.executeCommand('setContext', stateKey, 'starting');
    this.subscriptions = [
      server.onNotification<DueCounts>(Methods.dueChanged, counts => {
        this.countsChanged.fire(counts);
        this.scheduleRefresh();
      }),
      server.onDidBecomeReady(() => this.scheduleRefresh()),
      server.onDidStop(() => void vscode.commands.executeCommand('setContext', stateKey, 'stopped')),
      // Nothing will restart it: empty the view so its welcome says so, with Restart Server and Show Output.
      server.onDidGoDown(() => this.clear()),
    ];
  }

  /** Coalesces bursts of notifications (one per edited note) into one request. */
  scheduleRefresh(delayMs = 150): void {
    if (this.pending) clearTimeout(this.pending);
    this.pending = setTimeout(() => { this.pending = undefined; void this.refresh(); }, delayMs);
  }

  /** Fetches the due items again; at most one request runs, a call during it queues one more. */
  refresh(): Promise<void> {
    if (this.loading) {
      this.again = true;
      return this.loading;
    }
    this.loading = withErrorBoundary(this.server.log, 'refresh Due view', () => this.load())
      .then(() => undefined)
      .finally(() => {
        this.loading = undefined;
        if (this.again) { this.again = false; void this.refresh(); }
      });
    return this.loading;
  }

  private async load(): Promise<void> {
    if (!this.server.isRunning) return;
    const days = upcomingDays();
    const response = await this.server.unlessStopped('refresh Due view',
      () => this.server.request(Methods.dueItems, { upcomingDays: days }));
    if (!response) return;
    this.lastResponse = response;
    const groups = isEmpty(response) ? [] : buildDueTree(response, days);
    await vscode.commands.executeCommand('setContext', stateKey, groups.length === 0 ? 'empty' : 'ready');
    this.countsChanged.fire(response.counts);
    const signature = treeSignature(groups);
    this.groups = groups;
    if (signature !== this.signature) {
      this.signature = signature;
      this.changed.fire(undefined);
    }
  }

  private clear(): void {
    void vscode.commands.executeCommand('setContext', stateKey, 'stopped');
    this.lastResponse = undefined;
    this.groups = [];
    this.signature = '';
    this.changed.fire(undefined);
  }

  get dueNow(): number {
    return this.lastResponse ? dueNow(this.lastResponse.counts) : 0;
  }

  getTreeItem(node: DueNode): vscode.TreeItem {
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(node.label, node.items.length === 0
        ? vscode.TreeItemCollapsibleState.None
        : node.expandedByDefault ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
      item.id = node.id;
      item.description = node.description;
      item.contextValue = `prepcode.group.${node.key}`;
      item.iconPath = new vscode.ThemeIcon(groupIcons[node.key]);
      item.tooltip = `${node.label}: ${node.count}`;
      return item;
    }
    const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    item.description = node.description;
    item.tooltip = node.tooltip;
    item.contextValue = 'prepcode.item';
    item.iconPath = new vscode.ThemeIcon(node.item.kind === 'card' ? 'question' : 'bookmark');
    item.command = { command: 'prepcode.openItem', title: 'Open', arguments: [node] };
    return item;
  }

  getChildren(node?: DueNode): DueNode[] {
    if (!node) return this.groups;
    return node.kind === 'group' ? node.items : [];
  }

  getParent(node: DueNode): DueNode | undefined {
    return node.kind === 'item' ? this.groups.find(g => g.key === node.group) : undefined;
  }

  dispose(): void {
    if (this.pending) clearTimeout(this.pending);
    for (const s of this.subscriptions) s.dispose();
    this.changed.dispose();
    this.countsChanged.dispose();
  }
}
