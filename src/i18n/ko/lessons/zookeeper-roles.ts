// `zookeeper-roles` 레슨의 한국어 텍스트.
import type { LessonTextLike } from '../../lessonText';
import type { zookeeperRoles as en } from '../../en/lessons/zookeeper-roles';

export const zookeeperRoles: LessonTextLike<typeof en> = {
  steps: {
    coordinator: {
      body: '주키퍼 모드(이 노트가 다루는 방식)의 Kafka는 **주키퍼**로 클러스터를 관리합니다. 주키퍼는 **코디네이션 서비스**입니다. 분산 시스템의 구성원들이 공통 정보를 맞추는 데 쓰는 작고 믿을 만한 저장소입니다.\n\n주키퍼는 데이터를 **znode** 트리에 저장합니다. 폴더 안의 파일과 비슷합니다. 주키퍼 패널에 이 클러스터의 트리가 나옵니다.\n\n(최신 Kafka는 KRaft 모드로 주키퍼 없이 동작할 수 있고, Kafka 4.0에서는 주키퍼 모드가 없어졌습니다.)',
    },
    shared: {
      body: '역할 1: **공용 리소스 관리**. 모든 브로커가 필요로 하는 데이터가 여기 있습니다.\n\n- `/brokers/topics/orders`: 파티션마다 복사본을 가진 브로커\n- `/brokers/topics/orders/partitions/0/state`: 그 파티션의 리더, ISR, 리더 에포크\n- `/config/topics/orders`: 토픽 설정\n\n트리에서 znode를 선택하면 데이터가 보입니다.',
    },
    sessions: {
      body: '역할 2: **노드 Healthcheck**. 브로커마다 주키퍼 **세션**을 열고 6초마다 하트비트를 보냅니다. 그리고 `/brokers/ids/N`에 자신을 등록합니다. 이 노드는 **임시(ephemeral)** znode라서 세션이 살아 있는 동안만 존재합니다.\n\n각 브로커 노드 옆의 카운트다운을 보세요. 하트비트가 올 때마다 다시 채워집니다. `zookeeper.session.timeout.ms`(18초) 동안 하트비트가 없으면 세션이 만료됩니다.',
    },
    crash: {
      body: '브로커가 멈추면 어떻게 될까요? 하나를 다운시키고 그 브로커의 znode를 지켜보세요.',
      task: '**브로커 2 다운시키기**를 누르세요.',
      hint: '브로커 목록의 브로커 2 줄에 **다운** 버튼이 있습니다.',
      done: '브로커 2가 다운되어 하트비트가 끊겼습니다. 주키퍼는 아직 모릅니다. 카운트다운이 계속 줄어듭니다.',
    },
    expire: {
      body: '주키퍼는 세션 타임아웃만큼 기다립니다. 그다음 세션을 만료시키고, 그 세션이 소유한 임시 znode를 모두 지웁니다.\n\n컨트롤러는 `/brokers/ids`에 **watch**를 걸어 두었습니다. 주키퍼가 자식 노드가 바뀌었다고 바로 알려 주고, 컨트롤러가 죽은 브로커를 처리합니다.',
      task: '일시 정지 상태라면 재생을 누르고 `/brokers/ids/2`가 사라질 때까지 기다리세요(최대 18초, 속도를 올리면 덜 기다립니다).',
      hint: '다이어그램 아래의 **속도** 선택으로 가상 시간을 빠르게 흐르게 할 수 있습니다.',
      done: '세션이 만료되어 `/brokers/ids/2`가 지워졌고, watch가 울려 컨트롤러가 브로커 2의 파티션에 새 리더와 ISR을 정했습니다.',
    },
    elections: {
      body: '역할 3: **브로커 및 파티션 관리**. 주키퍼는 파티션의 리더 선출과 컨트롤러 선출을 돕습니다. 직접 뽑지는 않습니다.\n\n- 컨트롤러는 임시 znode `/controller`를 가장 먼저 만든 브로커입니다(다음 레슨).\n- 컨트롤러가 파티션마다 리더를 정해 그 파티션의 `state` znode에 쓰고, 브로커들에게 알립니다(`LeaderAndIsr` 요청).\n\n메타데이터 표는 같은 사실을 브로커 쪽에서 보여 줍니다.',
    },
  },
};
