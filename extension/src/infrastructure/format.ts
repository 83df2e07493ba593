// Pure text formatting shared by the tree, the review flow and messages. No VS Code imports.
import type { ReviewStateDto } from '../sidecar/protocol';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Days since the epoch of an ISO date ("2025-11-25" or a full timestamp; only the date part counts). */
function epochDay(isoDate: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!m) return undefined;
  return Date.UTC(+m[1], +m[2] - 1, +m[3]) / 86_400_000;
}

/** "2025-11-25" -> "Tue 25 Nov". The calendar date is taken as written, never shifted by a time zone. */
export function formatDay(isoDate: string): string {
  const day = epochDay(isoDate);
  if (day === undefined) return isoDate;
  const d = new Date(day * 86_400_000);
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
}

/** Whole days from `from` to `to` (both ISO dates); positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  const a = epochDay(from), b = epochDay(to);
  return a === undefined || b === undefined ? 0 : Math.round(b - a);
}

/** "6d · EF 2.36"; "new" for an item never reviewed. */
export function formatIntervalEf(state: ReviewStateDto): string {
  if (state.status === 'new' || state.repetitions === 0 && !state.lastReviewed) return 'new';
  return `${state.intervalDays}d · EF ${state.easeFactor.toFixed(2)}`;
}

/** When an item is due, relative to the study day `today`: "today", "3d overdue", "tomorrow", "Tue 25 Nov". */
export function formatDue(dueDate: string | null, today: string): string {
  if (!dueDate) return 'not scheduled';
  const diff = daysBetween(today, dueDate);
  if (diff === 0) return 'today';
  if (diff < 0) return `${-diff}d overdue`;
  if (diff === 1) return 'tomorrow';
  return formatDay(dueDate);
}

/** 72_400 -> "1m 12s"; 4_200 -> "4s"; 3_720_000 -> "1h 2m". */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m ${s % 60}s`;
  return `${Math.floor(m / 60)}h ${m % 60}m`;
}

/** "1 item" / "2 items". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Shortens one line of text to at most `max` characters, ending with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}

/** The file name of a workspace-relative path: "notes/ml/adam.md" -> "adam.md". */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}
