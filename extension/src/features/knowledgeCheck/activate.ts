// Wires knowledge checks, plan updates, topic completion, readiness and coverage checks into the extension.
// Score / Commit / Uncommit / Read coverage lenses are the sidecar's own commands (workspace/executeCommand);
// "Mark complete" is intercepted by the client middleware so VS Code can ask with a QuickPick.
import * as vscode from 'vscode';
import type { ServerContext } from '../../sidecar/serverContext';
import { CommandManager, withErrorBoundary } from '../../infrastructure/commandManager';
import { ReadinessProvider } from './readinessView';
import { markComplete } from './markComplete';
import {
  InsertQuizPromptCommand, StartKnowledgeCheckCommand, TopicCoverageCheckCommand, UncommitCheckCommand,
} from './knowledgeCheckCommands';

export function activateKnowledgeChecks(context: vscode.ExtensionContext, server: ServerContext, commands: CommandManager,
  refreshDue: () => void): void {
  const readiness = new ReadinessProvider(server);
  const view = vscode.window.createTreeView('prepcode.readiness', { treeDataProvider: readiness });
  const refresh = () => { refreshDue(); readiness.scheduleRefresh(0); };
  server.completeTopic = id => withErrorBoundary(server.log, 'mark complete', () => markComplete(server, id, refresh));
  context.subscriptions.push(readiness, view);
  commands.register(
    new StartKnowledgeCheckCommand(server),
    new InsertQuizPromptCommand(server),
    new UncommitCheckCommand(server, refresh),
    new TopicCoverageCheckCommand(server),
    { id: 'prepcode.refreshReadiness', execute: () => readiness.scheduleRefresh(0) },
  );
}
