// The "Today" view: today's topic of each active track in the active group, with its practice questions.
// Refreshes on due changes, on server start, and when a curriculum.yaml or .prepcode/config.json changes.
import * as vscode from 'vscode';
import type { ServerContext } from '../../sidecar/serverContext';
import { Methods } from '../../sidecar/protocol';
import { TrackMethods, type TodayResponse } from '../../sidecar/protocol.tracks';
import { withErrorBoundary } from '../../infrastructure/commandManager';
import { childNodes, describe, rootNodes, type TodayNode } from './todayTreeModel';

export class TodayTreeProvider implements vscode.TreeDataProvider<TodayNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TodayNode | undefined>();
  private readonly todayChanged = new vscode.EventEmitter<TodayResponse>();
  private readonly subscriptions: vscode.Disposable[];
  private pending: ReturnType<typeof setTimeout> | undefined;
  readonly onDidChangeTreeData = this.changed.event;
  readonly onDidChangeToday = this.todayChanged.event;
  last: TodayResponse | undefined;

  constructor(private readonly server: ServerContext) {
    const watchers = [
      vscode.workspace.createFileSystemWatcher('**/curriculum.yaml'),
      vscode.workspace.createFileSystemWatcher('**/.prepcode/config.json'),
    ];
    const later = () => this.scheduleRefresh();
    this.subscriptions = [
      ...watchers,
      ...watchers.flatMap(w => [w.onDidChange(later), w.onDidCreate(later), w.onDidDelete(later)]),
      server.onNotification(Methods.dueChanged, later),
      server.onDidBecomeReady(later),
      // Nothing will restart it: empty the view so its welcome says so (as the Due view's does).
      server.onDidGoDown(() => { this.last = undefined; this.changed.fire(undefined); }),
    ];
  }

  scheduleRefresh(delayMs = 200): void {
    if (this.pending) clearTimeout(this.pending);
    this.pending = setTimeout(() => { this.pending = undefined; void this.refresh(); }, delayMs);
  }

  async refresh(): Promise<void> {
    await withErrorBoundary(this.server.log, 'refresh Today view', async () => {
      if (!this.server.isRunning) return;
      const today = await this.server.unlessStopped('refresh Today view', () => this.server.request(TrackMethods.today, {}));
      if (today) this.show(today);
    });
  }

  /** Shows a response the caller already has (after switching group or setting a start date). */
  show(today: TodayResponse): void {
    this.last = today;
    this.todayChanged.fire(today);
    this.changed.fire(undefined);
  }

  getChildren(node?: TodayNode): TodayNode[] {
    if (!node) return this.last ? rootNodes(this.last) : [];
    return childNodes(node);
  }

  getTreeItem(node: TodayNode): vscode.TreeItem {
    const { label, description, tooltip } = describe(node);
    const collapsible = node.kind === 'track' ? vscode.TreeItemCollapsibleState.Expanded
      : node.kind === 'topic' && node.topic.practice.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed
        : vscode.TreeItemCollapsibleState.None;
    const item = new vscode.TreeItem(label, collapsible);
    item.id = node.id;
    item.description = description;
    item.tooltip = tooltip;
    if (node.kind === 'track') item.iconPath = new vscode.ThemeIcon(node.track.status === 'finished' ? 'pass' : 'milestone');
    if (node.kind === 'topic') {
      item.contextValue = node.topic.completed ? 'prepcode.todayTopic.completed' : 'prepcode.todayTopic';
      item.iconPath = new vscode.ThemeIcon(node.topic.completed ? 'check' : 'circle-large-outline');
      item.command = { command: 'prepcode.openTodayTopic', title: 'Open', arguments: [node] };
    }
    if (node.kind === 'practice') item.iconPath = new vscode.ThemeIcon('question');
    if (node.kind === 'message') item.iconPath = new vscode.ThemeIcon('info');
    return item;
  }

  dispose(): void {
    if (this.pending) clearTimeout(this.pending);
    for (const d of this.subscriptions) d.dispose();
    this.changed.dispose();
    this.todayChanged.dispose();
  }
}
