// Korean UI text: scenario (the notes' own terms: 토픽, 파티션, 브로커, 복제 팩터, 링크).
import type { Messages } from '../messages';

export const scenario: Messages['scenario'] = {
  openedDefault: '이 링크를 열 수 없어서 기본 샌드박스를 대신 보여 줍니다.',
  problemsTitle: '이 링크의 문제',
  warningsTitle: '이 링크는 조금 고쳐서 열었습니다',

  notAnObject: '시나리오는 JSON 객체({ … })여야 하는데, 지금은 {value}입니다.',
  versionMissing:
    '시나리오에 “version” 필드가 없습니다. 이 앱이 읽는 시나리오 버전은 {supported}입니다. "version": {supported} 항목을 넣어 주세요.',
  versionUnsupported:
    '시나리오 버전이 {version}(으)로 되어 있는데, 이 앱이 모르는 버전입니다. 이 앱이 읽는 버전은 {supported}입니다.',
  versionTooNew:
    '이 시나리오는 더 새로운 버전의 앱에서 만들어졌습니다(시나리오 버전 {version}). 이 앱이 읽을 수 있는 버전은 {supported}까지입니다. 페이지를 새로 고쳐 최신 앱을 받아 주세요.',

  unknownField: '“{field}”은(는) 시나리오 필드가 아니라서 무시했습니다.',
  expectedObject: '“{field}”은(는) 객체({ … })여야 하는데, 지금은 {value}입니다.',
  expectedArray: '“{field}”은(는) 리스트([ … ])여야 하는데, 지금은 {value}입니다.',
  expectedString: '“{field}”은(는) 따옴표로 감싼 문자열이어야 하는데, 지금은 {value}입니다.',
  expectedBoolean: '“{field}”은(는) true 또는 false여야 하는데, 지금은 {value}입니다.',
  expectedNumber: '“{field}”은(는) 숫자여야 하는데, 지금은 {value}입니다.',
  expectedInteger: '“{field}”은(는) 정수여야 하는데, 지금은 {value}입니다.',
  numberTooSmall: '“{field}” 값이 {value}인데, {min} 이상이어야 합니다.',
  numberTooLarge: '“{field}” 값이 {value}인데, {max} 이하여야 합니다.',
  valueNotAllowed: '“{field}” 값이 {value}인데, 다음 중 하나여야 합니다: {allowed}.',
  simulatorLimit:
    '“{field}” 값이 {value}인데, 이 시뮬레이터에서는 {min}부터 {max}까지만 쓸 수 있습니다. Kafka의 제한이 아니라 이 앱의 제한입니다.',
  tooMany:
    '“{field}” 항목이 {count}개인데, 이 시뮬레이터에서는 최대 {max}개까지만 쓸 수 있습니다. Kafka의 제한이 아니라 이 앱의 제한입니다.',
  tooLong:
    '“{field}”의 길이가 {length}자인데, 이 시뮬레이터에서는 최대 {max}자까지만 쓸 수 있습니다. Kafka의 제한이 아니라 이 앱의 제한입니다.',
  startupNotEmpty:
    '이 링크는 아무것도 실행되지 않은 빈 머신에서 시작하므로, 시작 시점의 브로커, 토픽, 프로듀서, 컨슈머 그룹을 함께 지정할 수 없습니다.',
  startupInvalid: '“startup” 값이 {value}입니다. 허용되는 값은 "manual"(빈 머신)뿐입니다.',

  brokersOutOfRange:
    '클러스터의 브로커가 {value}개인데, 이 시뮬레이터는 브로커를 {min}개부터 {max}개까지 돌립니다(브로커마다 색과 열을 하나씩 씁니다). Kafka의 제한이 아니라 이 앱의 제한입니다.',
  configUnknown: '“{key}”은(는) 이 시뮬레이터가 여기서 아는 설정이 아니라서 무시했습니다.',
  configKeyUnknown:
    '“{key}”은(는) 이 시뮬레이터가 여기서 바꿀 수 있는 설정이 아닙니다. 바꿀 수 있는 설정: {known}.',
  configNameInvalid:
    '브로커 설정은 클러스터 전체에 적용되므로 이름이 ""(빈 문자열)이어야 하는데, 지금은 {value}입니다.',
  replicaFetchWaitTooLarge:
    'replica.fetch.wait.max.ms({wait})가 replica.lag.time.max.ms({lag})보다 커서 팔로워가 ISR에서 계속 빠지게 됩니다. Kafka는 브로커를 띄우지 않습니다: {kafka}',
  acksNormalized: '“{field}” 값이 -1이었는데, Kafka에서는 all과 완전히 같으므로 all로 바꿨습니다.',

  topicNameInvalid: '토픽 이름 {name}은(는) 쓸 수 없습니다. Kafka 오류 메시지: {kafka}',
  topicNameDuplicate: '“{topic}”이라는 토픽이 두 개 있습니다. Kafka 오류 메시지: {kafka}',
  topicNameCollision:
    '토픽 이름 “{topic}”이(가) “{other}”와(과) 겹칩니다. Kafka는 메트릭 이름에서 “.”과 “_”를 같은 문자로 보기 때문에 두 번째 토픽을 거부합니다. Kafka 오류 메시지: {kafka}',
  partitionsOutOfRange:
    '토픽 “{topic}”의 파티션 수가 {value}인데, 이 시뮬레이터는 토픽당 파티션을 {min}개부터 {max}개까지 보여 줍니다. 이 앱의 제한이고, Kafka 자체는 1개 이상이면 됩니다.',
  replicationFactorTooSmall:
    '토픽 “{topic}”의 복제 팩터가 {rf}인데, 파티션마다 레플리카가 적어도 하나는 있어야 합니다. Kafka 오류 메시지: {kafka}',
  replicationFactorTooLarge:
    '토픽 “{topic}”의 복제 팩터가 {rf}인데, 클러스터에는 브로커가 {brokers}개뿐입니다. Kafka 오류 메시지: Replication factor: {rf} larger than available brokers: {brokers}.',
  minIsrAboveReplicationFactor:
    '토픽 “{topic}”의 min.insync.replicas가 {minIsr}인데 레플리카는 {rf}개뿐이라서, acks=all 쓰기는 모두 NOT_ENOUGH_REPLICAS로 실패합니다. Kafka가 허용하는 설정이라 시나리오에는 그대로 둡니다.',

  clientIdInvalid:
    '“{field}” 값이 {value}입니다. 영문자, 숫자, “.”, “_”, “-”로 1~64자를 써 주세요(이 앱이 화면에 이름으로 표시합니다).',
  producerIdDuplicate: 'id가 “{id}”인 프로듀서가 두 개 있습니다. 프로듀서마다 id가 달라야 합니다.',
  groupIdDuplicate:
    'id가 “{id}”인 컨슈머 그룹이 두 개 있습니다. 그룹은 한 번만 적고 멤버 수를 지정해 주세요.',
  topicUnknown:
    '“{field}”에 적힌 토픽 “{topic}”이(가) 없습니다. “topics”에 추가하거나 topic.create 액션으로 만들어 주세요.',
  assignorUnknown:
    '“{field}”에 적힌 어사이너 {value}은(는) 이 시뮬레이터가 모르는 어사이너입니다. 다음 중 하나(또는 그 클래스 이름)를 쓰세요: {allowed}. Kafka 오류 메시지: {kafka}',
  assignorDuplicate: '“{field}”에 어사이너 {name}이(가) 두 번 있습니다. Kafka 오류 메시지: {kafka}',
  assignorListEmpty:
    '“{field}”에 어사이너가 하나도 없어서 컨슈머가 그룹에 참여할 수 없습니다. Kafka 오류 메시지: {kafka}',
  assignorClassNormalized:
    '“{field}” 값이 클래스 {value}이었는데, 이 시뮬레이터는 프로토콜 이름 {name}(으)로 적습니다.',
  deliveryTimeoutTooSmall:
    'delivery.timeout.ms({delivery})는 request.timeout.ms({request})와 linger.ms({linger})를 더한 값 이상이어야 합니다. Kafka 오류 메시지: {kafka}',

  actionTimeInvalid: '“{field}” 값이 {value}인데, 액션 시각은 0 이상의 밀리초 숫자여야 합니다.',
  actionTypeUnknown:
    '“{field}” 값 {value}은(는) 이 시뮬레이터가 아는 액션이 아닙니다. 쓸 수 있는 액션: {known}.',
  actionBrokerUnknown:
    '“{field}”에 브로커 {broker}이(가) 적혀 있는데, 클러스터에는 브로커 1번부터 {brokers}번까지만 있습니다.',
  actionTopicUnknown:
    '“{field}”에 적힌 토픽 “{topic}”이(가) {at} ms 시점에는 아직 없습니다(topic.create 액션으로 만든 토픽은 그 액션의 시각부터 있습니다).',
  actionProducerUnknown: '“{field}”에 적힌 프로듀서 “{producer}”이(가) 없습니다.',
  actionProducerDuplicate:
    '“{field}”은(는) {at} ms에 id가 “{id}”인 프로듀서를 시작하지만, 같은 id의 프로듀서가 이미 있습니다. 프로듀서마다 다른 id가 필요합니다.',
  actionGroupDuplicate:
    '“{field}”은(는) {at} ms에 컨슈머 그룹 “{id}”을(를) 시작하지만, 그 그룹은 이미 있습니다. 멤버 수를 바꾸려면 group.scale 액션을 쓰세요.',
  actionConsumerUnknown:
    '“{field}”에 적힌 컨슈머 인스턴스 “{clientId}”이(가) 없습니다. “{group}”의 인스턴스 이름은 consumer-{group}-1, consumer-{group}-2, … 입니다(client.id).',
  heartbeatNotBelowSession:
    '“{field}” 값 {heartbeat} ms가 session.timeout.ms({session} ms)보다 작지 않습니다. 그러면 멤버가 하트비트를 보내기도 전에 코디네이터가 멤버를 내보냅니다. 컨슈머가 시작하지 않습니다: {kafka}',
  actionGroupUnknown:
    '“{field}”에 적힌 컨슈머 그룹 “{group}”이(가) {at} ms 시점에는 없습니다(group.create 액션으로 만든 그룹은 그 액션의 시각부터 있습니다).',
  actionNoProducer:
    '“{field}”은(는) “{topic}” 토픽으로 레코드를 직접 보내는 액션인데, 그 토픽에 쓰는 프로듀서가 없습니다. “producers”에 하나 추가하거나, 그보다 앞에 producer.create 액션을 두세요.',
  actionProducerOtherTopic:
    '“{field}”은(는) “{producer}”를 통해 “{topic}” 토픽으로 레코드를 보내려 하지만, 이 프로듀서는 “{writes}” 토픽에 씁니다. “{topic}”에 쓰는 프로듀서를 지정하거나 프로듀서를 빼 주세요.',
  actionsSorted:
    '액션이 시간 순서대로 있지 않아서 시각 순으로 정렬했습니다(같은 시각의 액션은 원래 순서를 유지합니다).',

  linkDataCorrupt:
    '이 링크의 시나리오 데이터가 손상되었거나 잘렸습니다(링크 전체를 복사했는지 확인해 주세요).',
  linkEncodingInvalid: '이 링크의 “{param}” 부분에 잘못된 %-이스케이프가 있어서 읽을 수 없습니다.',
  linkJsonInvalid: '이 링크에 적힌 시나리오가 올바른 JSON이 아닙니다: {detail}',
  linkTooLong: '이 링크의 시나리오가 {length}자인데, 이 앱은 최대 {max}자까지만 읽습니다.',
  linkTimeInvalid: '이 링크의 시각(t={value})이 0 이상의 밀리초 숫자가 아니라서 0부터 재생합니다.',
  linkLessonUnknown: '“{lesson}” 레슨이 없어서 강의 목록을 보여 줍니다.',
  linkStepBeyond: '이 레슨은 {step}단계가 아니라 {count}단계까지 있어서 마지막 단계를 보여 줍니다.',
  linkRouteUnknown: '“{route}” 페이지가 없어서 홈 화면을 보여 줍니다.',
  linkStepInvalid: '레슨 단계 “{value}”이(가) 단계 번호가 아니라서 레슨을 첫 단계부터 엽니다.',
  linkStateTwice:
    '이 링크에 “s=”와 “json=”이 모두 있습니다. “s=” 시나리오를 쓰고 “json=”은 무시했습니다.',
};
