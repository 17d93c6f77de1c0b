// Korean UI text of the durability comparison (`durability` area).
import type { Messages } from '../messages';

export const durability: Messages['durability'] = {
  title: '내구성 비교',
  intro:
    '같은 클러스터에 같은 장애를 두 가지 설정으로 한 번씩 일으켜 봅니다. 프로듀서가 기록됐다는 확인(ack)을 받은 레코드 가운데 무엇이 살아남을까요?',
  runA: '실행 A',
  runB: '실행 B',
  acksLabel: 'acks (프로듀서)',
  minIsrLabel: 'min.insync.replicas (토픽)',
  uncleanLabel: 'unclean 리더 선출 허용',
  failureLabel: '장애',
  failure_followersCutOffThenLeaderCrash: '팔로워가 잠시 끊긴 뒤 리더 다운',
  failureHelp_followersCutOffThenLeaderCrash:
    '첫 번째 파티션의 팔로워들이 몇 초 동안 네트워크에서 끊깁니다. ISR에서 빠질 만큼 길지는 않고, 그동안 리더는 혼자 쓰기를 받습니다. 팔로워들이 돌아오는 순간 리더가 다운되고, 컨트롤러는 ISR에서 팔로워 하나를 리더로 뽑습니다. 옛 리더는 나중에 다시 시작합니다.',
  failure_followersDownThenLeaderCrash: '팔로워 다운 뒤 리더 다운',
  failureHelp_followersDownThenLeaderCrash:
    '첫 번째 파티션의 팔로워들이 다운되어 ISR에서 빠집니다. 리더는 혼자 쓰기를 받다가 결국 다운됩니다. 팔로워들이 먼저 돌아오므로, 그중 하나가 리더가 되려면 unclean 선출밖에 없습니다. 옛 리더는 나중에 다시 시작합니다.',
  run: '둘 다 실행',
  running: '두 실행을 돌리는 중…',
  failed: '이 클러스터에서는 비교를 실행할 수 없습니다.',
  done: '두 실행이 끝났습니다. 확인받은 레코드 유실: {a} {lostA}개, {b} {lostB}개.',
  notYet: '설정 두 가지와 장애를 고른 뒤 둘 다 실행해 보세요.',
  world:
    '두 실행 모두: 브로커 {brokers}대, 토픽 {topic} (파티션 {partitions}개, 복제 계수 {rf}). 장애 대상은 {tp}: 리더는 브로커 {leader}, 팔로워는 {followers}.',
  stepsTitle: '두 실행에서 똑같이 일어나는 일',
  step_cutOff: '{time}초: 브로커 {followers}의 네트워크가 끊깁니다.',
  step_reconnectAndCrash:
    '{time}초: 팔로워들이 다시 연결되고, 같은 순간 리더 브로커 {leader}에 장애가 나 다운됩니다.',
  step_followersDown: '{time}초: 브로커 {followers}에 장애가 나 다운됩니다.',
  step_leaderCrash: '{time}초: 리더 브로커 {leader}에도 장애가 나 다운됩니다.',
  step_followersBack: '{time}초: 브로커 {followers}의 프로세스가 다시 시작됩니다.',
  step_restart: '{time}초: 브로커 {leader}의 프로세스가 다시 시작됩니다.',
  step_read: '{time}초: 두 실행의 결과를 읽습니다.',
  configTitle: '{run}: acks={acks}, min.insync.replicas={minIsr}, unclean 선출 {unclean}',
  on: '허용',
  off: '금지',
  promise_0:
    'acks=0: 프로듀서는 아무 응답도 기다리지 않습니다. 보내는 순간 확인받은 것으로 칩니다.',
  promise_1:
    'acks=1: 리더가 자기 로그에 쓰면 바로 확인합니다. 팔로워는 아직 갖고 있지 않을 수 있습니다.',
  promise_all:
    'acks=all: ISR의 모든 레플리카가 가진 뒤에 확인합니다. ISR이 min.insync.replicas={minIsr}보다 작으면 쓰기를 거절합니다(NOT_ENOUGH_REPLICAS).',
  promiseUnclean:
    'unclean 선출 허용: ISR 밖의 레플리카도 리더가 될 수 있고, 그 레플리카에 없는 레코드는 사라집니다.',
  acknowledged: '확인받음: 보낸 {sent}개 중 {acked}개',
  lostOne: '확인받은 레코드 1개 유실',
  lostMany: '확인받은 레코드 {count}개 유실',
  noneLost: '확인받은 레코드는 하나도 잃지 않았습니다',
  lostMore: '유실로 보고된(data.loss) {count}개가 더 있지만, 여기 남은 기록보다 오래되었습니다.',
  lostCaption: '유실된 확인받은 레코드',
  colPartition: '파티션',
  colOffset: '오프셋',
  colKey: '키',
  colValue: '값',
  lostMark: '유실',
  noOffset: '모름',
  nullKey: 'null',
  noOffsetNote:
    'acks=0은 오프셋을 끝내 모릅니다: 이 레코드들은 보내졌지만 살아 있는 어느 레플리카의 로그에도 없습니다.',
  errorsTitle: '프로듀서가 받은 오류 (재시도함)',
  errorLine: '{time}초부터 {partitions}에서 {error}',
  noErrors: '프로듀서는 오류를 받지 않았습니다.',
  failedTitle: '프로듀서가 포기한 레코드: {count}개 ({errors})',
  whyTitle: '왜 이렇게 될까요',
  why_followersCutOffThenLeaderCrash:
    'acks=1에서는 팔로워가 아직 가져가지 않은 레코드도 리더가 확인해 줍니다. 컨트롤러는 ISR에서 그 레코드가 없는 팔로워를 리더로 뽑았고, 돌아온 옛 리더는 새 리더에 맞춰 그 레코드들을 로그에서 잘라냈습니다. acks=all에서는 리더가 ISR 모두가 가질 때까지 확인을 미루므로 그 레코드들은 확인된 적이 없고, 프로듀서가 새 리더에게 다시 보냈습니다.',
  why_followersDownThenLeaderCrash:
    '팔로워들이 ISR에서 빠지자 ISR에는 리더만 남았습니다. acks=1과 min.insync.replicas=1인 acks=all은 리더 혼자 확인해 줍니다. unclean 선출을 금지하면 카프카는 그 리더가 돌아올 때까지 기다리므로 잃는 것이 없고, 허용하면 그 레코드가 없는 팔로워가 리더가 되어 레코드가 사라집니다. min.insync.replicas=2는 이런 쓰기를 아예 거절하므로(NOT_ENOUGH_REPLICAS, ISR이 줄어들 때 이미 기다리던 쓰기는 NOT_ENOUGH_REPLICAS_AFTER_APPEND) 확인받은 레코드가 생기지 않습니다.',
  summaryCaption: '나란히 보기',
  rowConfig: '설정',
  rowAcked: '확인받음',
  rowLost: '확인받은 뒤 유실',
  rowErrors: '프로듀서가 받은 오류',
  none: '없음',
  open: '이 실행을 샌드박스에서 열기',
  openHint: '장애 직전에 멈춘 상태로 열립니다. 재생을 눌러 지켜보세요.',
};
