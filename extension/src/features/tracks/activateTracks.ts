// Wires the tracks feature: the Today view, the "Track: ML" status bar item, its commands and the History view.
import * as vscode from 'vscode';
import type { CommandManager } from '../../infrastructure/commandManager';
import type { ServerContext } from '../../sidecar/serverContext';
import { setBundledCurricula } from '../../infrastructure/configuration';
import { TodayTreeProvider } from './todayTreeProvider';
import { TrackStatusBar } from './trackStatusBar';
import { todayViewDescription } from './trackChoices';
import { MarkTopicCompleteCommand, OpenTodayTopicCommand, SetTrackStartCommand, SwitchTrackGroupCommand } from './trackCommands';
import { HistoryPanel, ShowHistoryCommand } from '../history/historyPanel';

export function activateTracks(context: vscode.ExtensionContext, server: ServerContext, commands: CommandManager,
  refreshDue: () => void): void {
  setBundledCurricula(vscode.Uri.joinPath(context.extensionUri, 'curricula').fsPath);
  const tree = new TodayTreeProvider(server);
  const view = vscode.window.createTreeView('prepcode.today', { treeDataProvider: tree });
  const statusBar = new TrackStatusBar();
  const history = new HistoryPanel(server);
  context.subscriptions.push(tree, view, statusBar, history,
    tree.onDidChangeToday(today => {
      statusBar.update(today);
      view.description = todayViewDescription(today);
    }),
    server.onDidStop(() => statusBar.hide()),
    // A new "now" or day-start hour may move every track to another day.
    vscode.workspace.onDidChangeConfiguration(e => { if (e.affectsConfiguration('prepcode')) tree.scheduleRefresh(500); }));
  commands.register(
    new SwitchTrackGroupCommand(server, tree),
    new SetTrackStartCommand(server, tree),
    new OpenTodayTopicCommand(tree),
    new MarkTopicCompleteCommand(server, tree, refreshDue),
    new ShowHistoryCommand(history),
    { id: 'prepcode.refreshToday', execute: () => tree.refresh() },
  );
}
