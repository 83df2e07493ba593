// Pure: how FSRS state is written in the Due tree: "R 87 %" (predicted recall) and "S 12.3d · D 5.1".
import type { FsrsStateDto } from '../../sidecar/protocol';

export function formatRecall(retrievability: number): string {
  const percent = Math.round(Math.min(1, Math.max(0, retrievability)) * 100);
  return `R ${percent} %`;
}

/** Stability as FsrsMemoryText.cs writes it: "12.3 d" (one decimal below 100 days), "245 d", "6 h", "11 min". */
export function formatStability(days: number): string {
  if (days >= 100) return `${days.toFixed(0)} d`;
  if (days >= 1) return `${days.toFixed(1)} d`;
  if (days >= 1 / 24) return `${Math.round(days * 24)} h`;
  return `${Math.max(1, Math.round(days * 1440))} min`;
}

/** "S 12.3d · D 5.1": FSRS stability (time until recall falls to 90 %) and difficulty (1-10), for a narrow row. */
export function formatMemory(fsrs: FsrsStateDto): string {
  return `S ${formatStability(fsrs.stability).replace(' ', '')} · D ${fsrs.difficulty.toFixed(1)}`;
}
