// Korean UI text of the storage views (`storage` area): 파일 바이트, 찾기, 실제 파일 열기.
import type { Messages } from '../messages';

export const storage: Messages['storage'] = {
  // — 저장 구조 뷰: 파일 바이트, 찾기, 내려받기 —
  'files.actions': '바이트',
  'files.bytes': '바이트 보기',
  'files.showBytes': '{name} 바이트 보기',
  download: '{name} 내려받기',
  'download.short': '내려받기',
  'hex.title': '{name}의 바이트',
  'hex.label': '{name}의 16진수 덤프',
  'hex.close': '닫기',
  'hex.size': '{size}바이트 중 처음 {shown}바이트를 보여 줍니다.',
  'hex.legend': '색',
  'hex.fields': '{name}의 필드',
  'hex.pick': '필드에 마우스를 올리거나 포커스하면 그 바이트가 보입니다.',
  'hex.current': '{group} › {name} = {value} (바이트 {from}–{to})',
  'hex.more': '{size}바이트 더 보기',
  'hex.kind.header': '배치 헤더',
  'hex.kind.crc': 'CRC-32C',
  'hex.kind.record': '레코드',
  'hex.kind.key': '키 (varint 길이 + 바이트)',
  'hex.kind.value': '값 (varint 길이 + 바이트)',
  'hex.kind.entry': '인덱스 항목',
  'hex.kind.padding': '미리 할당된 0',
  'lookup.title': 'Kafka처럼 레코드 찾기',
  'lookup.intro':
    '오프셋이나 타임스탬프를 고르고 한 단계를 눌러 Kafka를 한 단계씩 따라가거나, 실행을 누르세요.',
  'lookup.mode': '찾기',
  'lookup.by.offset': '오프셋으로',
  'lookup.by.timestamp': '타임스탬프로',
  'lookup.input.offset': '오프셋',
  'lookup.input.timestamp': '타임스탬프',
  'lookup.step': '한 단계',
  'lookup.run': '실행',
  'lookup.reset': '처음으로',
  'lookup.steps': '찾기 단계',
  'lookup.outOfRange':
    '오프셋 {target}은(는) 로그 범위 [{logStart}, {logEnd}) 밖입니다: Kafka는 OFFSET_OUT_OF_RANGE로 답합니다.',
  'lookup.noSegment':
    '타임스탬프가 {target} 이상인 레코드를 가진 세그먼트가 없습니다: 오프셋 없음.',
  'lookup.segment':
    '세그먼트: {target} 이하인 가장 큰 시작 오프셋은 {base}, 그래서 파일은 {file}.*',
  'lookup.segmentByTime':
    '세그먼트: 가장 큰 타임스탬프가 {target} 이상인 첫 세그먼트는 {base}에서 시작 ({file}.*)',
  'lookup.timeProbe':
    '{file}.timeindex: 슬롯 {lo}–{hi}, 슬롯 {mid} 확인: 타임스탬프 {key} {cmp} {target}',
  'lookup.timeNone': '{file}.timeindex: {target} 이하인 항목이 없으니 시작 오프셋 {offset}부터',
  'lookup.timeEntry': '{file}.timeindex: 항목 {slot} (타임스탬프 {timestamp}) → 오프셋 {offset}',
  'lookup.indexProbe': '{file}.index: 슬롯 {lo}–{hi}, 슬롯 {mid} 확인: 오프셋 {key} {cmp} {target}',
  'lookup.indexNone':
    '{file}.index: 목표 이하인 항목이 없으니 .log를 위치 0부터 읽음 (오프셋 {offset})',
  'lookup.indexEntry': '{file}.index: 항목 {slot}: 오프셋 {offset} → 위치 {position}',
  'lookup.batchSkip':
    '{file}.log 위치 {position}: 배치 {base}–{last}는 목표 전에 끝남; {size}바이트 건너뜀',
  'lookup.batchHit': '{file}.log 위치 {position}: 배치 {base}–{last} ({size}바이트)에 있음',
  'lookup.batchSkipTime':
    '{file}.log 위치 {position}: 배치 {base}–{last}의 가장 큰 타임스탬프 {max} < {target}; {size}바이트 건너뜀',
  'lookup.batchHitTime':
    '{file}.log 위치 {position}: 배치 {base}–{last}의 가장 큰 타임스탬프 {max} ≥ {target}; 그 안에서 {target} 이후 첫 레코드가 답',
  'lookup.found':
    '오프셋 {offset} 찾음: 위치 {position}의 배치 (오프셋 {base}–{last}). Kafka는 배치 전체를 보냅니다.',
  'lookup.notFound': '이 세그먼트에 없음: 다음 세그먼트로 넘어가 읽습니다.',
  // — 실제 파일 열기 (디코더와 OpenFile); 문제 코드는 DecodeProblem['code'] —
  'open.title': '실제 파일 열기',
  'open.intro':
    '카프카 데이터 디렉터리(예: /tmp/kafka-logs/orders-0/)의 .log, .index, .timeindex 파일을 끌어다 놓거나 골라 주세요. 파일은 브라우저 안에서만 읽고, 어디에도 올리지 않습니다.',
  'open.pick': '세그먼트 파일 열기',
  'open.drop': '여기에 세그먼트 파일을 놓으세요',
  'open.reading': '{name} 읽는 중…',
  'open.readFailed': '브라우저가 {name}을(를) 읽지 못했습니다.',
  'open.unknownKind':
    '{name}은(는) 카프카 세그먼트 파일이 아닙니다. 이름이 .log, .index, .timeindex로 끝나지 않고, 바이트도 그 어느 것과도 맞지 않습니다.',
  'open.tooBig':
    '{name}은(는) {size}바이트입니다. 처음 16 MiB만 읽으므로, 그 경계에서 잘린 배치는 잘린 것으로 보입니다.',
  'open.summary.log': '{name}: {size}바이트 .log 파일, 배치 {batches}개, 레코드 {records}개.',
  'open.summary.index':
    '{name}: {size}바이트 오프셋 인덱스, 8바이트 엔트리 {entries}개, 기준 오프셋 {base}.',
  'open.summary.timeindex':
    '{name}: {size}바이트 타임 인덱스, 12바이트 엔트리 {entries}개, 기준 오프셋 {base}.',
  'open.noBase': '파일 이름에 20자리 기준 오프셋이 없어서, 오프셋을 0부터 셉니다.',
  'open.padding':
    '마지막 {size}바이트는 0입니다. 카프카는 활성 세그먼트의 인덱스 파일을 미리 할당해 두고(log.index.size.max.bytes) 차례로 채웁니다.',
  'open.partial': '문제가 생기기 전까지 읽은 내용:',
  'open.compressed': '레코드가 {codec}(으)로 압축되어 있어 여기서는 풀지 않습니다.',
  'open.shown': '{count}개 중 처음 {shown}개를 보여 줍니다.',
  'open.batches': '{name}의 배치',
  'open.records': '{name}의 레코드',
  'open.entries': '{name}의 엔트리',
  'open.col.position': '위치',
  'open.col.offsets': '오프셋',
  'open.col.epoch': '리더 에포크',
  'open.col.crc': 'CRC',
  'open.col.records': '레코드',
  'open.col.offset': '오프셋',
  'open.col.timestamp': '타임스탬프',
  'open.col.key': '키',
  'open.col.value': '값',
  'open.col.entry': '엔트리',
  'open.col.relativeOffset': '상대 오프셋',
  'open.crcOk': '✓ {crc}',
  'open.crcBad': '✗ {crc} (손상)',
  'open.null': 'null',
  empty:
    '파일이 비어 있습니다(0바이트). 해석할 내용이 없습니다. 카프카가 막 새로 만든 세그먼트나 아직 엔트리가 없는 인덱스라면 정상입니다.',
  truncated:
    '바이트 {at}: 파일이 {field} 중간에서 끝납니다. {needed}바이트가 필요한데 {available}바이트만 남았습니다. 파일이 여기서 잘렸습니다(또는 카프카가 쓰는 도중에 복사되었습니다).',
  badMagic:
    '바이트 {at}: 매직 바이트가 2가 아니라 {magic}입니다. 여기서는 RecordBatch v2(매직 2, 카프카 0.11 이상)만 해석하며, 예전 v0/v1 메시지 세트는 지원하지 않습니다.',
  badCrc:
    '바이트 {at}: 배치의 CRC는 {stored}인데 바이트로 계산하면 {computed}입니다. 여기서부터 파일이 손상되었습니다.',
  badLength:
    '바이트 {at}: {field} 값 {value}은(는) 있을 수 없는 값입니다. 여기서부터 파일이 손상되었습니다.',
  badVarint:
    '바이트 {at}: 가변 길이 정수 {field}이(가) {max}바이트를 넘습니다. 카프카는 이렇게 쓰지 않으므로, 여기서부터 파일이 손상되었습니다.',
  badRecordCount:
    '바이트 {at}: 배치의 recordsCount는 {expected}인데 바이트에는 레코드가 {found}개 있습니다. 여기서부터 파일이 손상되었습니다.',
  indexNotMultiple:
    '바이트 {at}: 인덱스 크기 {size}바이트가 엔트리 크기 {entrySize}바이트의 배수가 아닙니다. 마지막 {extra}바이트는 온전한 엔트리가 아닙니다. 카프카라면 이 인덱스를 거부합니다.',
  indexNotIncreasing:
    '바이트 {at}: 엔트리 {entry}의 {field}가 앞 엔트리의 {previous} 다음에 {found}입니다. 인덱스 엔트리는 커지기만 하므로, 여기서부터 인덱스가 손상되었습니다.',
  notKafka:
    '바이트 {at}: 카프카 세그먼트 파일이 아닙니다(.log는 16번 바이트인 매직 바이트가 2인 배치로 시작합니다).',
};
