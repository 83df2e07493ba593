// Pure: tallies one review session and words its summary. No VS Code imports.
import { formatDuration, plural } from '../../infrastructure/format';
import { isLapse } from './gradeChoices';

export class ReviewTally {
  reviewed = 0;
  again = 0;
  timeMs = 0;
  private readonly perQuality = new Map<number, number>();

  add(quality: number, durationMs: number): void {
    this.reviewed++;
    if (isLapse(quality)) this.again++;
    this.timeMs += Math.max(0, durationMs);
    this.perQuality.set(quality, (this.perQuality.get(quality) ?? 0) + 1);
  }

  count(quality: number): number {
    return this.perQuality.get(quality) ?? 0;
  }
}

/** "Reviewed 3 items · again 1 · 1m 12s. 4 still due." */
export function summaryText(tally: ReviewTally, stillDue?: number): string {
  if (tally.reviewed === 0) return 'Review ended: no items reviewed.';
  const rest = stillDue === undefined ? '' : stillDue === 0 ? ' Nothing else is due.' : ` ${stillDue} still due.`;
  return `Reviewed ${plural(tally.reviewed, 'item')} · again ${tally.again} · ${formatDuration(tally.timeMs)}.${rest}`;
}
