// Virtual time as people read it: `01:23.456` on the clock, `12.345` seconds in event lists.

/** mm:ss.mmm (minutes grow past 59 rather than wrapping into hours). */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.round(ms));
  const minutes = Math.floor(total / 60_000);
  const seconds = Math.floor((total % 60_000) / 1000);
  const millis = total % 1000;
  return `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}.${String(millis).padStart(3, '0')}`;
}

/** Seconds with millisecond precision: `12.345`. */
export function formatSeconds(ms: number): string {
  return (Math.max(0, Math.round(ms)) / 1000).toFixed(3);
}

/** Short axis label: `0:30`, `1:05`. */
export function formatTick(ms: number): string {
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
