// Palette commands: Start Knowledge Check, Insert Quiz Prompt, Uncommit Knowledge Check, Topic Coverage Check.
// The sidecar writes every file through workspace/applyEdit; these commands ask, send and open the result.
import * as vscode from 'vscode';
import type { Command } from '../../infrastructure/commandManager';
import type { ServerContext } from '../../sidecar/serverContext';
import { CheckMethods } from '../../sidecar/protocol.checks';
import { countChoices, modeChoices, scopeChoices } from './checkChoices';
import { activeMarkdown, baseName, domainsAndTracks, pick } from './picks';

export class StartKnowledgeCheckCommand implements Command {
  readonly id = 'prepcode.startKnowledgeCheck';
  constructor(private readonly server: ServerContext) {}

  async execute(): Promise<void> {
    const title = 'PrepCode: Start Knowledge Check';
    const count = await pick(countChoices, title, 'How many questions?');
    const editor = activeMarkdown();
    const note = editor ? { uri: editor.document.uri.toString(), name: baseName(editor.document.uri) } : undefined;
    const { domains, tracks } = await domainsAndTracks(this.server);
    const scope = await pick(scopeChoices(note, domains, tracks), title, 'Which notes to ask about?');
    const reviewsOnly = await pick(modeChoices, title, 'New content and reviews, or reviews only?');
    const started = await this.server.request(CheckMethods.startCheck, { count, scope, reviewsOnly });
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(started.uri));
    const shown = await vscode.window.showTextDocument(doc, { preview: false });
    const firstAnswer = findLine(doc, started.line, '**Answer:**');
    const at = new vscode.Position(Math.min(doc.lineCount - 1, firstAnswer + 1), 0);
    shown.selection = new vscode.Selection(at, at);
    shown.revealRange(new vscode.Range(started.line, 0, started.line, 0), vscode.TextEditorRevealType.AtTop);
    void vscode.window.showInformationMessage(`${started.message} Type your answers, then use "Score answers" above the check.`);
  }
}

function findLine(doc: vscode.TextDocument, from: number, text: string): number {
  for (let i = from; i < doc.lineCount; i++) if (doc.lineAt(i).text.includes(text)) return i;
  return from;
}

export class InsertQuizPromptCommand implements Command {
  readonly id = 'prepcode.insertQuizPrompt';
  constructor(private readonly server: ServerContext) {}

  async execute(): Promise<void> {
    const editor = activeMarkdown();
    if (!editor) throw new Error('Open a note and put the cursor in a topic to insert a quiz for it.');
    const p = editor.selection.active;
    const done = await this.server.request(CheckMethods.insertQuizPrompt,
      { uri: editor.document.uri.toString(), position: { line: p.line, character: p.character } });
    void vscode.window.showInformationMessage(`PrepCode: ${done.message}`);
  }
}

export class UncommitCheckCommand implements Command {
  readonly id = 'prepcode.uncommitKnowledgeCheck';
  constructor(private readonly server: ServerContext, private readonly refresh: () => void) {}

  async execute(uri?: unknown, checkId?: unknown): Promise<void> {
    const target = typeof uri === 'string' ? uri : activeMarkdown()?.document.uri.toString();
    if (!target) throw new Error('Open the check file whose check you want to uncommit.');
    const done = await this.server.request(CheckMethods.uncommitCheck,
      { uri: target, checkId: typeof checkId === 'string' ? checkId : undefined });
    this.refresh();
    void vscode.window.showInformationMessage(`PrepCode: ${done.message}`);
  }
}

export class TopicCoverageCheckCommand implements Command {
  readonly id = 'prepcode.topicCoverageCheck';
  constructor(private readonly server: ServerContext) {}

  async execute(): Promise<void> {
    const { domains, tracks } = await domainsAndTracks(this.server);
    const scope = await pick(scopeChoices(undefined, domains, tracks, false), 'PrepCode: Topic Coverage Check',
      'Which domain or track to check?');
    const written = await this.server.request(CheckMethods.writeCoverageCheck, { scope });
    await vscode.window.showTextDocument(vscode.Uri.parse(written.uri), { preview: false });
    void vscode.window.showInformationMessage(`PrepCode: ${written.message}`);
  }
}
