// Pure: the choices of "Start Knowledge Check", "Topic Coverage Check" and "Mark complete", and the labels of the
// Readiness view. No VS Code imports, so unit tests cover them.
import type { CheckScopeDto, DomainReadiness, ReadinessResponse } from '../../sidecar/protocol.checks';

export interface Choice<T> { label: string; description?: string; value: T }

export const countChoices: Choice<number>[] = [10, 5, 15, 20].map((n, i) => ({
  label: `${n} questions`, description: i === 0 ? 'default: 70 % new or recent, 30 % due' : undefined, value: n,
}));

export const modeChoices: Choice<boolean>[] = [
  { label: 'New and review', description: '70 % new or recent, 30 % due and overdue (most overdue first)', value: false },
  { label: 'Reviews only', description: 'only due and overdue items', value: true },
];

/** Everything first, then this note (when a note is open), then each domain and track, sorted. */
export function scopeChoices(note: { uri: string; name: string } | undefined, domains: string[], tracks: string[],
  withNote = true): Choice<CheckScopeDto>[] {
  const sorted = (xs: string[]) => [...new Set(xs.filter(x => x.trim() !== ''))].sort((a, b) => a.localeCompare(b));
  return [
    { label: 'Everything', description: 'every note', value: { kind: 'everything' } },
    ...(withNote && note ? [{ label: `This note: ${note.name}`, value: { kind: 'note', value: note.uri } as CheckScopeDto }] : []),
    ...sorted(domains).map(d => ({ label: `Domain: ${d}`, value: { kind: 'domain', value: d } as CheckScopeDto })),
    ...sorted(tracks).map(t => ({ label: `Track: ${t}`, value: { kind: 'track', value: t } as CheckScopeDto })),
  ];
}

/** Difficulty 1-5 of a completed topic: 1 → q 5, 2-3 → q 4, 4-5 → q 3 (TopicCompletion). */
export const difficultyChoices: Choice<number>[] = [
  { label: '1 · Easy', description: 'first review in a day, high ease', value: 1 },
  { label: '2 · Fairly easy', value: 2 },
  { label: '3 · Medium', value: 3 },
  { label: '4 · Hard', description: 'comes back today until it sticks', value: 4 },
  { label: '5 · Very hard', value: 5 },
];

const pct = (p: number) => `${Number.isInteger(p) ? p : p.toFixed(1)}%`;

export function overallLabel(r: ReadinessResponse): string {
  return `Overall Interview Readiness: ${pct(r.overallPercent)}`;
}

export function domainLabel(d: DomainReadiness): { label: string; description: string } {
  const weight = d.weight !== undefined && d.weight !== null ? ` · weight ${pct(d.weight)}` : '';
  return { label: `${d.domain}: ${pct(d.percent)}`, description: `${d.learned}/${d.items} learned${weight}` };
}
