// The two QuickPick steps of a review: the question (Show Answer / Skip), then the answer with the
// grade choices. Keyboard only: Enter picks, a typed digit 0-5 grades at once, Escape ends the review.
import * as vscode from 'vscode';
import type { ItemDetails } from '../../sidecar/protocol';
import { buttonChoices, qualityChoices, qualityFromTypedText } from './gradeChoices';
import { baseName, truncate } from '../../infrastructure/format';
import type { ReviewPlanResponse } from '../../sidecar/protocol.tracks';
import { planLines } from './reviewPlan';

interface Choice extends vscode.QuickPickItem { action: 'answer' | 'skip' | 'grade' | 'none'; quality?: number }

export type QuestionStep = 'answer' | 'skip' | undefined;

const separator = (label: string): Choice => ({ label, kind: vscode.QuickPickItemKind.Separator, action: 'none' });

/** Shows one QuickPick; resolves with the accepted choice, a typed quality, or undefined on Escape. */
function show(title: string, placeholder: string, items: Choice[], active: Choice | undefined,
  gradeByDigit: boolean): Promise<Choice | undefined> {
  return new Promise(resolve => {
    const pick = vscode.window.createQuickPick<Choice>();
    let done = false;
    const finish = (choice: Choice | undefined) => {
      if (done) return;
      done = true;
      resolve(choice);
      pick.hide();
    };
    pick.title = title;
    pick.placeholder = placeholder;
    pick.items = items;
    pick.matchOnDescription = true;
    pick.ignoreFocusOut = true;
    if (active) pick.activeItems = [active];
    pick.onDidAccept(() => {
      const choice = pick.selectedItems[0] ?? pick.activeItems[0];
      if (choice && choice.action !== 'none') finish(choice);
    });
    pick.onDidChangeValue(value => {
      const q = gradeByDigit ? qualityFromTypedText(value) : undefined;
      if (q !== undefined) finish({ label: String(q), action: 'grade', quality: q });
    });
    pick.onDidHide(() => { finish(undefined); pick.dispose(); });
    pick.show();
  });
}

function heading(details: ItemDetails, position: string): string {
  return `PrepCode Review ${position} · ${baseName(details.item.notePath)}`;
}

export async function askQuestion(details: ItemDetails, position: string, plan?: ReviewPlanResponse): Promise<QuestionStep> {
  const question = details.question || details.item.title;
  const items: Choice[] = [
    { label: '$(eye) Show Answer', description: question === details.item.title ? undefined : details.item.title,
      detail: truncate(question, 300), action: 'answer' },
    { label: '$(debug-step-over) Skip', description: 'leave this item for later', action: 'skip' },
  ];
  if (plan) {
    const { heading, lines } = planLines(plan);
    items.push(separator(heading), ...lines.map<Choice>(l => ({ label: truncate(l, 200), action: 'none' })));
  }
  const choice = await show(heading(details, position), truncate(question, 200), items, items[0], false);
  return choice?.action === 'answer' || choice?.action === 'skip' ? choice.action : undefined;
}

/** Resolves with the SM-2 quality 0-5, or undefined when the user ended the review. */
export async function askGrade(details: ItemDetails, position: string): Promise<number | undefined> {
  const question = details.question || details.item.title;
  const answerLines = (details.answer ?? '').split(/\r?\n/).map(l => l.trim()).filter(l => l !== '');
  const items: Choice[] = [];
  if (answerLines.length > 0 || details.keyPoints.length > 0) {
    items.push(separator('Answer'));
    for (const line of answerLines) items.push({ label: truncate(line, 200), action: 'none' });
    const shown = answerLines.join(' ');
    for (const point of details.keyPoints.filter(p => !shown.includes(p.trim()))) items.push({ label: `$(circle-small-filled) ${truncate(point, 200)}`, action: 'none' });
  }
  items.push(separator('How well did you recall it?'));
  const buttons = buttonChoices.map<Choice>(c => ({ label: c.label, description: c.description, action: 'grade', quality: c.quality }));
  items.push(...buttons, separator('SM-2 grade (type a digit)'));
  items.push(...qualityChoices.map<Choice>(c => ({ label: c.label, description: c.description, action: 'grade', quality: c.quality })));
  const answer = answerLines.length > 0 ? `Answer: ${answerLines.join(' ')}` : 'Grade your recall';
  const choice = await show(`${heading(details, position)} · ${truncate(question, 80)}`,
    `${truncate(answer, 150)} — Again/Hard/Good/Easy or 0-5`, items, buttons[2], true);
  return choice?.action === 'grade' ? choice.quality : undefined;
}
