// 레슨 `first-topic`의 한국어 텍스트.
import type { LessonTextLike } from '../../lessonText';
import type { firstTopic as en } from '../../en/lessons/first-topic';

export const firstTopic: LessonTextLike<typeof en> = {
  steps: {
    create: {
      body: '지난 레슨에서처럼 터미널 1에는 ZooKeeper, 터미널 2에는 브로커 0이 돌고 있습니다. 명령은 터미널 3에서 입력합니다.\n\n이벤트는 **토픽**에 저장됩니다. `kafka-topics.sh`로 토픽을 만듭니다. `--bootstrap-server`는 브로커가 기다리는 주소를 알려 줍니다.',
      task: '터미널 3에 `bin/kafka-topics.sh --create --topic quickstart-events --bootstrap-server localhost:9092`를 입력하세요.',
      hint: '**Terminal 3** 탭을 누르거나(없으면 **+**) 명령을 입력하세요. 옵션도 Tab으로 완성됩니다.',
      done: '`Created topic quickstart-events.` 다이어그램에 토픽이 나타났습니다. `--partitions`를 주지 않았으니 브로커의 `num.partitions` 값인 1개가 되었습니다.',
    },
    describe: {
      body: '`--describe`는 파티션마다 **리더**, **레플리카**, **ISR**(동기화된 레플리카)을 보여 줍니다. 브로커가 하나뿐이라 셋 다 브로커 0입니다.',
      task: '`bin/kafka-topics.sh --describe --topic quickstart-events --bootstrap-server localhost:9092`를 입력하세요.',
      hint: '↑ 키로 생성 명령을 불러와 `--create`를 `--describe`로 바꾸세요.',
      done: '`Leader: 0  Replicas: 0  Isr: 0`. 터미널 아래 표에도 같은 내용이 그려집니다. `--list`는 이름만 출력합니다.',
    },
    produce: {
      body: '**콘솔 프로듀서**는 입력한 한 줄을 이벤트 하나로 보냅니다. Ctrl+C를 누를 때까지 계속 줄을 읽습니다.',
      task: '`bin/kafka-console-producer.sh --topic quickstart-events --bootstrap-server localhost:9092`를 입력하세요. `>` 프롬프트에 이벤트 두 개를 입력하세요. 예: `This is my first event`, `This is my second event`.',
      hint: '프로듀서가 시작된 뒤 한 줄을 입력하고 Enter를 누를 때마다 이벤트 하나가 됩니다.',
      done: '이벤트 두 개가 파티션 로그의 오프셋 0과 1에 들어갔습니다. 로그 뷰에서 하이 워터마크가 움직인 것을 보세요.',
    },
    consume: {
      body: '**콘솔 컨슈머**는 읽은 이벤트를 출력합니다. 기본값으로는 끝에서 시작해 새 이벤트를 기다립니다. `--from-beginning`을 주면 첫 오프셋부터 읽습니다.',
      task: 'Ctrl+C로 프로듀서를 멈추고 `bin/kafka-console-consumer.sh --topic quickstart-events --from-beginning --bootstrap-server localhost:9092`를 입력하세요.',
      hint: 'Ctrl+C는 현재 터미널에서 실행 중인 명령을 멈춥니다. 그다음 컨슈머 명령을 입력하세요.',
      done: '두 이벤트가 출력되었습니다. 이벤트는 읽은 뒤에도 Kafka에 남아 있어서, 컨슈머를 다시 실행하면 또 읽습니다.',
    },
    group: {
      body: '`--group`을 준 컨슈머는 **컨슈머 그룹**에 들어갑니다. 그룹은 어디까지 읽었는지(커밋된 오프셋)를 저장합니다. 컨슈머를 멈춰도 오프셋은 Kafka에 남습니다.',
      task: 'Ctrl+C로 컨슈머를 멈추고 `--group quickstart-group`을 붙여 다시 실행하세요. 이벤트가 나오면 Ctrl+C를 누르고 `bin/kafka-consumer-groups.sh --bootstrap-server localhost:9092 --describe --group quickstart-group`를 입력하세요.',
      hint: '컨슈머 명령에 `--group quickstart-group`을 붙이세요. describe 결과에 CURRENT-OFFSET, LOG-END-OFFSET, LAG가 나옵니다.',
      done: 'CURRENT-OFFSET은 그룹이 다음에 읽을 위치, LAG는 아직 읽지 않은 이벤트 수입니다. 이벤트를 더 보내고 다시 describe해 보세요. LAG가 늘어납니다.',
    },
    wrap: {
      body: 'Kafka 퀵스타트를 모두 해 보았습니다. ZooKeeper와 브로커를 띄우고, 토픽을 만들고, 이벤트를 쓰고 읽고, 그룹의 오프셋까지 확인했습니다.\n\n터미널에서 더 해 보세요. `--list`, `--property print.key=true`, 또는 `bin/kafka-server-stop.sh`로 브로커를 끄고 파티션이 오프라인이 되는 것을 보세요.',
    },
  },
};
