// English UI text of the storage views (`storage` area): file bytes, lookups, opening a real file.
export const storage = {
  // — Storage views: file bytes, lookups, downloads (helper: hex view and lookups) —
  'files.actions': 'Bytes',
  'files.bytes': 'Show bytes',
  'files.showBytes': 'Show bytes of {name}',
  download: 'Download {name}',
  'download.short': 'Download',
  'hex.title': 'Bytes of {name}',
  'hex.label': 'Hex dump of {name}',
  'hex.close': 'Close',
  'hex.size': '{size} bytes; showing the first {shown}.',
  'hex.legend': 'Colours',
  'hex.fields': 'Fields of {name}',
  'hex.pick': 'Hover or focus a field to see its bytes.',
  'hex.current': '{group} › {name} = {value} (bytes {from}–{to})',
  'hex.more': 'Show {size} more bytes',
  'hex.kind.header': 'Batch header',
  'hex.kind.crc': 'CRC-32C',
  'hex.kind.record': 'Record',
  'hex.kind.key': 'Key (varint length + bytes)',
  'hex.kind.value': 'Value (varint length + bytes)',
  'hex.kind.entry': 'Index entry',
  'hex.kind.padding': 'Preallocated zeros',
  'lookup.title': 'Find a record as Kafka does',
  'lookup.intro':
    'Pick an offset or a timestamp, then press Step to follow Kafka one step at a time, or Run.',
  'lookup.mode': 'Find',
  'lookup.by.offset': 'By offset',
  'lookup.by.timestamp': 'By timestamp',
  'lookup.input.offset': 'Offset',
  'lookup.input.timestamp': 'Timestamp',
  'lookup.step': 'Step',
  'lookup.run': 'Run',
  'lookup.reset': 'Reset',
  'lookup.steps': 'Lookup steps',
  'lookup.outOfRange':
    'Offset {target} is outside the log [{logStart}, {logEnd}): Kafka answers OFFSET_OUT_OF_RANGE.',
  'lookup.noSegment': 'No segment has a record with a timestamp of {target} or later: no offset.',
  'lookup.segment':
    'Segment: the largest base offset ≤ {target} is {base}, so the files are {file}.*',
  'lookup.segmentByTime':
    'Segment: the first one whose largest timestamp ≥ {target} starts at {base} ({file}.*)',
  'lookup.timeProbe':
    '{file}.timeindex: slots {lo}–{hi}, probe slot {mid}: timestamp {key} {cmp} {target}',
  'lookup.timeNone':
    '{file}.timeindex: no entry ≤ {target}, so start from the base offset {offset}',
  'lookup.timeEntry': '{file}.timeindex: entry {slot} (timestamp {timestamp}) → offset {offset}',
  'lookup.indexProbe':
    '{file}.index: slots {lo}–{hi}, probe slot {mid}: offset {key} {cmp} {target}',
  'lookup.indexNone':
    '{file}.index: no entry ≤ the target, so read the .log from position 0 (offset {offset})',
  'lookup.indexEntry': '{file}.index: entry {slot}: offset {offset} → position {position}',
  'lookup.batchSkip':
    '{file}.log at position {position}: batch {base}–{last} ends before the target; skip its {size} bytes',
  'lookup.batchHit':
    '{file}.log at position {position}: batch {base}–{last} ({size} bytes) holds it',
  'lookup.batchSkipTime':
    '{file}.log at position {position}: batch {base}–{last}: its largest timestamp {max} < {target}; skip its {size} bytes',
  'lookup.batchHitTime':
    '{file}.log at position {position}: batch {base}–{last}: largest timestamp {max} ≥ {target}; its first record at or after {target} is the answer',
  'lookup.found':
    'Found offset {offset}: in the batch at position {position} (offsets {base}–{last}). Kafka sends the whole batch.',
  'lookup.notFound': 'Not in this segment: the read moves on to the next one.',
  // — Open a real file (helper: decoders and OpenFile); problem codes are DecodeProblem['code'] —
  'open.title': 'Open a real file',
  'open.intro':
    'Drop a .log, .index or .timeindex from a Kafka data directory (for example /tmp/kafka-logs/orders-0/), or pick one. It is read in your browser; nothing is uploaded.',
  'open.pick': 'Open a segment file',
  'open.drop': 'Drop a segment file here',
  'open.reading': 'Reading {name}…',
  'open.readFailed': 'The browser could not read {name}.',
  'open.unknownKind':
    '{name} is not a Kafka segment file: its name does not end in .log, .index or .timeindex, and its bytes look like none of them.',
  'open.tooBig':
    '{name} is {size} bytes: only the first 16 MiB are read here, so a batch cut at that point shows as truncated.',
  'open.summary.log':
    '{name}: a .log of {size} bytes with {batches} batches and {records} records.',
  'open.summary.index':
    '{name}: an offset index of {size} bytes, {entries} entries of 8 bytes, base offset {base}.',
  'open.summary.timeindex':
    '{name}: a time index of {size} bytes, {entries} entries of 12 bytes, base offset {base}.',
  'open.noBase': 'The name has no 20-digit base offset, so offsets are counted from 0.',
  'open.padding':
    'The last {size} bytes are zeros: Kafka preallocates an active segment’s index files (log.index.size.max.bytes) and fills them as it goes.',
  'open.partial': 'Read before the problem:',
  'open.compressed': 'Records compressed with {codec}: not decoded here.',
  'open.shown': 'Showing the first {shown} of {count}.',
  'open.batches': 'Batches of {name}',
  'open.records': 'Records of {name}',
  'open.entries': 'Entries of {name}',
  'open.col.position': 'Position',
  'open.col.offsets': 'Offsets',
  'open.col.epoch': 'Leader epoch',
  'open.col.crc': 'CRC',
  'open.col.records': 'Records',
  'open.col.offset': 'Offset',
  'open.col.timestamp': 'Timestamp',
  'open.col.key': 'Key',
  'open.col.value': 'Value',
  'open.col.entry': 'Entry',
  'open.col.relativeOffset': 'Relative offset',
  'open.crcOk': '✓ {crc}',
  'open.crcBad': '✗ {crc} (corrupt)',
  'open.null': 'null',
  empty:
    'The file is empty (0 bytes): there is nothing to decode. That is normal for a segment Kafka has just rolled, or for an index with no entries yet.',
  truncated:
    'Byte {at}: the file ends inside {field}: it needs {needed} bytes and only {available} are left. The file is cut short here (or was copied while Kafka was writing it).',
  badMagic:
    'Byte {at}: the magic byte is {magic}, not 2. Only RecordBatch v2 (magic 2, Kafka 0.11 and later) is decoded here; the old v0/v1 message sets are not supported.',
  badCrc:
    'Byte {at}: the batch’s CRC is {stored} but its bytes give {computed} — the file is corrupt from here.',
  badLength:
    'Byte {at}: {field} is {value}, which cannot be right — the file is corrupt from here.',
  badVarint:
    'Byte {at}: the varint {field} runs past {max} bytes, longer than Kafka ever writes — the file is corrupt from here.',
  badRecordCount:
    'Byte {at}: the batch’s recordsCount says {expected}, but its bytes hold {found} records — the file is corrupt from here.',
  indexNotMultiple:
    'Byte {at}: the index is {size} bytes, not a whole number of {entrySize}-byte entries: the last {extra} bytes are part of an entry. Kafka would refuse this index.',
  indexNotIncreasing:
    'Byte {at}: entry {entry} has {field} {found} after {previous} in the entry before. Index entries only grow, so the index is corrupt from here.',
  notKafka:
    'Byte {at}: this is not a Kafka segment file (a .log starts with a batch whose magic byte, byte 16, is 2).',
};
