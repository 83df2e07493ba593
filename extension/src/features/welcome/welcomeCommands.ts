// Buttons of the Due view's welcome content: open the bundled curricula, create a first note.
import * as vscode from 'vscode';
import type { Command } from '../../infrastructure/commandManager';
import { firstNotePath, firstNoteText } from './firstNote';

export class OpenBundledCurriculaCommand implements Command {
  readonly id = 'prepcode.openBundledCurricula';
  constructor(private readonly extensionUri: vscode.Uri) {}

  async execute(): Promise<void> {
    const folder = vscode.Uri.joinPath(this.extensionUri, 'curricula');
    try {
      await vscode.workspace.fs.stat(folder);
    } catch {
      throw new Error(`This build of PrepCode has no bundled curricula (looked in ${folder.fsPath}).`);
    }
    await vscode.commands.executeCommand('vscode.openFolder', folder, { forceNewWindow: true });
  }
}

export class CreateFirstNoteCommand implements Command {
  readonly id = 'prepcode.createFirstNote';

  async execute(): Promise<void> {
    const root = vscode.workspace.workspaceFolders?.[0]?.uri;
    if (!root) throw new Error('Open a folder first: PrepCode keeps its notes in the workspace.');
    const uri = vscode.Uri.joinPath(root, ...firstNotePath.split('/'));
    let exists = true;
    try { await vscode.workspace.fs.stat(uri); } catch { exists = false; }
    if (!exists) await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(firstNoteText));
    await vscode.window.showTextDocument(uri);
  }
}
