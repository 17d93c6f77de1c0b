// Dates on the terminal's virtual wall clock (the same instant as log4j.ts: virtual time 0 is
// 2024-05-01 09:00:00 UTC), in the formats java.util.Date.toString and `ls -l` print.

const EPOCH_MS = Date.UTC(2024, 4, 1, 9, 0, 0, 0);
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const pad = (n: number) => String(n).padStart(2, '0');

/** The wall-clock epoch ms of a virtual instant (Kafka startTimeMs, znode ctime). */
export function wallClockMs(virtualMs: number): number {
  return EPOCH_MS + Math.floor(virtualMs);
}

/** Date.toString: `Wed May 01 09:00:05 UTC 2024`. */
export function javaDateString(virtualMs: number): string {
  const d = new Date(wallClockMs(virtualMs));
  return (
    `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`
  );
}

/** ls -l's recent-file date: `May  1 09:00`. */
export function lsDate(virtualMs: number): string {
  const d = new Date(wallClockMs(virtualMs));
  return (
    `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
  );
}
