// Once per workspace: when it is a git repository whose .gitignore does not ignore .prepcode/ (where the database
// lives), offer to add it. The addition is an editor edit of .gitignore (undoable), then saved.
import * as vscode from 'vscode';
import type { ServerContext } from '../../sidecar/serverContext';
import { appendedRule, databaseInPrepcodeFolder, ignoresPrepcode } from './gitignoreRule';

const dismissedKey = 'prepcode.gitignoreOffer.dismissed';

export function activateGitignoreOffer(context: vscode.ExtensionContext, server: ServerContext): void {
  let offered = false;
  const once = server.onDidBecomeReady(() => {
    if (offered) return;
    offered = true;
    once.dispose();
    void offer(context, server).catch(error => server.log.warn('gitignore offer failed', error));
  });
  context.subscriptions.push(once);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try { await vscode.workspace.fs.stat(uri); return true; } catch { return false; }
}

async function offer(context: vscode.ExtensionContext, server: ServerContext): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder || context.workspaceState.get<boolean>(dismissedKey)) return;
  if (!databaseInPrepcodeFolder(vscode.workspace.getConfiguration('prepcode').get<string>('databasePath'))) return;
  if (!await exists(vscode.Uri.joinPath(folder.uri, '.git'))) return;
  const gitignore = vscode.Uri.joinPath(folder.uri, '.gitignore');
  // The editor's text of the file (an unsaved buffer included), or none when there is no .gitignore yet.
  const doc = await exists(gitignore) ? await vscode.workspace.openTextDocument(gitignore) : undefined;
  if (ignoresPrepcode(doc?.getText() ?? '')) return;

  const add = 'Add to .gitignore', never = "Don't Ask Again";
  const choice = await vscode.window.showInformationMessage(
    'PrepCode keeps your review schedule in .prepcode/ in this workspace. Add .prepcode/ to .gitignore so it stays out of git?',
    add, never);
  if (choice === never) await context.workspaceState.update(dismissedKey, true);
  if (choice !== add) return;

  const edit = new vscode.WorkspaceEdit();
  const current = doc?.getText() ?? '';                   // as it is now, after the question
  if (!doc) edit.createFile(gitignore, { ignoreIfExists: true });
  edit.insert(gitignore, doc ? doc.positionAt(current.length) : new vscode.Position(0, 0), appendedRule(current));
  if (!await vscode.workspace.applyEdit(edit)) throw new Error('the edit of .gitignore was not applied');
  await (doc ?? await vscode.workspace.openTextDocument(gitignore)).save();
  server.log.info('added .prepcode/ to .gitignore');
  void vscode.window.showInformationMessage('PrepCode: added .prepcode/ to .gitignore.');
}
