import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/translate';
import type { TimelineEvent } from '../../model/snapshotTypes';
import { DANGER, NODE_COLORS, brokerColor } from '../theme';
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
