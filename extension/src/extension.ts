// Wiring only: create the server context, then activate each feature.
import * as vscode from 'vscode';
import { ServerContext } from './sidecar/serverContext';
import { RestartServerCommand, ShowOutputCommand } from './sidecar/sidecarCommands';
import { CommandManager, withErrorBoundary } from './infrastructure/commandManager';
import { watchConfiguration } from './infrastructure/configuration';
import { DueTreeProvider } from './features/dueTree/dueTreeProvider';
import { OpenItemCommand, RefreshDueCommand, ReviewTreeItemCommand } from './features/dueTree/dueTreeCommands';
import { DueStatusBar } from './features/statusBar/dueStatusBar';
import { ReviewFlow } from './features/review/reviewFlow';
import { ReviewDueCommand, UndoLastGradeCommand } from './features/review/reviewCommands';
import { ReindexCommand } from './features/reindex/reindexCommand';
import { CreateFirstNoteCommand, OpenBundledCurriculaCommand } from './features/welcome/welcomeCommands';
import { ExportReviewLogCommand, OptimizeScheduleCommand } from './features/fsrs/fsrsCommands';
import { activateTracks } from './features/tracks/activateTracks';
import { activateFirstIndexProgress } from './features/reindex/firstIndexProgress';
import { activateKnowledgeChecks } from './features/knowledgeCheck/activate';
import { activateGitignoreOffer } from './features/gitignore/gitignoreOffer';

let server: ServerContext | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const log = vscode.window.createOutputChannel('PrepCode', { log: true });
  server = new ServerContext(context, log);
  const commands = new CommandManager(log);
  const tree = new DueTreeProvider(server);
  const view = vscode.window.createTreeView('prepcode.due', { treeDataProvider: tree, showCollapseAll: true });
  const statusBar = new DueStatusBar();
  const refresh = () => tree.scheduleRefresh(0);
  const flow = new ReviewFlow(server, refresh);
  const reviewItem = (id: string) => withErrorBoundary(log, 'review item', () => flow.reviewItem(id));
  server.reviewItem = reviewItem;

  context.subscriptions.push(log, server, commands, tree, view, statusBar,
    tree.onDidChangeCounts(counts => {
      statusBar.setCounts(counts);
      const due = counts.overdue + counts.today;
      view.badge = due > 0 ? { value: due, tooltip: `${due} due` } : undefined;
    }),
    server.onDidStop(() => statusBar.setRunning(false)),
    watchConfiguration({
      onServerPathChanged: () => void withErrorBoundary(log, 'restart after server.path changed', () => server?.restart()),
      onServerSettingsChanged: () => void withErrorBoundary(log, 'send settings', async () => {
        await server?.sendConfiguration();
        refresh();
      }),
      onViewSettingsChanged: () => { statusBar.update(); refresh(); },
    }));

  commands.register(
    new RestartServerCommand(server),
    new ShowOutputCommand(log),
    new ReindexCommand(server, refresh),
    new RefreshDueCommand(tree),
    new OpenItemCommand(),
    new ReviewTreeItemCommand(reviewItem),
    new ReviewDueCommand(flow),
    new UndoLastGradeCommand(server, refresh),
    new OpenBundledCurriculaCommand(context.extensionUri),
    new CreateFirstNoteCommand(),
    new OptimizeScheduleCommand(server, refresh), new ExportReviewLogCommand(server),
  );

  activateTracks(context, server, commands, refresh);
  activateFirstIndexProgress(context, server);
  activateKnowledgeChecks(context, server, commands, refresh);
  activateGitignoreOffer(context, server);

  void server.start();
}

export async function deactivate(): Promise<void> {
  await server?.stop();
  server = undefined;
}
