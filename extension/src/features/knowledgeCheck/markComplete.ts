// "Mark complete" code lens (prepcode.completeTopic, intercepted by the client middleware): asks the difficulty
// (QuickPick) and an optional note (InputBox), then the sidecar records it, schedules the first review and
// updates the plan file.
import * as vscode from 'vscode';
import type { ServerContext } from '../../sidecar/serverContext';
import { CheckMethods } from '../../sidecar/protocol.checks';
import { difficultyChoices } from './checkChoices';
import { pick } from './picks';

export async function markComplete(server: ServerContext, itemId: string, refresh: () => void): Promise<void> {
  const title = 'PrepCode: Mark complete';
  const difficulty = await pick(difficultyChoices, title, 'How hard was this topic?');
  const note = await vscode.window.showInputBox({ title, prompt: 'A note for the session (optional)', ignoreFocusOut: true });
  if (note === undefined) throw new vscode.CancellationError();
  const done = await server.request(CheckMethods.completeTopic, { itemId, difficulty, note: note || undefined });
  refresh();
  void vscode.window.showInformationMessage(`PrepCode: ${done.message}${done.planMessage ? ' ' + done.planMessage : ''}`);
}
