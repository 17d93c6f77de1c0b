// English text of the lesson `topics-partitions-offsets`.
export const topicsPartitionsOffsets = {
  steps: {
    address: {
      body: 'A **topic** is the logical unit records are stored under: like the **address on a parcel**, you name it to send or to find a record. Here the topic is `orders`.\n\nThe topic is split into three **partitions**, `orders-0` to `orders-2`, each on a different broker. To keep this lesson simple, each partition has one copy only.\n\nThe table lists them, with the broker that leads each one.',
    },
    keyed: {
      body: 'A **partition** is the unit Kafka works on in parallel: like a **parcel warehouse**, each one holds its own share of the topic.\n\nWhich warehouse does a record go to? If it has a **key**, the producer computes it: `toPositive(murmur2(key bytes)) % number of partitions`. The same key always gives the same partition.',
      task: 'Type `user-42` in **Key (optional)**, any **Value**, and press **Send**.',
      hint: 'The **Partition for a key** panel shows the computation for the key as you type it, before you send.',
      done: 'murmur2 sent `user-42` to partition 1 of 3. The list shows the record’s partition and offset.',
    },
    'same-key': {
      body: 'Inside a partition, every record gets a number: its **offset**. The first record of a partition has offset 0, the next 1, and so on. An offset points at one record in one partition.\n\nOffsets are counted per partition: `orders-0` and `orders-1` each have their own offset 0.',
      task: 'Send the same key again (`user-42`), with another value.',
      hint: 'Keep `user-42` in **Key (optional)**, change the **Value**, press **Send**.',
      done: 'Same key, same partition, next offset. The log of `orders-1` below shows both records.',
    },
    'no-key': {
      body: 'A record without a key has no hash. The producer (Kafka 3.3 and later, KIP-794) **sticks** to one partition and sends every keyless record there until about `batch.size` (16384 bytes) has gone to it. Then it picks another partition.\n\nSo small keyless records go to the same partition for a while. Over time they spread across all partitions.',
      task: 'Leave **Key (optional)** empty and send two records.',
      hint: 'Clear the key field, type a **Value**, press **Send**, then do it again.',
      done: 'Both keyless records went to the same partition: the sticky partitioner at work.',
    },
    order: {
      body: 'Look at the offsets in the list. They grow **inside each partition** only. There is no number that orders `orders-0` against `orders-1`.\n\nSo Kafka keeps order **within a partition**, not across a topic. If some records must stay in order (all the events of one user), give them the same key: they land in the same partition, in the order they were sent.',
    },
    position: {
      body: 'A consumer reads a partition by offset. Its **position** is the offset of the next record it will read; after reading offset 2 it asks for offset 3. This consumer reads one record a second, so you can watch it move.\n\nThe log of `orders-1` shows the position of the group `orders-app` under the records.',
      task: 'Send another record with the key `user-42`, and watch the position of `orders-app` move past it.',
      hint: 'Key `user-42`, any **Value**, **Send**. The position moves within a few seconds.',
      done: 'The group read your record: its position moved past the record’s offset.',
    },
  },
};
