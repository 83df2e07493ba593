// "PrepCode: Show History": a webview with the charts of historyCharts (SVG, no scripts). The CSP allows only the
// page's own nonce'd stylesheet; colours are VS Code theme variables.
import * as vscode from 'vscode';
import { randomBytes } from 'node:crypto';
import type { Command } from '../../infrastructure/commandManager';
import type { ServerContext } from '../../sidecar/serverContext';
import { Methods } from '../../sidecar/protocol';
import { TrackMethods } from '../../sidecar/protocol.tracks';
import { historyBody } from './historyCharts';

const styles = `
body { color: var(--vscode-foreground); font-family: var(--vscode-font-family); padding: 0 16px; }
h1 { font-size: 1.3em; } h2 { font-size: 1.05em; margin-bottom: 2px; }
.summary { color: var(--vscode-descriptionForeground); margin: 0 0 6px; }
.axis, .empty { fill: var(--vscode-descriptionForeground); font-size: 10px; }
.grid { stroke: var(--vscode-editorWidget-border, var(--vscode-panel-border)); stroke-width: 1; }
.heat.l0 { fill: var(--vscode-editorWidget-background, var(--vscode-editor-background)); stroke: var(--vscode-panel-border); }
.heat.l1 { fill: var(--vscode-charts-green); fill-opacity: .3; } .heat.l2 { fill: var(--vscode-charts-green); fill-opacity: .55; }
.heat.l3 { fill: var(--vscode-charts-green); fill-opacity: .8; } .heat.l4 { fill: var(--vscode-charts-green); }
.trend { fill: none; stroke: var(--vscode-charts-blue); stroke-width: 2; } .dot { fill: var(--vscode-charts-blue); }
.bar { fill: var(--vscode-charts-purple); } .bar.today { fill: var(--vscode-charts-orange); }
.legend { color: var(--vscode-descriptionForeground); font-size: 11px; }
section { margin-bottom: 18px; }`;

export class HistoryPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly server: ServerContext) {
    this.subscription = server.onNotification(Methods.dueChanged, () => { if (this.panel) void this.render(); });
  }

  async show(): Promise<void> {
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('prepcode.history', 'PrepCode History', vscode.ViewColumn.Active,
        { enableScripts: false, localResourceRoots: [] });
      this.panel.onDidDispose(() => { this.panel = undefined; });
    }
    this.panel.reveal();
    await this.render();
  }

  private async render(): Promise<void> {
    // 13 weeks, as `prepcode history` prints by default (HistoryCommand.DefaultDays)
    const history = await this.server.request(TrackMethods.history, { days: 91, forecastDays: 30 });
    if (!this.panel) return;
    const nonce = randomBytes(16).toString('base64');
    this.panel.webview.html = `<!DOCTYPE html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}'; img-src ${this.panel.webview.cspSource};">
<style nonce="${nonce}">${styles}</style></head><body>${historyBody(history)}</body></html>`;
  }

  dispose(): void {
    this.subscription.dispose();
    this.panel?.dispose();
  }
}

export class ShowHistoryCommand implements Command {
  readonly id = 'prepcode.showHistory';
  constructor(private readonly panel: HistoryPanel) {}
  execute(): Promise<void> {
    return this.panel.show();
  }
}
