// Korean UI text of the consumer group card's protocol parts.
import type { Messages } from '../messages';

export const groupProtocol: Messages['groupProtocol'] = {
  'stateWhy.Empty': '멤버가 없습니다. 커밋된 오프셋은 컨슈머가 돌아올 때까지 그대로 남습니다.',
  'stateWhy.PreparingRebalance':
    '리밸런스 중: 코디네이터가 모든 멤버가 다시 참여(JoinGroup)하기를 기다립니다.',
  'stateWhy.CompletingRebalance':
    '리밸런스 중: 리더가 할당을 계산했고, 멤버들은 자기 몫을 받기를(SyncGroup) 기다립니다.',
  'stateWhy.Stable':
    '코디네이터가 아는 모든 멤버가 파티션을 받았고, 코디네이터는 각 멤버의 하트비트를 기다립니다.',
  'stateWhy.Dead': '그룹이 더 이상 없습니다.',
  coordinator: '코디네이터: 브로커 {broker} — __consumer_offsets-{partition}의 리더',
  noCoordinator:
    '코디네이터: 없음 — __consumer_offsets-{partition}에 리더가 없어 멤버들이 코디네이터를 찾지 못합니다',
  coordinatorWhy:
    '그룹의 코디네이터는 __consumer_offsets에서 그 그룹 몫 파티션의 리더입니다: abs(“{group}”의 해시) % 50 = {partition}.',
  timeouts:
    'session.timeout.ms {session}초 · heartbeat.interval.ms {heartbeat}초 · max.poll.interval.ms {poll}초',
  autoCommitOn: '자동 커밋 켜짐: 컨슈머마다 auto.commit.interval.ms마다 자기 위치를 커밋합니다.',
  autoCommitOff:
    '자동 커밋 꺼짐(enable.auto.commit=false): 애플리케이션이 커밋할 때만 오프셋이 커밋됩니다.',
  uncommittedOff:
    '읽었지만 커밋하지 않은 레코드 {count}개: 지금 컨슈머가 죽으면 그 파티션을 넘겨받는 컨슈머가 이 레코드를 다시 읽습니다.',
  nothingCommitted:
    '아직 커밋한 오프셋이 없습니다. 이 파티션을 넘겨받는 컨슈머는 auto.offset.reset이 정한 곳부터 읽습니다.',
  leaderTag: '리더',
  leaderTitle:
    '그룹 리더: 가장 먼저 참여한 멤버로, 이번 제너레이션의 할당을 계산해 SyncGroup으로 보냈습니다.',
  statusLabel: '상태',
  'status.finding': '코디네이터 찾는 중',
  'status.joining': '참여 중',
  'status.syncing': '할당 받는 중',
  'status.stable': '안정',
  'status.stalled': 'poll 멈춤',
  'status.crashed': '다운됨',
  'status.left': '그룹에서 나감',
  'clock.session': '하트비트 {since}초 전 · {limit}초 동안 없으면 제거',
  'clock.expiring': '{since}초째 하트비트 없음 — {left}초 뒤 제거',
  'clock.poll': '{since}초째 poll() 없음 — {left}초 뒤 그룹에서 나감 (max.poll.interval.ms)',
  'clock.finding': '어느 브로커가 그룹의 코디네이터인지 묻는 중 (FindCoordinator)',
  'clock.left':
    '{limit}초 동안 poll()이 없어 그룹에서 나갔습니다. 재개하면 다시 poll하고 그룹에 참여합니다.',
  meterSession: '{member}의 세션',
  meterPoll: '{member}의 마지막 poll 이후 시간',
  crash: '다운',
  crashLabel: '{member} 다운시키기',
  crashTitle:
    '프로세스를 강제 종료합니다(kill -9). LeaveGroup이 없으니 코디네이터는 session.timeout.ms를 기다립니다.',
  stall: '멈추기',
  stallLabel: '{member} 멈추기',
  stallTitle:
    '애플리케이션이 poll() 호출을 멈춥니다. 하트비트 스레드 덕분에 max.poll.interval.ms까지는 그룹에 남습니다.',
  resume: '재개',
  resumeLabel: '{member} 재개',
  resumeTitle: '애플리케이션이 다시 poll()을 호출하고, 그룹에서 나갔다면 다시 참여합니다.',
  commitNow: '지금 커밋 ({group})',
  commitTitle:
    '실행 중인 모든 컨슈머에서 commitSync(): 각자의 위치를 코디네이터에 OffsetCommit합니다.',
};
