// Commands of the tracks feature: switch track group, set a track's start date, open and complete today's topic.
import * as vscode from 'vscode';
import type { Command } from '../../infrastructure/commandManager';
import type { ServerContext } from '../../sidecar/serverContext';
import { CheckMethods } from '../../sidecar/protocol.checks';
import { TrackMethods, type TodayTopic, type TrackGroupName } from '../../sidecar/protocol.tracks';
import type { TodayTreeProvider } from './todayTreeProvider';
import type { TodayNode } from './todayTreeModel';
import { accelerationProblem, difficultyChoices, groupLabel, startDateProblem } from './trackChoices';

function topicOf(arg: unknown, tree: TodayTreeProvider): TodayTopic | undefined {
  const node = arg as Partial<TodayNode> | undefined;
  if (node?.kind === 'topic' && 'topic' in node) return node.topic;
  if (typeof arg === 'string') return tree.last?.tracks.flatMap(t => t.topics).find(t => t.id === arg);
  return undefined;
}

export class SwitchTrackGroupCommand implements Command {
  readonly id = 'prepcode.switchTrackGroup';
  constructor(private readonly server: ServerContext, private readonly tree: TodayTreeProvider) {}

  async execute(group?: unknown): Promise<void> {
    let chosen = group === 'ML' || group === 'SWE' ? group as TrackGroupName : undefined;
    if (!chosen) {
      const current = this.tree.last ?? await this.server.request(TrackMethods.today, {});
      const groups: TrackGroupName[] = current.groups.length > 0 ? current.groups : ['ML', 'SWE'];
      const picked = await vscode.window.showQuickPick(groups.map(g => ({
        label: groupLabel(g), group: g, description: g === current.activeGroup ? 'active' : undefined,
      })), { title: 'PrepCode: Switch Track Group', placeHolder: 'Each group keeps its own progress, reviews and history' });
      if (!picked) return;
      chosen = picked.group;
    }
    this.tree.show(await this.server.request(TrackMethods.setActiveGroup, { group: chosen }));
    await vscode.commands.executeCommand('prepcode.refreshDue');
  }
}

export class SetTrackStartCommand implements Command {
  readonly id = 'prepcode.setTrackStart';
  constructor(private readonly server: ServerContext, private readonly tree: TodayTreeProvider) {}

  async execute(): Promise<void> {
    const today = await this.server.request(TrackMethods.today, {});
    const track = await vscode.window.showQuickPick(today.tracks.map(t => ({
      label: t.title, description: t.startDate ? `starts ${t.startDate}` : 'no start date', detail: t.message, track: t,
    })), { title: 'PrepCode: Set Track Start Date', placeHolder: `A ${today.activeGroup} track (switch the group for the others)` });
    if (!track) return;
    const date = await vscode.window.showInputBox({
      title: `Start date of ${track.track.title}`, prompt: 'The day this track is on day 1 (yyyy-MM-dd)',
      value: track.track.startDate ?? today.today, validateInput: startDateProblem,
    });
    if (date === undefined) return;
    const acceleration = await vscode.window.showInputBox({
      title: `Acceleration of ${track.track.title}`, prompt: 'Days to skip ahead: 5 makes the start date day 6',
      value: String(track.track.accelerationDays), validateInput: accelerationProblem,
    });
    if (acceleration === undefined) return;
    this.tree.show(await this.server.request(TrackMethods.setTrackStart,
      { trackId: track.track.id, startDate: date.trim(), accelerationDays: Number(acceleration.trim()) }));
  }
}

export class OpenTodayTopicCommand implements Command {
  readonly id = 'prepcode.openTodayTopic';
  constructor(private readonly tree: TodayTreeProvider) {}

  async execute(arg: unknown): Promise<void> {
    const topic = topicOf(arg, this.tree);
    if (!topic) throw new Error('Select a topic in the Today view to open it.');
    const uri = topic.location?.uri ?? topic.notesUri;
    if (!uri) throw new Error(`The topic "${topic.title}" has no notes file.`);
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    const line = topic.location?.range.start.line ?? 0;
    const at = new vscode.Range(line, 0, line, 0);
    await vscode.window.showTextDocument(doc, { selection: at, preview: true });
    vscode.window.activeTextEditor?.revealRange(at, vscode.TextEditorRevealType.AtTop);
  }
}

/**
 * Completes a topic as seed 001 does: a difficulty 1-5 and an optional note, sent with prepcode/completeTopic like the
 * Mark complete code lens, so the server grades it (1 → q 5 ... 5 → q 3), records difficulty and note, and updates
 * the plan file.
 */
export class MarkTopicCompleteCommand implements Command {
  readonly id = 'prepcode.completeTodayTopic';
  constructor(private readonly server: ServerContext, private readonly tree: TodayTreeProvider, private readonly afterGrade: () => void) {}

  async execute(arg: unknown): Promise<void> {
    let topic = topicOf(arg, this.tree);
    if (!topic) throw new Error('Select a topic in the Today view to mark it complete.');
    if (!topic.isStudyItem) {
      if (!await offerCopy(topic, this.tree)) return;
      topic = await waitUntilIndexed(this.server, this.tree, topic);   // then complete it, as asked
    }
    const title = `Complete: ${topic.title}`;
    const picked = await vscode.window.showQuickPick(difficultyChoices.map(c => ({ ...c })), {
      title, placeHolder: 'Rate difficulty (1-5): how challenging was this topic?', ignoreFocusOut: true,
    });
    if (!picked) return;
    const note = await vscode.window.showInputBox({ title, prompt: 'Add notes: key insights, things to review (optional)', ignoreFocusOut: true });
    if (note === undefined) return;
    const done = await this.server.request(CheckMethods.completeTopic,
      { itemId: topic.id, difficulty: picked.difficulty, note: note.trim() || undefined });
    this.afterGrade();
    await this.tree.refresh();
    void vscode.window.showInformationMessage(`PrepCode: "${topic.title}" completed; first review ${done.after.dueDate ?? 'soon'}.` +
      (done.planMessage ? ` ${done.planMessage}` : ''));
  }
}

/**
 * A shipped track's notes are not in the workspace, so its topics have no schedule yet. Offers to copy the track's
 * folder to curricula/<track> in the workspace: its notes are then indexed (and the copy replaces the shipped track).
 * True when the track was copied.
 */
async function offerCopy(topic: TodayTopic, tree: TodayTreeProvider): Promise<boolean> {
  const trackId = tree.last?.tracks.find(t => t.topics.some(x => x.id === topic.id))?.id;
  const folder = vscode.workspace.workspaceFolders?.[0];
  const notes = topic.notesUri ? vscode.Uri.parse(topic.notesUri) : undefined;
  const message = `"${topic.title}" has no notes heading {#${topic.id}} in this workspace, so it cannot be scheduled yet.`;
  if (!trackId || !folder || !notes) throw new Error(message);
  const source = vscode.Uri.joinPath(notes, '..', '..');
  const target = vscode.Uri.joinPath(folder.uri, 'curricula', trackId);
  const choice = await vscode.window.showWarningMessage(`${message} Copy the track to curricula/${trackId} in this workspace?`, 'Copy Track to Workspace');
  if (choice !== 'Copy Track to Workspace') return false;
  await vscode.workspace.fs.copy(source, target, { overwrite: false });
  return true;
}

/** After a copy: waits (up to 30 s) until the server has indexed the topic's heading, and returns the topic as it is now. */
async function waitUntilIndexed(server: ServerContext, tree: TodayTreeProvider, topic: TodayTopic): Promise<TodayTopic> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `PrepCode: indexing the copied track for "${topic.title}"…` },
    async () => {
      for (const deadline = Date.now() + 30_000; Date.now() < deadline; await new Promise(r => setTimeout(r, 500))) {
        const today = await server.request(TrackMethods.today, {});
        const now = today.tracks.flatMap(t => t.topics).find(t => t.id === topic.id);
        if (now?.isStudyItem) {
          tree.show(today);
          return now;
        }
      }
      throw new Error(`The track was copied, but "${topic.title}" is not indexed yet: mark it complete again in a moment.`);
    });
}
