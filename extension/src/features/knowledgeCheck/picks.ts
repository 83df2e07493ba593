// QuickPick helpers over the pure choices, and the domains and tracks the workspace has.
import * as vscode from 'vscode';
import type { ServerContext } from '../../sidecar/serverContext';
import { Methods } from '../../sidecar/protocol';
import { CheckMethods } from '../../sidecar/protocol.checks';
import type { Choice } from './checkChoices';

/** Resolves with the picked value; throws CancellationError on Escape (silent in the error boundary). */
export async function pick<T>(choices: Choice<T>[], title: string, placeHolder: string): Promise<T> {
  const picked = await vscode.window.showQuickPick(choices, { title, placeHolder, ignoreFocusOut: true });
  if (!picked) throw new vscode.CancellationError();
  return picked.value;
}

/** Domains (from readiness: every domain with items) and tracks (from the due and new items). */
export async function domainsAndTracks(server: ServerContext): Promise<{ domains: string[]; tracks: string[] }> {
  const [readiness, due] = await Promise.all([
    server.request(CheckMethods.readiness, {}),
    server.request(Methods.dueItems, { newLimit: 10_000, limit: 10_000 }),
  ]);
  const items = [...due.overdue, ...due.dueToday, ...due.upcoming, ...due.new];
  return {
    domains: readiness.domains.map(d => d.domain).filter(d => d !== 'Unassigned'),
    tracks: items.map(i => i.track).filter((t): t is string => typeof t === 'string'),
  };
}

export function activeMarkdown(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  return editor && editor.document.languageId === 'markdown' && editor.document.uri.scheme === 'file' ? editor : undefined;
}

export function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
