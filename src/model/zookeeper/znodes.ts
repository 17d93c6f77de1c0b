// Kafka's znode paths and data encodings (K@2.8.2/3.6.2:core/src/main/scala/kafka/zk/ZkData.scala).
import type { PartitionInfo } from '../engine/types';
import type { TopicConfigs } from '../scenarioTypes';

export const BROKER_IDS = '/brokers/ids';
export const BROKER_TOPICS = '/brokers/topics';
export const CONTROLLER = '/controller';
export const CONTROLLER_EPOCH = '/controller_epoch';

export const brokerIdPath = (id: number): string => `${BROKER_IDS}/${id}`;
export const topicPath = (t: string): string => `${BROKER_TOPICS}/${t}`;
export const topicConfigPath = (t: string): string => `/config/topics/${t}`;
export const partitionStatePath = (t: string, p: number): string =>
  `${BROKER_TOPICS}/${t}/partitions/${p}/state`;

/** BrokerIdZNode v5 (IBP ≥ 2.7) with one PLAINTEXT listener; host is the node name. */
export function brokerInfoJson(host: string, port: number, timestampMs: number): string {
  return JSON.stringify({
    features: {},
    listener_security_protocol_map: { PLAINTEXT: 'PLAINTEXT' },
    endpoints: [`PLAINTEXT://${host}:${port}`],
    jmx_port: -1,
    port,
    host,
    version: 5,
    timestamp: String(timestampMs),
  });
}

/** TopicZNode v3 (2.8+): assignment plus topic_id (KIP-516). */
export function topicAssignmentJson(assignment: number[][], topicId: string): string {
  const partitions: Record<string, number[]> = {};
  assignment.forEach((r, p) => (partitions[String(p)] = r));
  return JSON.stringify({
    partitions,
    topic_id: topicId,
    adding_replicas: {},
    removing_replicas: {},
    version: 3,
  });
}

export function parseAssignment(data: string): { partitions: number[][]; topicId: string } {
  const j = JSON.parse(data) as { partitions: Record<string, number[]>; topic_id: string };
  const partitions: number[][] = [];
  for (const [p, r] of Object.entries(j.partitions)) partitions[Number(p)] = r;
  return { partitions, topicId: j.topic_id };
}

/** TopicPartitionStateZNode: version 1, leader, leader_epoch, controller_epoch, isr. */
export function partitionStateJson(info: PartitionInfo, controllerEpoch: number): string {
  return JSON.stringify({
    controller_epoch: controllerEpoch,
    leader: info.leader,
    version: 1,
    leader_epoch: info.leaderEpoch,
    isr: info.isr,
  });
}

export function parsePartitionState(data: string): {
  leader: number;
  leaderEpoch: number;
  isr: number[];
  controllerEpoch: number;
} {
  const j = JSON.parse(data) as {
    leader: number;
    leader_epoch: number;
    isr: number[];
    controller_epoch: number;
  };
  return {
    leader: j.leader,
    leaderEpoch: j.leader_epoch,
    isr: j.isr,
    controllerEpoch: j.controller_epoch,
  };
}

/** ControllerZNode: {"version":1,"brokerid":N,"timestamp":"ms"}. */
export function controllerJson(brokerId: number, timestampMs: number): string {
  return JSON.stringify({ version: 1, brokerid: brokerId, timestamp: String(timestampMs) });
}

/** ConfigEntityZNode: {"version":1,"config":{...}} with every value as a string. */
export function topicConfigJson(configs: TopicConfigs): string {
  const config: Record<string, string> = {};
  for (const [k, v] of Object.entries(configs)) if (v !== undefined) config[k] = String(v);
  return JSON.stringify({ version: 1, config });
}

/** ClusterIdZNode: {"version":"1","id":"..."}. */
export function clusterIdJson(id: string): string {
  return JSON.stringify({ version: '1', id });
}

/** DeleteTopicsZNode: the controller's queue of topics to delete, one empty child per topic. */
export const DELETE_TOPICS = '/admin/delete_topics';
export const deleteTopicPath = (t: string): string => `${DELETE_TOPICS}/${t}`;
