// Chapter 2: how Kafka stores a partition — log.dirs, the partition directory, segment files and a roll.
import { defaultScenario } from '../../scenario';
import type { Scenario } from '../../model/scenarioTypes';
import type { GoalContext, Lesson } from '../types';
import { partition } from '../world';
import { handRecordsSince } from './core-concepts';

/**
 * Teaching setting: segment.bytes = 256 instead of Kafka's 1073741824 (1 GiB), so a segment holds
 * about three small records and producing by hand rolls one in seconds (the lesson text says so).
 */
export const LESSON_SEGMENT_BYTES = 256;
/** Teaching setting: index.interval.bytes = 64 instead of 4096, so small segments get index entries. */
export const LESSON_INDEX_INTERVAL_BYTES = 64;

/** One partition (orders-0) with a replica on each broker; only the learner produces. */
function storageScenario(): Scenario {
  const s = defaultScenario();
  s.topics = [
    {
      name: 'orders',
      partitions: 1,
      replicationFactor: 3,
      configs: {
        'segment.bytes': LESSON_SEGMENT_BYTES,
        'index.interval.bytes': LESSON_INDEX_INTERVAL_BYTES,
      },
    },
  ];
  for (const p of s.producers) {
    p.recordsPerSec = 0;
    p.keys = [];
  }
  return s;
}

/** Segments of orders-0 on its leader (the replica producers write to). */
/**
 * Segments the leader has rolled: every segment after its first. (Counting all segments would take
 * the partition's first segment, created when the partition comes up, for a roll.)
 */
function leaderSegments(c: GoalContext, which: 'now' | 'start'): number {
  const p = partition(which === 'now' ? c.snapshot : c.start, 'orders-0');
  const leader = p?.replicaViews.find((r) => r.brokerId === p.leader);
  return Math.max(0, (leader?.segments.length ?? 0) - 1);
}

export const storageSegments: Lesson = {
  id: 'storage-segments',
  chapter: 2,
  steps: [
    {
      id: 'where',
      scenario: storageScenario,
      select: 'orders-0',
      panels: ['storage'],
      covers: [
        'Kafka의 저장방식',
        '토픽 / 파티션의 물리적인 위치는?',
        '메모리? 대용량 데이터를 다룰려면 많은 데이터가 필요할 것 같은데...',
        '스토리지? 그러면 빠른 입출력이 불가능할텐데...',
      ],
    },
    {
      id: 'log-dirs',
      select: 'orders-0',
      panels: ['storage'],
      covers: [
        'kafka의 실제 데이터',
        'kafka/config/server.properties 파일에 가면 저장 경로를 확인할 수 있음',
      ],
    },
    {
      id: 'segment',
      select: 'orders-0',
      panels: ['storage'],
      covers: [
        '세그먼트(Segment) 파일',
        '세그먼트 : 파티션이 실제로 저장되는 물리적 단위, 파일 형태',
      ],
    },
    {
      id: 'file-names',
      select: 'orders-0',
      panels: ['storage'],
      covers: ['kafka의 파일 타입', '모두 [시작 인덱스].[확장자]의 형식'],
    },
    {
      id: 'file-roles',
      select: 'orders-0',
      panels: ['storage'],
      covers: [
        '모두 Binary 파일 => 빠른 읽기 속도',
        '실제 데이터 : 실제로 데이터가 들어있는 파일. XXX.log의 형식',
        '인덱스 파일 : 오프셋을 빠르게 찾기 위한 색인용 파일, XXX.index의 형식',
        '타임스탬프 : 시간 기준 검색을 위한 파일. XXX.timeindex의 형식',
      ],
    },
    {
      id: 'roll',
      select: 'orders-0',
      panels: ['produce', 'storage'],
      // A roll caused by the learner: they produced, and the leader now has more segments.
      goal: (c) =>
        handRecordsSince(c).length > 0 && leaderSegments(c, 'now') > leaderSegments(c, 'start'),
      solve: [
        // One at a time, as a learner presses Send: each record is its own batch and append.
        { type: 'produce', topic: 'orders', key: null, value: 'order-1' },
        { waitMs: 500 },
        { type: 'produce', topic: 'orders', key: null, value: 'order-2' },
        { waitMs: 500 },
        { type: 'produce', topic: 'orders', key: null, value: 'order-3' },
        { waitMs: 500 },
        { type: 'produce', topic: 'orders', key: null, value: 'order-4' },
        { waitMs: 500 },
      ],
    },
    {
      id: 'after-roll',
      select: 'orders-0',
      panels: ['storage'],
    },
    // The next five steps are about the files' bytes, looked at in views: nothing in the
    // simulation changes when a learner opens a hex view, looks up an offset or downloads a file,
    // and goals see only the simulation, so each is "press Next" with a clear task in its text.
    {
      id: 'log-bytes',
      select: 'orders-0',
      panels: ['storage'],
    },
    {
      id: 'find-offset',
      select: 'orders-0',
      panels: ['storage'],
    },
    {
      id: 'find-time',
      select: 'orders-0',
      panels: ['storage'],
    },
    {
      id: 'download',
      select: 'orders-0',
      panels: ['storage'],
    },
    {
      id: 'open-file',
      select: 'orders-0',
      panels: ['storage'],
    },
  ],
};
