// Pure: how predicted recall (FSRS retrievability, 0-1) is written in the Due tree: "R 87 %".
export function formatRecall(retrievability: number): string {
  const percent = Math.round(Math.min(1, Math.max(0, retrievability)) * 100);
  return `R ${percent} %`;
}
