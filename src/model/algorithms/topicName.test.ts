// Topic.validate's rules and messages, and the kafka-topics.sh collision warning.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { collisionWarning, hasCollision, hasCollisionChars, validateTopicName } from './topicName';

describe('validateTopicName (Topic.validate)', () => {
  it('accepts ASCII alphanumerics, dot, underscore and dash', () => {
    expect(validateTopicName('orders')).toBeNull();
    expect(validateTopicName('Orders.v1_EU-west')).toBeNull();
    expect(validateTopicName('__consumer_offsets')).toBeNull();
    expect(validateTopicName('...')).toBeNull();
  });

  it('refuses the empty name', () => {
    expect(validateTopicName('')).toBe("Topic name is illegal, it can't be empty");
  });

  it('refuses "." and ".."', () => {
    expect(validateTopicName('.')).toBe('Topic name cannot be "." or ".."');
    expect(validateTopicName('..')).toBe('Topic name cannot be "." or ".."');
  });

  it('accepts 249 characters and refuses 250', () => {
    expect(validateTopicName('a'.repeat(249))).toBeNull();
    const long = 'a'.repeat(250);
    expect(validateTopicName(long)).toBe(
      `Topic name is illegal, it can't be longer than 249 characters, topic name: ${long}`,
    );
  });

  it('refuses any other character', () => {
    expect(validateTopicName('my topic')).toBe(
      `Topic name "my topic" is illegal, it contains a character other than ASCII alphanumerics, '.', '_' and '-'`,
    );
    expect(validateTopicName('café')).not.toBeNull();
    expect(validateTopicName('a/b')).not.toBeNull();
  });

  it('agrees with the legal-character pattern for arbitrary names', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 20 }), (s) => {
        const legal = /^[a-zA-Z0-9._-]+$/.test(s) && s !== '.' && s !== '..';
        expect(validateTopicName(s) === null).toBe(legal);
      }),
    );
  });
});

describe('collision characters', () => {
  it("flags '.' and '_' (Topic.hasCollisionChars)", () => {
    expect(hasCollisionChars('orders')).toBe(false);
    expect(hasCollisionChars('my-orders')).toBe(false);
    expect(hasCollisionChars('my.orders')).toBe(true);
    expect(hasCollisionChars('my_orders')).toBe(true);
  });

  it('detects names equal once "." reads as "_"', () => {
    expect(hasCollision('a.b', 'a_b')).toBe(true);
    expect(hasCollision('a.b', 'a-b')).toBe(false);
  });

  it('prints kafka-topics.sh WARNING only for such names', () => {
    expect(collisionWarning('orders')).toBeNull();
    expect(collisionWarning('my_topic')).toBe(
      "WARNING: Due to limitations in metric names, topics with a period ('.') or underscore ('_') could collide. To avoid issues it is best to use either, but not both.",
    );
  });
});
