// Whether a topic is queued for deletion (TopicDeletionManager.isTopicQueuedUpForDeletion).
import type { World } from '../engine/types';

/**
 * The queue is /admin/delete_topics, mirrored by TopicMeta.markedForDeletion when the learner's
 * delete writes it. A topic the controller still knows but the world no longer has is one whose
 * deletion is finishing (its znodes are being removed): it counts as queued too.
 */
export function queuedForDeletion(w: World, topic: string): boolean {
  const t = w.topics[topic];
  return t === undefined || t.markedForDeletion === true;
}
