// The "Readiness" view in the PrepCode container: overall interview readiness and one row per domain
// (ReadinessCalculator with the seed weights, front matter weights and the plan's Quick Stats labels).
// Refreshed whenever due counts change (grades, commits, completions) and when the server is ready.
import * as vscode from 'vscode';
import type { ServerContext } from '../../sidecar/serverContext';
import { Methods } from '../../sidecar/protocol';
import { CheckMethods, type ReadinessResponse } from '../../sidecar/protocol.checks';
import { domainLabel, overallLabel } from './checkChoices';

export class ReadinessProvider implements vscode.TreeDataProvider<vscode.TreeItem>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[];
  private pending: ReturnType<typeof setTimeout> | undefined;
  private report: ReadinessResponse | undefined;
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly server: ServerContext) {
    this.subscriptions = [
      server.onNotification(Methods.dueChanged, () => this.scheduleRefresh()),
      server.onDidBecomeReady(() => this.scheduleRefresh()),
      server.onDidGoDown(() => { this.report = undefined; this.changed.fire(); }),
    ];
  }

  scheduleRefresh(delayMs = 200): void {
    if (this.pending) clearTimeout(this.pending);
    this.pending = setTimeout(() => {
      this.pending = undefined;
      this.server.request(CheckMethods.readiness, {}).then(r => { this.report = r; this.changed.fire(); },
        e => this.server.log.warn('readiness failed', e));
    }, delayMs);
  }

  getTreeItem(element: vscode.TreeItem): vscode.TreeItem {
    return element;
  }

  getChildren(element?: vscode.TreeItem): vscode.TreeItem[] {
    if (element || !this.report) return [];
    const overall = new vscode.TreeItem(overallLabel(this.report));
    overall.id = 'readiness.overall';
    overall.iconPath = new vscode.ThemeIcon('dashboard');
    return [overall, ...this.report.domains.map(d => {
      const { label, description } = domainLabel(d);
      const item = new vscode.TreeItem(label);
      item.id = `readiness.domain.${d.domain}`;
      item.description = description;
      item.iconPath = new vscode.ThemeIcon(d.percent >= 70 ? 'pass' : d.percent > 0 ? 'circle-large-outline' : 'circle-slash');
      return item;
    })];
  }

  dispose(): void {
    if (this.pending) clearTimeout(this.pending);
    for (const s of this.subscriptions) s.dispose();
    this.changed.dispose();
  }
}
