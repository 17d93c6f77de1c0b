// Where the learner's shell lives: the home and Kafka directories, the prompt, and how a typed path
// becomes an absolute one. Teaching simplification: the working directory is always the unpacked
// Kafka directory (the course's commands all run from there), so the prompt never changes.

export const HOME = '/home/learner';
export const KAFKA_DIR_NAME = 'kafka_2.13-3.6.2';
export const KAFKA_DIR = `${HOME}/${KAFKA_DIR_NAME}`;

/** bash's default Ubuntu prompt (`\u@\h:\w\$ `) in the Kafka directory. */
export const PROMPT = `learner@kafka:~/${KAFKA_DIR_NAME}$ `;

/** `p` as an absolute path with `.`, `..` and repeated slashes resolved; `~` is HOME. */
export function absolutePath(p: string, cwd: string = KAFKA_DIR): string {
  let full: string;
  if (p === '~' || p.startsWith('~/')) full = HOME + p.slice(1);
  else if (p.startsWith('/')) full = p;
  else full = `${cwd}/${p}`;
  const parts: string[] = [];
  for (const part of full.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return '/' + parts.join('/');
}

/** The path inside the Kafka directory (`bin/kafka-topics.sh`), '' for the directory itself, or null. */
export function kafkaRelative(abs: string): string | null {
  if (abs === KAFKA_DIR) return '';
  return abs.startsWith(KAFKA_DIR + '/') ? abs.slice(KAFKA_DIR.length + 1) : null;
}

/** The script name when `abs` is a file directly in the Kafka directory's bin/, else null. */
export function binScript(abs: string): string | null {
  const rel = kafkaRelative(abs);
  if (rel === null || !rel.startsWith('bin/')) return null;
  const name = rel.slice('bin/'.length);
  return name !== '' && !name.includes('/') ? name : null;
}
