// Korean UI text of the producer panel.
import type { Messages } from '../messages';

export const producerPanel: Messages['producerPanel'] = {
  title: '프로듀서',
  intro:
    '이 프로듀서가 보낸 레코드를 최신순으로 보여 주고, 각 레코드가 어떻게 되었는지 알려 줍니다.',
  wireHint:
    'Produce 요청 하나에는 배치 하나, 곧 한 파티션의 레코드가 담겨 그 파티션의 리더로 갑니다. 실패한 요청은 프로듀서로 돌아와, 레코드를 보낸 지 delivery.timeout.ms가 지날 때까지 retry.backoff.ms마다 다시 보내고, 그 뒤에는 실패로 끝납니다.',
  none: '실행 중인 프로듀서가 없습니다. 설정에서 추가하거나 터미널에서 콘솔 프로듀서를 시작하세요.',
  choose: '프로듀서 선택',
  settings: '설정',
  topic: '토픽',
  acks: 'acks',
  rate: '속도',
  ratePerSec: '초당 레코드 {rate}개',
  rateByHand: '직접 보낼 때만',
  batchSize: 'batch.size',
  batchSizeValue: '{bytes}바이트',
  lingerMs: 'linger.ms',
  lingerValue: '{ms}ms',
  batches: '프로듀서에서 기다리는 배치',
  batchesNoneLinger0:
    '기다리는 배치가 없습니다. linger.ms=0이면 요청 자리가 나는 대로 바로 보냅니다.',
  batchesNone:
    '기다리는 배치가 없습니다. 새 레코드는 다른 레코드가 모이도록 최대 {linger}ms 기다립니다.',
  batchPartition: '파티션 {partition}',
  batchFill: '레코드 {records}개, {bytes}/{batchSize}바이트',
  batchMeter: '배치가 {percent}% 찼습니다',
  batchLinger: 'linger.ms: {seconds}초 뒤에 보냅니다. 그 전에 차면 바로 보냅니다',
  batchRetry: '재시도: {seconds}초 뒤에 다시 보냅니다(retry.backoff.ms)',
  batchFull: '가득 참: 요청 자리가 나는 대로 보냅니다',
  batchBlocked: '보낼 준비가 됐지만 리더나 빈 요청 자리를 기다립니다',
  batchNoMetadata: '메타데이터를 기다립니다. 아직 파티션을 정하지 못했습니다',
  batchHint:
    '프로듀서는 파티션마다 레코드를 배치 하나에 모읍니다. 배치가 batch.size({batchSize}바이트)만큼 차거나, 첫 레코드가 linger.ms({linger}ms) 동안 기다리면 보냅니다. 오래 기다릴수록 요청은 적고 커지지만, 레코드는 그만큼 늦게 도착합니다.',
  'acks.all':
    'acks=all: 모든 ISR 레플리카가 받은 뒤에 확인(ack)합니다. ISR이 min.insync.replicas보다 작으면 거절됩니다. 멱등성이 켜져 있어 다시 보낸 레코드가 두 번 기록되지 않습니다.',
  'acks.1': 'acks=1: 팔로워가 복제하기 전, 리더가 기록하자마자 확인합니다.',
  'acks.0': 'acks=0: 응답을 기다리지 않습니다. 보내는 순간 확인된 것으로 치고, 오프셋은 없습니다.',
  counts: '개수',
  sent: '전송',
  acknowledged: '확인됨',
  failed: '실패',
  inFlight: '전송 중',
  queued: '전송 대기',
  countsHint:
    '전송 중: 아직 응답을 받지 못한 Produce 요청에 들어 있습니다. 전송 대기: 프로듀서의 배치에 들어 있습니다. 배치가 차거나 linger.ms가 지나고, 리더를 알고, 요청 자리가 비고(브로커마다 최대 5개), 재시도할 때가 되어야 보냅니다.',
  lastError: '마지막 오류: {error}',
  wire: '지금 네트워크 위의 요청',
  wireNone: '지금 네트워크 위에 Produce 요청이나 응답이 없습니다.',
  wireProduce: '브로커 {broker}에 Produce: {tp}, 레코드 {count}개',
  wireProduceRaw: '브로커 {broker}에 Produce: {summary}',
  wireAck: '브로커 {broker}의 응답: 오프셋 {offset}부터 확인됨',
  wireAnswerRaw: '브로커 {broker}의 응답: {summary}',
  wireError: '브로커 {broker}의 응답: {error}',
  records: '최근 레코드(최신순)',
  filter: '보기',
  'filter.all': '전체',
  'filter.pending': '대기 중',
  'filter.acknowledged': '확인됨',
  'filter.failed': '실패',
  'filter.lost': '유실',
  filterCount: '{label} ({count})',
  showing:
    '최신 {shown}개 / 전체 {total}개. 화면에는 모든 프로듀서를 합쳐 마지막 레코드 500개만 남습니다.',
  noRecords: '아직 레코드가 없습니다.',
  noRecordsOfFate: '최근 레코드 중 이 상태인 것이 없습니다.',
  'fate.pending': '대기 중',
  'fate.acknowledged': '확인됨',
  'fate.failed': '실패',
  'fate.lost': '유실',
  partitionLeader: '파티션 {partition}, 지금 리더는 브로커 {broker}',
  partitionNoLeader: '파티션 {partition}, 지금 리더 없음',
  partitionUnknown: '아직 파티션을 정하지 못함(메타데이터 없음)',
  key: '키',
  noKey: '키 없음',
  value: '값',
  offset: '오프셋 {offset}',
  noOffset: '오프셋 없음(acks=0)',
  sentAt: '{time}초에 보냄',
  colourNote:
    '파티션 색은 지금 그 파티션을 이끄는 리더 브로커의 색입니다(회색: 리더 없음). 예전 레코드는 다른 브로커가 기록했을 수 있습니다.',
  'error.NOT_ENOUGH_REPLICAS':
    'ISR 레플리카 수가 min.insync.replicas보다 적어서 리더가 쓰기를 거절했고, 아무것도 기록하지 않았습니다.',
  'error.NOT_ENOUGH_REPLICAS_AFTER_APPEND':
    '리더는 기록했지만 팔로워가 받기 전에 ISR이 min.insync.replicas 아래로 줄었습니다. 기록은 되었지만 확인되지 않았습니다.',
  'error.REQUEST_TIMED_OUT':
    'request.timeout.ms 안에 응답이 없었습니다. ISR 레플리카가 제때 모두 복제하지 못했거나 응답이 오지 않았습니다.',
  'error.NOT_LEADER_OR_FOLLOWER':
    '요청을 받은 브로커가 더 이상 이 파티션의 리더가 아닙니다. 프로듀서는 메타데이터를 새로 받아 다시 보냅니다.',
  'error.NETWORK_EXCEPTION': '응답이 오기 전에 리더와의 연결이 끊겼습니다(브로커가 멈췄습니다).',
  'error.OUT_OF_ORDER_SEQUENCE_NUMBER':
    '리더는 이 멱등성 프로듀서에게서 더 앞선 시퀀스 번호를 기다리고 있어서 이 배치를 거절했습니다.',
  'error.UNKNOWN_TOPIC_OR_PARTITION': '이 브로커에는 그 파티션이 없습니다.',
  'error.other': '카프카 오류 {error}.',
  'lost.why':
    '확인까지 받았지만 언클린 리더 선출이나 로그 잘라내기(truncation)로 사라졌습니다. 이제 리더의 로그에 없습니다.',
};
