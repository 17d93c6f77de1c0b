// What Tab offers as an option's value: topics after --topic, group ids after --group, file paths
// after a properties-file option, and the few fixed values the course's commands use.
import type { CommandContext } from './types';

/** A list of values, or `files` for a path. */
export type ValueCompletion = readonly string[] | 'files';

const FILE_OPTIONS = new Set([
  'admin.config',
  'command-config',
  'consumer.config',
  'from-file',
  'path-to-json-file',
  'producer.config',
]);

function topics(ctx: CommandContext): string[] {
  return ctx.snapshot.topics.map((t) => t.name).sort();
}

/** The value given to `--name` earlier on the line, if any. */
function valueBefore(words: readonly string[], name: string): string | undefined {
  const i = words.lastIndexOf(`--${name}`);
  return i >= 0 ? words[i + 1] : undefined;
}

/** Values for the word after `--option` (name without dashes), or null when it takes none we know. */
export function optionValues(
  option: string,
  words: readonly string[],
  ctx: CommandContext,
): ValueCompletion | null {
  if (FILE_OPTIONS.has(option)) return 'files';
  switch (option) {
    case 'topic':
      return topics(ctx);
    case 'group':
      return ctx.snapshot.consumerGroups.map((g) => g.groupId).sort();
    case 'bootstrap-server':
      return ['localhost:9092'];
    case 'entity-type':
      return ['brokers', 'topics'];
    case 'election-type':
      return ['preferred', 'unclean'];
    case 'entity-name': {
      const type = valueBefore(words, 'entity-type');
      if (type === 'topics') return topics(ctx);
      if (type === 'brokers')
        return ctx.snapshot.brokers
          .map((b) => b.id)
          .sort((a, b) => a - b)
          .map(String);
      return null;
    }
    default:
      return null;
  }
}
