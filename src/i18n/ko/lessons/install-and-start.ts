// 레슨 `install-and-start`의 한국어 텍스트.
import type { LessonTextLike } from '../../lessonText';
import type { installAndStart as en } from '../../en/lessons/install-and-start';

export const installAndStart: LessonTextLike<typeof en> = {
  steps: {
    unpack: {
      body: 'Kafka는 kafka.apache.org에서 받는 `.tgz` 파일입니다. `kafka_2.13-3.6.2`는 Scala 2.13으로 빌드한 Kafka **3.6.2**라는 뜻입니다. Java가 필요합니다.\n\n`tar -xzf kafka_2.13-3.6.2.tgz`와 `cd kafka_2.13-3.6.2`는 이미 해 두었습니다. 아직 아무것도 실행되지 않아 다이어그램이 비어 있습니다.',
      task: '터미널에 `ls`를 입력하고 Enter를 누르세요.',
      hint: '“Terminal” 입력칸을 클릭하고 `ls`를 입력한 뒤 Enter를 누르세요.',
      done: '`bin/`에는 실행할 스크립트가, `config/`에는 설정 파일이, `libs/`에는 Java 코드가 있습니다.',
    },
    config: {
      body: '브로커는 `config/server.properties`에서 설정을 읽습니다. 중요한 줄 몇 개:\n\n`broker.id=0` — 클러스터 안에서 브로커의 번호.\n`log.dirs=/tmp/kafka-logs` — 파티션을 디스크에 저장하는 곳.\n`zookeeper.connect=localhost:2181` — ZooKeeper의 주소.\n`num.partitions=1` — 파티션 수를 정하지 않고 만든 토픽의 파티션 수.\n\n`listeners`는 주석 처리되어 있어서 브로커는 9092 포트를 씁니다.',
      task: '파일을 출력해 보세요: `cat config/server.properties`',
      hint: '`cat config/server.properties`를 입력하고 Enter를 누르세요. 출력을 스크롤해 읽어 보세요.',
      done: '`#`로 시작하는 줄은 주석입니다. 터미널 아래 편집기에서 파일을 열 수도 있습니다.',
    },
    zookeeper: {
      body: 'ZooKeeper 모드의 Kafka 브로커는 ZooKeeper 없이 시작할 수 없습니다. 브로커는 ZooKeeper에 자신을 등록하고, 클러스터 메타데이터도 그곳에 둡니다. 그래서 ZooKeeper를 먼저 띄웁니다.',
      task: '`bin/zookeeper-server-start.sh config/zookeeper.properties`를 입력하세요.',
      hint: 'Tab 키로 스크립트 이름을 완성할 수 있습니다. `bin/zoo`까지 입력하고 Tab을 누르세요.',
      done: 'ZooKeeper가 2181 포트에서 기다립니다(`binding to port 0.0.0.0/0.0.0.0:2181`). 이 터미널에서 포그라운드로 계속 실행됩니다.',
    },
    broker: {
      body: '이 터미널은 ZooKeeper가 쓰고 있습니다. 실제로는 터미널 창을 하나 더 엽니다. 여기서는 터미널 위의 **+**(새 터미널)를 누르세요.',
      task: '새 터미널에 `bin/kafka-server-start.sh config/server.properties`를 입력하세요.',
      hint: '터미널 위의 **+**를 눌러 터미널 2를 열고, 거기에 명령을 입력하세요.',
      done: '브로커 0이 떴습니다. 로그를 읽어 보세요. ZooKeeper에 연결하고, `/brokers/ids/0`을 등록하고, **컨트롤러**가 되었습니다. 브로커가 하나뿐이니까요.',
    },
    registered: {
      body: '브로커는 ZooKeeper에 자기 자신을 기록했습니다. Kafka에 들어 있는 셸로 직접 확인할 수 있습니다.\n\n터미널 1과 2는 ZooKeeper와 브로커가 쓰고 있으니 세 번째 터미널을 여세요.',
      task: '**+**를 누르고 `bin/zookeeper-shell.sh localhost:2181 ls /brokers/ids`를 입력하세요.',
      hint: '명령 끝의 `ls /brokers/ids`는 그 znode의 자식 목록을 보여 줍니다.',
      done: '`[0]`: 브로커 하나, id 0. 이 znode는 **임시(ephemeral)** 노드라서 브로커의 세션이 끝나면 사라집니다. 컨트롤러는 이렇게 브로커의 장애를 알아챕니다.',
    },
    edit: {
      body: '브로커는 시작할 때만 `server.properties`를 읽습니다. 설정을 바꾸고 브로커를 다시 시작해 봅시다.\n\n새 토픽이 기본으로 파티션 3개를 갖도록 바꿔 보겠습니다.',
      task: '편집기(**Edit config/server.properties**)를 열어 `num.partitions=1`을 `num.partitions=3`으로 바꾸고 **Save**를 누르세요. 그리고 터미널 2에서 Ctrl+C를 누른 뒤 브로커를 다시 시작하세요.',
      hint: '터미널 2에서 Ctrl+C를 누르면 브로커가 정상 종료됩니다. ↑ 키로 시작 명령을 불러와 Enter를 누르세요.',
      done: '브로커가 새 설정으로 다시 시작했습니다. 로그 디렉터리는 그대로라서 정상 재시작으로는 아무것도 잃지 않습니다.',
    },
    running: {
      body: '브로커 하나짜리 Kafka가 준비되었습니다. 터미널 1에는 ZooKeeper, 터미널 2에는 브로커 0이 돌고 있습니다. 실제 머신에서도 같은 명령이 그대로 동작합니다.\n\n끌 때는 순서가 중요합니다. 브로커를 먼저(`bin/kafka-server-stop.sh`), 그다음 ZooKeeper를 끕니다. 다음 레슨에서는 첫 토픽을 만듭니다.',
    },
  },
};
