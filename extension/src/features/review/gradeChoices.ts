// Pure: the grade buttons of a review and the SM-2 quality each stands for. No VS Code imports.

export interface GradeChoice {
  /** What the user sees: "Good", "4". */
  label: string;
  /** SM-2 quality 0-5. */
  quality: number;
  description: string;
}

/** Again / Hard / Good / Easy -> q = 1 / 3 / 4 / 5 (DESIGN.md §5). */
export const buttonChoices: readonly GradeChoice[] = [
  { label: 'Again', quality: 1, description: 'q 1 · forgot: starts over tomorrow' },
  { label: 'Hard', quality: 3, description: 'q 3 · recalled with serious difficulty' },
  { label: 'Good', quality: 4, description: 'q 4 · recalled after some hesitation' },
  { label: 'Easy', quality: 5, description: 'q 5 · perfect recall' },
];

const qualityMeaning = [
  'complete blackout',
  'wrong; the answer felt familiar',
  'wrong; the answer seemed easy to recall',
  'right, with serious difficulty',
  'right, after some hesitation',
  'right, perfect recall',
];

/** The raw SM-2 grades 0-5, for users who think in them. */
export const qualityChoices: readonly GradeChoice[] = qualityMeaning.map((meaning, q) => ({
  label: String(q), quality: q, description: meaning,
}));

/** A typed digit 0-5 picks that quality at once; anything else is not a grade. */
export function qualityFromTypedText(text: string): number | undefined {
  const t = text.trim();
  return /^[0-5]$/.test(t) ? Number(t) : undefined;
}

/** The button name for a quality, for messages: 1 -> "Again", 2 -> "q 2". */
export function gradeName(quality: number): string {
  return buttonChoices.find(c => c.quality === quality)?.label ?? `q ${quality}`;
}

/** A grade below 3 means the item was forgotten and starts over (counted as "again" in the summary). */
export function isLapse(quality: number): boolean {
  return quality < 3;
}
