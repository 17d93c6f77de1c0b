import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/translate';
import type { TimelineEvent } from '../../model/snapshotTypes';
import { DANGER, NODE_COLORS, WARNING, brokerColor } from '../theme';
import { EVENT_KINDS, eventColor, eventLane, eventText } from './eventText';

const ev = (kind: TimelineEvent['kind'], rest: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id: `1-${kind}`,
  at: 1,
  kind,
  params: {},
  ...rest,
});

describe('eventText for a machine set up from the terminal', () => {
  it('has an English and a Korean text for every event kind', () => {
    for (const kind of EVENT_KINDS) {
      const key = `timeline.event.${kind}` as const;
      expect(translate('en', key), kind).not.toBe(key);
      expect(translate('ko', key), kind).not.toBe(translate('en', key));
    }
  });

  it('tells ZooKeeper, broker process and topic administration events', () => {
    const cases: [TimelineEvent, string, string][] = [
      [ev('zookeeper.started'), 'ZooKeeper started', '주키퍼 시작'],
      [ev('zookeeper.stopped'), 'ZooKeeper stopped', '주키퍼 종료'],
      [ev('broker.stopped', { broker: 0 }), 'Broker 0 shut down cleanly', '브로커 0 정상 종료'],
      [
        ev('broker.startFailed', { broker: 0 }),
        'Broker 0 could not reach ZooKeeper within zookeeper.connection.timeout.ms and exited',
        '브로커 0 종료: zookeeper.connection.timeout.ms 안에 주키퍼에 연결하지 못함',
      ],
      [
        ev('topic.partitionsAdded', { params: { topic: 'orders', partitions: 6 } }),
        'Topic orders: partitions increased to 6',
        '토픽 orders: 파티션을 6개로 늘림',
      ],
      [
        ev('topic.deleted', { params: { topic: 'orders' } }),
        'Topic orders deleted',
        '토픽 orders 삭제',
      ],
    ];
    for (const [event, en, ko] of cases) {
      expect(eventText('en', event)).toBe(en);
      expect(eventText('ko', event)).toBe(ko);
    }
  });

  it('puts broker processes on the broker lane, ZooKeeper and topics on the cluster lane', () => {
    expect(eventLane('broker.stopped')).toBe('broker');
    expect(eventLane('broker.startFailed')).toBe('broker');
    expect(eventLane('zookeeper.started')).toBe('controller');
    expect(eventLane('topic.deleted')).toBe('controller');
    expect(eventColor(ev('broker.startFailed', { broker: 0 }))).toBe(DANGER);
    expect(eventColor(ev('broker.stopped', { broker: 0 }))).toBe(brokerColor(0));
    expect(eventColor(ev('zookeeper.started'))).toBe(NODE_COLORS.zookeeper);
  });
});

describe('eventText for the classic group protocol', () => {
  const g = { groupId: 'orders-app', clientId: 'consumer-orders-app-2' };

  it('tells what the coordinator did, with timeouts in seconds', () => {
    const cases: [TimelineEvent, string, string][] = [
      [
        ev('group.memberExpired', { params: { ...g, timeoutMs: 45_000 } }),
        'orders-app: consumer-orders-app-2 missed heartbeats for 45 s — removed, rebalancing',
        'orders-app: consumer-orders-app-2의 하트비트가 45초 동안 끊겨 그룹에서 제거, 리밸런스',
      ],
      [
        ev('group.pollTimeout', { params: { ...g, timeoutMs: 6_500 } }),
        'orders-app: consumer-orders-app-2 did not call poll() for 6.5 s (max.poll.interval.ms) — it left the group',
        'orders-app: consumer-orders-app-2이(가) 6.5초 동안 poll()을 호출하지 않아(max.poll.interval.ms) 그룹에서 나감',
      ],
      [
        ev('group.rebalanceStarted', {
          params: { groupId: 'orders-app', reason: 'sessionTimeout' },
        }),
        'Consumer group orders-app: a member’s session expired — rebalancing',
        '컨슈머 그룹 orders-app: 멤버의 세션이 만료되어 리밸런스 시작',
      ],
      [
        ev('group.rebalanceStarted', { params: { groupId: 'orders-app', reason: 'somethingNew' } }),
        'Consumer group orders-app: rebalance started',
        '컨슈머 그룹 orders-app: 리밸런스 시작',
      ],
      [
        ev('group.coordinatorMoved', { params: { groupId: 'orders-app', from: 2, to: 3 } }),
        'Consumer group orders-app: coordinator moved from broker 2 to broker 3',
        '컨슈머 그룹 orders-app: 코디네이터가 브로커 2에서 브로커 3(으)로 옮겨감',
      ],
      [
        ev('group.coordinatorMoved', { params: { groupId: 'orders-app', from: 2, to: 'none' } }),
        'Consumer group orders-app: no coordinator — broker 2 is gone and its __consumer_offsets partition has no leader',
        '컨슈머 그룹 orders-app: 코디네이터 없음. 브로커 2이(가) 내려갔고 이 그룹의 __consumer_offsets 파티션에 리더가 없음',
      ],
      [
        ev('group.committed', { params: { groupId: 'orders-app', partitions: 3 } }),
        'Consumer group orders-app: the application committed its positions (OffsetCommit, 3 partition(s))',
        '컨슈머 그룹 orders-app: 애플리케이션이 위치를 커밋함 (OffsetCommit, 파티션 3개)',
      ],
      [
        ev('group.committed', {
          params: { groupId: 'orders-app', partitions: 'orders-0, orders-1' },
        }),
        'Consumer group orders-app: the application committed its positions (OffsetCommit: orders-0, orders-1)',
        '컨슈머 그룹 orders-app: 애플리케이션이 위치를 커밋함 (OffsetCommit: orders-0, orders-1)',
      ],
    ];
    for (const [event, en, ko] of cases) {
      expect(eventText('en', event)).toBe(en);
      expect(eventText('ko', event)).toBe(ko);
    }
  });

  it('tells what the learner did to a consumer', () => {
    expect(eventText('en', ev('consumer.crashed', { params: g }))).toBe(
      'orders-app: consumer-orders-app-2 crashed — no LeaveGroup, so the coordinator waits for its session to expire',
    );
    expect(eventText('en', ev('consumer.stalled', { params: g }))).toBe(
      'orders-app: consumer-orders-app-2 stopped calling poll(); its heartbeats go on',
    );
    expect(eventText('ko', ev('consumer.resumed', { params: g }))).toBe(
      'orders-app: consumer-orders-app-2이(가) 다시 poll()을 호출함',
    );
  });

  it('puts group events on the cluster lane, a removal or a crash in the warning colour', () => {
    expect(eventLane('group.memberExpired')).toBe('controller');
    expect(eventLane('consumer.crashed')).toBe('controller');
    expect(eventColor(ev('group.memberExpired', { params: g }))).toBe(WARNING);
    expect(eventColor(ev('consumer.crashed', { params: g }))).toBe(WARNING);
    expect(
      eventColor(ev('group.coordinatorMoved', { params: { groupId: 'g', from: 1, to: 3 } })),
    ).toBe(brokerColor(3));
  });
});
