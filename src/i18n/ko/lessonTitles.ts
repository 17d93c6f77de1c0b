// Korean titles and one-line summaries of the lessons, by lesson id: all the course page needs,
// kept apart from the step texts so those load with the lesson page only.
import type { LessonTitles } from '../lessonTitles';

export const koLessonTitles: LessonTitles = {
  'why-cluster': {
    title: '클러스터를 구성하는 이유',
    summary:
      '브로커 하나에만 있는 토픽과 브로커 세 대에 복제된 토픽을 나란히 둡니다. 브로커를 다운시키고 어느 토픽이 계속 동작하는지 봅니다.',
  },
  'cluster-management': {
    title: '클러스터 관리',
    summary:
      '모든 브로커가 똑같이 알고 있어야 하는 메타데이터와, 브로커가 죽었다 돌아올 때 그 메타데이터가 바뀌는 모습을 봅니다.',
  },
  'zookeeper-roles': {
    title: 'Kafka와 Zookeeper / Zookeeper의 역할',
    summary:
      '클러스터의 공용 정보를 담은 znode 트리, 헬스체크 역할을 하는 세션, 브로커가 죽을 때 지워지는 노드를 봅니다.',
  },
  controller: {
    title: 'Kafka의 컨트롤러',
    summary:
      '브로커 하나가 클러스터를 관리합니다. 그 브로커를 다운시키고 다른 브로커가 이어받는 모습을 봅니다.',
  },
  messaging: {
    title: '메시징 시스템이란?',
    summary:
      '프로듀서, 브로커, 컨슈머. 컨슈머를 오프라인으로 만들고 브로커가 무엇을 대신 보관하는지 봅니다.',
  },
  'coupling-and-scale': {
    title: '메시징 시스템의 특징',
    summary:
      '컨슈머를 건드리지 않고 프로듀서를 추가하고, 컨슈머를 늘려 처리량이 파티션 수만큼 올라가는 모습을 봅니다.',
  },
  'what-is-kafka': {
    title: '카프카란?',
    summary:
      '브로커, 토픽, 파티션. 토픽을 만들고 레코드가 여러 브로커의 파티션으로 흩어지는 모습을 봅니다.',
  },
  'pipeline-role': {
    title: '카프카의 역할',
    summary:
      '여러 소스가 토픽으로 데이터를 흘려보내고, 여러 싱크가 각자의 속도로 따로 읽어 갑니다.',
  },
  'why-kafka': {
    title: '카프카의 장점',
    summary: '고성능, 확장성, 내결함성, 메시지 유지, 여러 컨슈머. 장점마다 하나씩 직접 해 봅니다.',
  },
  'leader-follower': {
    title: 'Kafka의 리더와 팔로워',
    summary:
      '한 파티션의 레플리카를 나란히 봅니다. 리더, 리더를 복사하는 팔로워, 그리고 컨슈머가 읽을 수 있는 한계인 하이 워터마크.',
  },
  'preferred-leader': {
    title: 'Kafka의 리더 선출',
    summary:
      '토픽을 만들고 Kafka의 라운드 로빈 레플리카 배치를 읽습니다. 장애로 리더가 바뀐 뒤 선호 리더가 리더 자리를 되찾는 모습을 봅니다.',
  },
  'leader-election-isr': {
    title: '리더 선출, ISR',
    summary:
      '팔로워 하나가 뒤처져 ISR에서 빠지고, 리더가 죽으면 목록에서 가장 앞선 ISR 레플리카가 새 리더가 됩니다.',
  },
  'no-isr-unclean': {
    title: 'ISR이 없을 때 (unclean 리더 선출)',
    summary:
      'ISR이 모두 사라지면 오프라인으로 기다리거나, 뒤처진 레플리카를 리더로 세우고 이미 확인(ack)받은 레코드를 잃습니다.',
  },
  'core-concepts': {
    title: 'Kafka의 핵심 개념',
    summary:
      'Kafka의 일곱 가지 구성 요소를 직접 써 보며 익힙니다. 레코드를 보내고 읽고, 브로커를 다운시키고, 주키퍼가 알아채는 모습을 봅니다.',
  },
  'topics-partitions-offsets': {
    title: 'Kafka의 토픽과 파티션',
    summary:
      '키가 있는 레코드와 없는 레코드를 보내 봅니다. 레코드가 어느 파티션에 들어가는지, 어떤 오프셋을 받는지, 컨슈머가 오프셋을 따라 어떻게 이동하는지 봅니다.',
  },
  'storage-segments': {
    title: 'Kafka의 저장방식',
    summary:
      '디스크에 있는 파티션 디렉터리를 열어 봅니다. 시작 오프셋으로 이름 붙은 세그먼트 파일들, 그리고 활성 세그먼트가 꽉 차면 새로 생기는 세그먼트를 봅니다.',
  },
  'install-and-start': {
    title: 'Kafka 설치',
    summary: '터미널에서 실제 명령으로 ZooKeeper와 Kafka 브로커를 띄워 봅니다.',
  },
  'first-topic': {
    title: '첫 토픽 만들기',
    summary: '토픽을 만들고, 콘솔 프로듀서로 이벤트를 쓰고, 콘솔 컨슈머로 읽어 봅니다.',
  },
  'acks-durability': {
    title: 'acks와 min.insync.replicas',
    summary:
      'acks=1이면 리더 장애로 확인받은 레코드를 잃습니다. acks=all에 min.insync.replicas=2면 잃는 대신 쓰기를 거절합니다.',
  },
  'consumer-groups': {
    title: '컨슈머 그룹과 리밸런싱',
    summary:
      '컨슈머를 늘리고 줄이며 파티션이 옮겨 가는 것을 보고, 애플리케이션을 멈췄다가 커밋된 오프셋부터 이어 읽고, 파티션을 협력적으로 넘겨 봅니다.',
  },
};
