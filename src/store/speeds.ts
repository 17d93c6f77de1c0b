// The playback speeds a learner can pick; 20× lets ZooKeeper's 18 s session timeout pass in ~1 s.
export const SPEEDS: readonly number[] = [0.02, 0.1, 0.25, 0.5, 1, 2, 5, 20, 60];

/** The neighbouring speed in the list (clamped at both ends). */
export function nextSpeed(speed: number, direction: 1 | -1): number {
  const index = SPEEDS.findIndex((s) => s >= speed);
  const here = index === -1 ? SPEEDS.length - 1 : index;
  const exact = SPEEDS[here] === speed;
  const target = direction === 1 ? (exact ? here + 1 : here) : here - 1;
  return SPEEDS[Math.min(SPEEDS.length - 1, Math.max(0, target))] ?? speed;
}

/** `0.25×`, `20×`. */
export function formatSpeed(speed: number): string {
  return `${speed}×`;
}
