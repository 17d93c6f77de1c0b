// English text of the lesson `storage-segments`.
export const storageSegments = {
  steps: {
    where: {
      body: 'Where does a topic’s partition physically live?\n\n- In **memory**? Kafka handles a lot of data; memory would run out.\n- On **disk**? Then it would be slow… or would it?\n\nKafka’s answer is **both**. Each partition is a set of files on disk. Kafka only ever **appends** to the end of them, and sequential writes are fast even on plain disks. The operating system keeps recently written file pages in memory (the **page cache**), so consumers reading fresh data are usually served from memory. Kafka does not even force each write to disk (`log.flush.interval.messages` is unlimited by default): copies on other brokers keep the data safe.',
    },
    'log-dirs': {
      body: 'Where are those files? In `config/server.properties`, the setting `log.dirs` names the directory. The file shipped with Kafka says:\n\n`log.dirs=/tmp/kafka-logs`\n\nInside it, every partition a broker holds gets its own directory named `<topic>-<partition>`: here `/tmp/kafka-logs/orders-0/`. Each broker with a copy of `orders-0` has this directory on its own disk. The **Partition directory** panel under the diagram lists it; pick a broker there to see that broker’s copy.',
    },
    segment: {
      body: 'A partition is not one big file. It is split into **segments**: the physical files a partition is stored in. Only the newest one, the **active segment**, is written to. Older segments are closed and never change; Kafka deletes whole old segments when their retention time is up.\n\nRight now `orders-0` has one segment, the active one, and it is empty.',
    },
    'file-names': {
      body: 'Every file of a segment is named `[base offset].[extension]`. The base offset is the offset of the segment’s first record, written with 20 digits. The first segment starts at offset 0:\n\n`00000000000000000000.log`\n\nA segment that starts at offset 1000 would be `00000000000000001000.log`. From the name alone Kafka knows which segment holds an offset.',
    },
    'file-roles': {
      body: 'A segment has three files:\n\n- `.log`: the data itself, the record batches\n- `.index`: the offset index, to find an offset quickly\n- `.timeindex`: the time index, to find records by time\n\nAll three are **binary** files. The `.log` holds batches in the same format producers send and consumers receive, so the broker can pass file bytes straight to the network without converting them. Index entries have a fixed size (8 bytes in `.index`, 12 in `.timeindex`), so they can be binary-searched. That is why reads are fast.\n\nThe active segment’s index files are created at full size (10 MiB) and trimmed when the segment is closed.',
    },
    roll: {
      body: 'When the active segment is full, Kafka **rolls**: it closes it and starts a new segment. “Full” is `segment.bytes`, which is 1 GiB by default.\n\nIn this lesson the topic `orders` has `segment.bytes=256`, so a segment holds only about three small records. (Kafka also rolls after `segment.ms`, 7 days by default.)',
      task: 'Produce records one by one until a new segment appears in the directory.',
      hint: 'In **Produce a record**, type a **Value** and press **Send**. Do it three or four times and watch the `.log` size grow.',
      done: 'The segment rolled: a new active segment appeared, named after the offset of its first record.',
    },
    'after-roll': {
      body: 'The new segment’s files are named after its base offset: the offset of the record that did not fit in the old one. The old segment is closed: it will never be written again.\n\nTo read offset X, Kafka picks the segment with the largest base offset not above X (the names are enough), then uses that segment’s `.index` to jump close to X inside the `.log`. The index is sparse: by default it gets an entry only every 4096 bytes (`index.interval.bytes`). This lesson sets it to 64 bytes, so even these tiny segments get an entry for most batches.',
    },
    'log-bytes': {
      body: 'Files are just bytes. In the directory listing, press **Show bytes** next to the first segment’s `.log`.\n\nEach record batch starts with a **61-byte header**: `baseOffset` (8 bytes), `batchLength`, the leader epoch, `magic` = 2, a **CRC-32C** of the rest of the batch, timestamps and the producer’s id. Then come the records, their lengths and key/value sizes written as **varints**.\n\nHover or focus a field in the list (arrow keys move): its bytes light up in the dump. Try `baseOffset` and `crc`.',
    },
    'find-offset': {
      body: 'How does a read find offset X? Use **Find a record as Kafka does**: type an **Offset** and press **Step** again and again (or **Run**).\n\n- The segment: the largest base offset not above X, from the file names alone.\n- Its `.index`: a binary search for the largest entry not above X, which gives a byte position in the `.log`. With no entry at or below X (a fresh segment), the read starts at position 0.\n- The `.log`: batch headers are read one after another from that position until the batch whose last offset is X or more.\n\nKafka sends that **whole batch**; the consumer drops records before X.',
    },
    'find-time': {
      body: 'A consumer can also ask for the first offset at or after a **time** (`offsetsForTimes`, or `--to-datetime` when resetting a group). Choose **By timestamp**, type a **Timestamp** (the records’ timestamps are in ms since the start of this run) and step through.\n\nKafka picks the first segment whose largest timestamp is at least T, binary-searches its `.timeindex` (12-byte entries: timestamp, relative offset) for the largest timestamp not above T, turns that offset into a position with the `.index`, then scans for the first record with a timestamp of T or later.',
    },
    download: {
      body: 'These files are byte for byte what Kafka 3.6 would write. Press **Download** for the first segment’s `.log` and keep the file.\n\nThe first 8 bytes are the first batch’s `baseOffset`: eight zero bytes for offset 0. The size matches the listing. (The active segment’s `.index` and `.timeindex` are 10 MiB: Kafka creates them at full size and trims them on roll.)',
    },
    'open-file': {
      body: 'Now read a file from disk: under **Open a real file**, pick the `.log` you just downloaded, or a `.log`, `.index` or `.timeindex` from a real Kafka broker’s `/tmp/kafka-logs/<topic>-<partition>/`.\n\nIt is decoded the same way: batches, offsets, timestamps, keys and values. A file that is not a Kafka segment, is cut short or has a wrong CRC gets a message naming the byte where reading went wrong.',
    },
  },
};
