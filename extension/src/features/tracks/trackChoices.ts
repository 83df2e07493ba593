// Pure helpers of the tracks feature: difficulty to SM-2 quality, start-date validation, labels. No VS Code imports.
import type { TodayResponse, TrackToday, ReviewType } from '../../sidecar/protocol.tracks';

/**
 * "Rate difficulty (1-5): how challenging was this topic?" (seed 001). The server grades it (TopicCompletion.QualityFor):
 * an easy topic is recalled perfectly (q 5), a hard one with effort (q 3); the descriptions say which grade.
 */
export const difficultyChoices = [
  { difficulty: 1, label: '1 · Easy', description: 'I knew it already (grade 5)' },
  { difficulty: 2, label: '2 · Fairly easy', description: 'grade 4' },
  { difficulty: 3, label: '3 · Medium', description: 'grade 4' },
  { difficulty: 4, label: '4 · Hard', description: 'took real effort (grade 3)' },
  { difficulty: 5, label: '5 · Very hard', description: 'still shaky (grade 3)' },
] as const;

/** Undefined when `text` is a real yyyy-MM-dd date; else the reason, for an InputBox. */
export function startDateProblem(text: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return 'Use yyyy-MM-dd, e.g. 2026-11-20.';
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return `${text.trim()} is not a date in the calendar.`;
  return undefined;
}

/** Undefined when `text` is a whole number of days from 0 to 3650. */
export function accelerationProblem(text: string): string | undefined {
  return /^\d{1,4}$/.test(text.trim()) && Number(text.trim()) <= 3650 ? undefined : 'A whole number of days from 0 to 3650, e.g. 5 to start on day 6.';
}

export const groupLabel = (group: string): string => group === 'ML' ? '$(beaker) ML' : group === 'SWE' ? '$(code) SWE' : group;

export function statusBarText(today: TodayResponse): string {
  return `$(mortar-board) Track: ${today.activeGroup}`;
}

/** The Today view's description beside its title: the active group as in the status bar, and the study day. */
export function todayViewDescription(today: TodayResponse): string {
  return `Track: ${today.activeGroup} · ${today.today}`;
}

/** "Day 3/14" style description of a track row. */
export function trackDescription(track: TrackToday): string {
  if (track.status === 'inProgress') return `Day ${track.dayNumber}/${track.days}`;
  if (track.status === 'finished') return `Day ${track.dayNumber}: reviews only`;
  if (track.status === 'notStarted') return 'not started';
  return 'no start date';
}

export const reviewTypeLabel: Readonly<Record<ReviewType, string>> = {
  quickRefresh: 'Quick refresh',
  moderateDepth: 'Moderate depth',
  fullRecall: 'Full recall',
  longTermRetention: 'Long-term retention',
};
