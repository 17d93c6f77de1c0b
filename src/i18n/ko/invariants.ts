// Korean UI text of the invariant monitor.
import type { Messages } from '../messages';

export const invariants: Messages['invariants'] = {
  title: '불변 조건',
  intro: '카프카가 지키는 규칙을 이 실행의 처음부터 지금까지 확인합니다.',
  holds: '지켜짐',
  broken: '깨짐',
  'name.noAckedLoss': '확인(ack)받은 레코드는 사라지지 않는다',
  'why.noAckedLoss':
    'acks=all이면 모든 ISR 레플리카가 레코드를 받은 뒤에야 확인을 보내고, ISR 안의 레플리카만 리더가 될 수 있으니 다음 리더도 그 레코드를 가지고 있습니다. acks=1(또는 0)이나 unclean.leader.election.enable=true이면 깨질 수 있습니다.',
  'name.consumerBelowHw': '컨슈머는 하이 워터마크 너머를 읽지 않는다',
  'why.consumerBelowHw':
    '리더는 컨슈머에게 하이 워터마크, 즉 모든 ISR 레플리카가 도달한 오프셋 아래의 레코드만 내주므로, 깨끗한 리더 교체로 사라질 수 있는 레코드를 컨슈머가 읽는 일은 없습니다. 어떤 설정으로도 꺼지지 않습니다.',
  'name.oneLeaderPerEpoch': '파티션마다 에포크 하나에 리더 하나',
  'why.oneLeaderPerEpoch':
    '컨트롤러는 새 리더를 정할 때마다 리더 에포크를 올리고 브로커는 더 낮은 에포크의 요청을 거절하므로, 끊겨 있던 옛 리더는 새 에포크에서 리더 노릇을 할 수 없습니다. 어떤 설정에서도 지켜집니다.',
  brokeAt: '{time}초에 깨졌습니다.',
  'detail.lost':
    '{tp}의 오프셋 {offset} 레코드는 프로듀서가 확인까지 받았는데, 이제 살아 있는 어느 레플리카에도 없습니다.',
  'detail.lostKey':
    '{tp}의 오프셋 {offset}에 있던 키 {key} 레코드는 프로듀서가 확인까지 받았는데, 이제 살아 있는 어느 레플리카에도 없습니다.',
  'detail.lostNoOffset':
    '{tp}에 보낸 레코드 하나는 프로듀서가 확인까지 받았는데, 이제 살아 있는 어느 레플리카에도 없습니다.',
  'detail.lostCount': '그때까지 잃은 확인받은 레코드: {count}개.',
  'detail.diverged':
    '{tp}의 두 레플리카가 오프셋 {offset}에 서로 다른 레코드를 가지고 있습니다. 둘 다의 하이 워터마크보다 아래이니, 커밋된 레코드가 바뀐 것입니다.',
  'detail.pastHw':
    '그룹 {group}의 위치가 {tp}의 오프셋 {position}까지 갔습니다. 이 파티션에 있었던 가장 높은 하이 워터마크({hw})보다 뒤입니다.',
  'detail.epoch': '리더 에포크 {epoch}에서 두 브로커가 {tp}의 리더로 행동했습니다.',
  'detail.epochOther': '{tp}의 리더들이 에포크 하나에 리더 하나라는 규칙을 지키지 않았습니다.',
  'detail.other': '{tp}에서 일어났습니다.',
  showMoment: '그 순간 보기',
  checking: '지금까지의 실행을 확인하는 중: {time}초까지…',
};
