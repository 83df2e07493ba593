// Pure: how FSRS state is written in the Due tree: "R 87 %" (predicted recall) and "S 12.3d · D 5.1".
import type { FsrsStateDto } from '../../sidecar/protocol';

export function formatRecall(retrievability: number): string {
  const percent = Math.round(Math.min(1, Math.max(0, retrievability)) * 100);
  return `R ${percent} %`;
}

/** Days of stability: one decimal below 100, whole days above. */
export function formatStability(days: number): string {
  return days < 100 ? days.toFixed(1) : days.toFixed(0);
}

/** "S 12.3d · D 5.1": FSRS stability (days until recall falls to 90 %) and difficulty (1-10). */
export function formatMemory(fsrs: FsrsStateDto): string {
  return `S ${formatStability(fsrs.stability)}d · D ${fsrs.difficulty.toFixed(1)}`;
}
