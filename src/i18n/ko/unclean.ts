// Korean UI text of the lesson views in the `unclean` area.
import type { Messages } from '../messages';

export const unclean: Messages['unclean'] = {
  title: 'unclean 리더 선출: 전과 후',
  noneYet:
    '오프라인인 파티션도, unclean 리더 선출도 아직 없습니다. ISR이 하나도 남지 않은 파티션이 생기면 unclean 선출이 누구를 고를지 보여 주고, 선출이 일어나면 레플리카마다 로그를 전과 후로 비교합니다.',
  previewTitle: '{tp} 오프라인: 리더 없음',
  previewIntro: '컨트롤러는 레플리카 순서 {replicas}대로 리더를 찾습니다.',
  colOrder: '순서',
  colReplica: '레플리카',
  colAlive: '살아 있음',
  colInIsr: 'ISR 포함',
  colLeo: '로그 끝 오프셋(LEO)',
  yes: '예',
  no: '아니요',
  brokerN: '브로커 {id}',
  previewWaiting:
    'unclean.leader.election.enable=false(기본값)이면 카프카는 ISR({isr})이 돌아올 때까지 기다립니다.',
  previewWouldPick:
    'true로 바꾸면 카프카는 브로커 {id}를 고릅니다. 레플리카 순서에서 살아 있는 첫 번째 레플리카입니다.',
  previewMoreData:
    '브로커 {id}가 레코드를 더 많이 가지고 있지만(LEO {leo}, 브로커 {pickedId}는 {pickedLeo}) 목록에서 더 뒤에 있습니다.',
  previewNoOne: '살아 있는 레플리카가 없습니다. unclean 선출로도 고를 레플리카가 없습니다.',
  elected: '{time}초에 ISR이 아닌 브로커 {leader}가 {tp}의 리더가 됐습니다(리더 에포크 {epoch}).',
  order:
    '카프카는 레플리카 순서 {replicas}에서 살아 있는 첫 번째를 골랐습니다. 로그는 비교하지 않습니다.',
  moreData:
    '브로커 {id}가 레코드를 더 많이 가지고 있었지만(LEO {leo}, 새 리더는 {chosenLeo}) 목록에서 더 뒤에 있었습니다.',
  lost: '확인(ack)받은 레코드 {count}개를 잃었습니다: 오프셋 {offsets}.',
  noneLost: '확인받은 레코드는 하나도 잃지 않았습니다.',
  truncated: '브로커 {id}가 로그를 오프셋 {from}에서 {to}로 잘라냈습니다(레코드 {count}개).',
  stillDown:
    '브로커 {id}는 다운 상태입니다. 디스크에는 아직 오프셋 {last}까지 있고, 돌아오면 잘라냅니다.',
  earlier: '이 파티션에서 unclean 선출이 {count}번 있었습니다. 마지막 선출을 보여 줍니다.',
  beforeCaption: '선출 직전 (리더 에포크 {epoch} 미만의 레코드)',
  nowCaption: '지금',
  colOffset: '오프셋',
  roleNewLeader: '새 리더',
  roleDown: '다운',
  leoShort: 'LEO {leo}',
  lostMark: '유실',
  newMark: '새 레코드',
  emptyCell: '레코드 없음',
  more: '오프셋 {count}개는 생략했습니다.',
  legend:
    '“유실”: 프로듀서가 확인받은 뒤 리더에서 사라진 레코드. “새 레코드”: 그 오프셋에 지금은 다른 레코드가 있음.',
};
