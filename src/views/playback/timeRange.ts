// The Time slider's range, shared with the timeline so markers sit exactly above the slider.

/** Empty time shown after the furthest simulated point, so the future has room on the axis. */
export const HEADROOM_MS = 10_000;
/** The axis end snaps to whole multiples of this, so it does not creep every frame. */
const SNAP_MS = 10_000;

export function timeRangeMax(horizon: number, now: number): number {
  return Math.ceil((Math.max(horizon, now) + HEADROOM_MS) / SNAP_MS) * SNAP_MS;
}

/** Width of the range thumb in px (styles.css): its centre runs from THUMB/2 to width − THUMB/2. */
export const THUMB_PX = 16;
