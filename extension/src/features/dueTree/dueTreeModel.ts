// Pure: turns a DueItemsResponse into the Due tree's groups and items (ids, labels, descriptions,
// tooltips). The VS Code provider only copies these onto TreeItems. No VS Code imports.
import type { DueItem, DueItemsResponse } from '../../sidecar/protocol';
import { baseName, formatDay, formatDue, formatIntervalEf, plural, truncate } from '../../infrastructure/format';
import { formatMemory, formatRecall, formatStability } from '../fsrs/recallText';

export type GroupKey = 'overdue' | 'today' | 'upcoming' | 'new';

export interface ItemNode {
  kind: 'item';
  /** Stable across refreshes (and across groups), so VS Code keeps selection and expansion. */
  id: string;
  item: DueItem;
  group: GroupKey;
  label: string;
  description: string;
  tooltip: string;
}

export interface GroupNode {
  kind: 'group';
  id: string;
  key: GroupKey;
  label: string;
  description: string;
  count: number;
  expandedByDefault: boolean;
  items: ItemNode[];
}

export type DueNode = GroupNode | ItemNode;

const titleMax = 80;

export function itemLabel(item: DueItem): string {
  return truncate(item.title, titleMax) || item.id;
}

const underFsrs = (item: DueItem): item is DueItem & { retrievability: number } =>
  item.retrievability !== undefined && item.retrievability !== null;

/** "6d · EF 2.36 · 3d overdue · adam.md"; under FSRS "R 87 % · S 12.3d · D 5.1 · 3d overdue · adam.md" (SM-2's
 * interval and EF mean nothing there); new items: "new · adam.md". */
export function itemDescription(item: DueItem, today: string): string {
  // under FSRS predicted recall leads, so a narrow sidebar still shows it
  const parts = underFsrs(item)
    ? [formatRecall(item.retrievability), ...(item.fsrs ? [formatMemory(item.fsrs)] : [])]
    : [formatIntervalEf(item.state)];
  if (item.state.dueDate) parts.push(formatDue(item.state.dueDate, today));
  parts.push(baseName(item.notePath));
  return parts.join(' · ');
}

export function itemTooltip(item: DueItem, today: string): string {
  const s = item.state;
  const lines = [
    `${item.kind === 'card' ? 'Card' : 'Topic'}: ${item.title}`,
    `Note: ${item.notePath}`,
    s.dueDate ? `Due: ${formatDay(s.dueDate)} (${formatDue(s.dueDate, today)})` : 'Due: not scheduled yet (new)',
  ];
  if (underFsrs(item)) {
    lines.push(`Predicted recall now (FSRS): ${formatRecall(item.retrievability)}`);
    if (item.fsrs) {
      lines.push(`FSRS: stability ${formatStability(item.fsrs.stability)} (recall falls to 90 % after it) · ` +
        `difficulty ${item.fsrs.difficulty.toFixed(1)} of 10 · interval ${plural(s.intervalDays, 'day')}`);
    }
  } else if (s.status !== 'new') {
    lines.push(`Interval: ${plural(s.intervalDays, 'day')} · EF ${s.easeFactor.toFixed(2)} · repetitions ${s.repetitions} · lapses ${s.lapses}`);
  }
  if (s.lastReviewed) lines.push(`Last reviewed: ${formatDay(s.lastReviewed)}`);
  if (item.domain) lines.push(`Domain: ${item.domain}`);
  if (item.track) lines.push(`Track: ${item.track}`);
  return lines.join('\n');
}

function groupNode(key: GroupKey, label: string, items: DueItem[], count: number, today: string,
  expandedByDefault: boolean, extra?: string): GroupNode {
  return {
    kind: 'group', id: `group:${key}`, key, label, count, expandedByDefault,
    description: extra ? `${count} · ${extra}` : String(count),
    items: items.map(item => ({
      kind: 'item', id: `item:${item.id}`, item, group: key,
      label: itemLabel(item), description: itemDescription(item, today), tooltip: itemTooltip(item, today),
    })),
  };
}

/** The four groups, always in this order. Counts come from the server (lists may be capped, e.g. new). */
export function buildDueTree(response: DueItemsResponse, upcomingDays: number): GroupNode[] {
  const c = response.counts;
  return [
    groupNode('overdue', 'Overdue', response.overdue, Math.max(c.overdue, response.overdue.length), response.today, true),
    groupNode('today', 'Today', response.dueToday, Math.max(c.today, response.dueToday.length), response.today, true),
    groupNode('upcoming', 'Upcoming', response.upcoming, Math.max(c.upcoming, response.upcoming.length), response.today, false,
      `next ${plural(upcomingDays, 'day')}`),
    groupNode('new', 'New', response.new, Math.max(c.new, response.new.length), response.today, false),
  ];
}

/** True when the workspace has no items at all: the view then shows its welcome content. */
export function isEmpty(response: DueItemsResponse): boolean {
  const c = response.counts;
  return c.overdue + c.today + c.upcoming + c.new === 0
    && response.overdue.length + response.dueToday.length + response.upcoming.length + response.new.length === 0;
}

/** Items due now (overdue first, then today), the order a review goes through them. */
export function reviewQueue(response: DueItemsResponse): DueItem[] {
  return [...response.overdue, ...response.dueToday];
}

/** A fingerprint of the tree's shape; the provider fires a change only when it differs. */
export function treeSignature(groups: GroupNode[]): string {
  return groups.map(g => `${g.id}|${g.label}|${g.description}|` +
    g.items.map(i => `${i.id}~${i.label}~${i.description}`).join(',')).join('\n');
}

/** Due now = overdue + today: what the status bar shows. */
export function dueNow(counts: { overdue: number; today: number }): number {
  return counts.overdue + counts.today;
}
