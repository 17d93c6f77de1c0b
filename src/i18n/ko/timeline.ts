// Korean UI text: timeline markers and the recent-events list.
import type { Messages } from '../messages';

export const timeline: Messages['timeline'] = {
  label: '타임라인',
  replay:
    '지금 이후로 이미 시뮬레이션된 구간입니다. 지금 조작하면 이 구간은 버려지고 새로운 미래가 시작됩니다.',
  future: '아직 시뮬레이션되지 않은 구간입니다.',
  recent: '최근 이벤트',
  none: '아직 눈에 띄는 일이 없습니다.',
  seconds: '{s}초',
  markerLabel: '{time}: {text}',
  'event.broker.started': '브로커 {broker} 시작',
  'event.broker.crashed': '브로커 {broker} 다운',
  'event.broker.restarted': '브로커 {broker} 재시작',
  'event.broker.isolated': '브로커 {broker}의 네트워크가 끊김',
  'event.broker.reconnected': '브로커 {broker}의 네트워크가 복구됨',
  'event.broker.stopped': '브로커 {broker} 정상 종료',
  'event.broker.startFailed':
    '브로커 {broker} 종료: zookeeper.connection.timeout.ms 안에 주키퍼에 연결하지 못함',
  'event.zookeeper.started': '주키퍼 시작',
  'event.zookeeper.stopped': '주키퍼 종료',
  'event.session.expired': '브로커 {broker}의 주키퍼 세션 만료',
  'event.znode.deleted': '주키퍼에서 {path} 삭제',
  'event.controller.elected': '브로커 {broker}이(가) 컨트롤러가 됨 (에포크 {epoch})',
  'event.leader.elected': '{partition}: 브로커 {leader}이(가) 리더로 선출됨 (리더 에포크 {epoch})',
  'event.leader.elected.unclean':
    '{partition}: 언클린 리더 선출로 ISR 밖의 브로커 {leader}이(가) 리더가 됨 (리더 에포크 {epoch})',
  'event.leader.elected.preferred':
    '{partition}: 선호 리더인 브로커 {leader}이(가) 리더 자리를 되찾음 (리더 에포크 {epoch})',
  'event.partition.offline': '{partition}: 리더 없음(Leader: none), ISR [{isr}]',
  'event.isr.shrink': '{partition}: ISR이 [{from}]에서 [{to}](으)로 줄어듦',
  'event.isr.expand': '{partition}: ISR이 [{from}]에서 [{to}](으)로 늘어남',
  'event.log.truncated':
    '{partition}: 브로커 {broker}이(가) 로그를 오프셋 {from}에서 {to}(으)로 잘라 냄 (레코드 {count}개 삭제)',
  'event.log.segmentsDeleted':
    '{partition}: 브로커 {broker}이(가) {reason}을(를) 넘긴 오래된 세그먼트 {count}개를 삭제함, 이제 로그는 오프셋 {newLogStartOffset}부터 시작',
  'event.log.segmentsDeleted.logStartOffset':
    '{partition}: 브로커 {broker}이(가) 리더의 로그 시작 오프셋 아래 세그먼트 {count}개를 삭제함, 이제 로그는 오프셋 {newLogStartOffset}부터 시작',
  'event.data.loss': '{partition}: 확인(ack)된 레코드 {count}개 유실 (오프셋 {offsets})',
  'event.produce.failed':
    '{partition}: {producer}의 프로듀스 요청 실패 ({error}), delivery.timeout.ms까지 재시도',
  'event.topic.created': '토픽 {topic} 생성',
  'event.topic.partitionsAdded': '토픽 {topic}: 파티션을 {partitions}개로 늘림',
  'event.topic.deleted': '토픽 {topic} 삭제',
  'event.config.changed': '브로커 기본값: {key}={value}(으)로 변경',
  'event.config.changed.topic': '토픽 {name}: {key}={value}(으)로 변경',
  'event.producer.created': '프로듀서 {producerId} 시작, {topic} 토픽에 쓰기 시작',
  'event.group.created': '컨슈머 그룹 {groupId} 시작: 컨슈머 {members}개가 {topics} 토픽을 읽음',
  'event.group.scaled': '컨슈머 그룹 {groupId}: 컨슈머 {from}개 → {to}개, 파티션 재할당',
  'event.group.offsetsReset': '컨슈머 그룹 {groupId}: 오프셋을 {to}(으)로 재설정',
  'event.group.resetRefused':
    '컨슈머 그룹 {groupId}: 오프셋 재설정 거부됨. 아직 컨슈머 {members}개가 접속해 있음 (그룹이 비활성 상태여야 함)',
  'event.group.rebalanced':
    '컨슈머 그룹 {groupId} 리밸런스: 세대 {generation}, {protocol} 어사이너로 파티션 할당',
  'event.group.offsetOutOfRange':
    '{partition}: 컨슈머 그룹 {groupId}의 위치 {offset}이(가) 범위를 벗어남 (로그 범위 {logStart}~{logEnd}), auto.offset.reset={reset}에 따라 이동',
  'event.group.rebalanceStarted': '컨슈머 그룹 {groupId}: 리밸런스 시작',
  'event.group.rebalanceStarted.join': '컨슈머 그룹 {groupId}: 컨슈머가 참여해 리밸런스 시작',
  'event.group.rebalanceStarted.leave':
    '컨슈머 그룹 {groupId}: 컨슈머가 나가서(LeaveGroup) 리밸런스 시작',
  'event.group.rebalanceStarted.sessionTimeout':
    '컨슈머 그룹 {groupId}: 멤버의 세션이 만료되어 리밸런스 시작',
  'event.group.rebalanceStarted.pollTimeout':
    '컨슈머 그룹 {groupId}: 멤버가 poll을 멈춰서 리밸런스 시작',
  'event.group.rebalanceStarted.metadata':
    '컨슈머 그룹 {groupId}: 구독한 토픽의 파티션이 바뀌어 리밸런스 시작',
  'event.group.memberExpired':
    '{groupId}: {clientId}의 하트비트가 {timeoutS}초 동안 끊겨 그룹에서 제거, 리밸런스',
  'event.group.pollTimeout':
    '{groupId}: {clientId}이(가) {timeoutS}초 동안 poll()을 호출하지 않아(max.poll.interval.ms) 그룹에서 나감',
  'event.group.coordinatorMoved':
    '컨슈머 그룹 {groupId}: 코디네이터가 브로커 {from}에서 브로커 {to}(으)로 옮겨감',
  'event.group.coordinatorMoved.found': '컨슈머 그룹 {groupId}: 브로커 {to}이(가) 코디네이터가 됨',
  'event.group.coordinatorMoved.lost':
    '컨슈머 그룹 {groupId}: 코디네이터 없음. 브로커 {from}이(가) 내려갔고 이 그룹의 __consumer_offsets 파티션에 리더가 없음',
  'event.group.committed':
    '컨슈머 그룹 {groupId}: 애플리케이션이 위치를 커밋함 (OffsetCommit, 파티션 {partitions}개)',
  'event.group.committed.list':
    '컨슈머 그룹 {groupId}: 애플리케이션이 위치를 커밋함 (OffsetCommit: {partitions})',
  'event.consumer.crashed':
    '{groupId}: {clientId} 다운. LeaveGroup이 없으니 코디네이터는 세션이 만료될 때까지 기다림',
  'event.consumer.stalled': '{groupId}: {clientId}이(가) poll() 호출을 멈춤. 하트비트는 계속 보냄',
  'event.consumer.resumed': '{groupId}: {clientId}이(가) 다시 poll()을 호출함',
};
