// Kafka's log4j layout `[%d] %p %m (%c)%n` (config/log4j.properties), on a wall clock that starts
// at a fixed instant when virtual time is 0, so a replay prints the same lines.

/** Virtual time 0 on the terminal's wall clock: 2024-05-01 09:00:00.000 (local time). */
const EPOCH_MS = Date.UTC(2024, 4, 1, 9, 0, 0, 0);

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** log4j's ISO8601 date as Kafka prints it: `2024-05-01 09:00:01,234`. */
export function logTimestamp(virtualMs: number): string {
  const d = new Date(EPOCH_MS + Math.floor(virtualMs));
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())},` +
    pad(d.getUTCMilliseconds(), 3)
  );
}

/** One log line: `[2024-05-01 09:00:01,234] INFO <message> (<logger>)`. */
export function logLine(
  virtualMs: number,
  level: 'INFO' | 'WARN' | 'ERROR',
  message: string,
  logger: string,
): string {
  return `[${logTimestamp(virtualMs)}] ${level} ${message} (${logger})`;
}
