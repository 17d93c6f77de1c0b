// Topic-name rules as the broker and kafka-topics.sh apply them, with Kafka's own wording.

// Longest legal topic name (Topic.MAX_NAME_LENGTH, K@3.6.2:clients/.../common/internals/Topic.java).
export const MAX_TOPIC_NAME_LENGTH = 249;

// Topic.containsValidPattern: ASCII letters and digits, '.', '_' and '-' only.
const LEGAL = /^[a-zA-Z0-9._-]+$/;

/**
 * Null when `name` is a legal topic name, else the message of Kafka's InvalidTopicException
 * (Topic.validate at 3.6; trunk later reworded these as "Topic name is invalid: …").
 * Length counts UTF-16 code units, as Java's String.length does.
 */
export function validateTopicName(name: string): string | null {
  if (name.length === 0) return "Topic name is illegal, it can't be empty";
  if (name === '.' || name === '..') return 'Topic name cannot be "." or ".."';
  if (name.length > MAX_TOPIC_NAME_LENGTH) {
    return `Topic name is illegal, it can't be longer than ${MAX_TOPIC_NAME_LENGTH} characters, topic name: ${name}`;
  }
  if (!LEGAL.test(name)) {
    return `Topic name "${name}" is illegal, it contains a character other than ASCII alphanumerics, '.', '_' and '-'`;
  }
  return null;
}

/** `Topic.hasCollisionChars`: '.' and '_' map to the same metric name, so such topics can collide. */
export function hasCollisionChars(name: string): boolean {
  return name.includes('_') || name.includes('.');
}

/** `Topic.hasCollision`: two names that become equal once '.' is read as '_'. */
export function hasCollision(a: string, b: string): boolean {
  return a.replaceAll('.', '_') === b.replaceAll('.', '_');
}

// The line kafka-topics.sh --create prints first for such names (TopicCommand createTopic).
const COLLISION_WARNING =
  "WARNING: Due to limitations in metric names, topics with a period ('.') or underscore ('_') could collide. To avoid issues it is best to use either, but not both.";

/** The kafka-topics.sh WARNING line for `name`, or null when it has neither '.' nor '_'. */
export function collisionWarning(name: string): string | null {
  return hasCollisionChars(name) ? COLLISION_WARNING : null;
}
