// The log lines kafka-server-start.sh prints (KAFKA.md 7.5), each group stamped with the virtual
// instant it happens at. Texts from K@3.6: KafkaServer.scala, ZooKeeperClient.scala,
// LogManager.scala, SocketServer.scala, KafkaZkClient.scala, KafkaController.scala,
// GroupCoordinator.scala, AppInfoParser.java, Kafka.scala; the order follows a 3.6.1 broker's log.
import type { BrokerConfigs } from '../model/scenarioTypes';
import { wallClockMs } from './filesDates';
import { logLine, logTimestamp } from './log4j';

/** AppInfoParser for the 3.6.2 jars (commitId as 3.6.2 clients log it). */
export const KAFKA_VERSION = '3.6.2';
export const KAFKA_COMMIT_ID = 'c4deed513057c94e';

const SERVER = 'kafka.server.KafkaServer';
const ZK_CLIENT = 'kafka.zookeeper.ZooKeeperClient';
const LOG_MANAGER = 'kafka.log.LogManager';
const ZK = 'kafka.zk.KafkaZkClient';

/** What a broker process was started with. */
export interface KafkaRun {
  brokerId: number;
  port: number;
  logDirs: string;
  zookeeperConnect: string;
  /** The simulated settings read from its file (others show Kafka's defaults in the dump). */
  configs: BrokerConfigs;
  /** Every property of its file (and --override), for the values the model does not simulate. */
  values?: ReadonlyMap<string, string>;
}

const info = (at: number, message: string, logger: string) => logLine(at, 'INFO', message, logger);

/** Until ZooKeeper answers: the process's first lines. */
export function bootLines(at: number, run: KafkaRun): string[] {
  const zk = `[ZooKeeperClient Kafka server]`;
  return [
    info(
      at,
      'Registered kafka:type=kafka.Log4jController MBean',
      'kafka.utils.Log4jControllerRegistration$',
    ),
    info(at, 'starting', SERVER),
    info(at, `Connecting to zookeeper on ${run.zookeeperConnect}`, SERVER),
    info(at, `${zk} Initializing a new session to ${run.zookeeperConnect}.`, ZK_CLIENT),
    info(at, `${zk} Waiting until connected.`, ZK_CLIENT),
  ];
}

/**
 * Kafka's defaults (K@3.6 KafkaConfig) for the dumped keys the file does not set; keys the shipped
 * file sets to other values are left out, since a process replays without its file.
 */
const DUMP_DEFAULTS: Readonly<Record<string, string>> = {
  'advertised.listeners': 'null',
  'auto.create.topics.enable': 'true',
  'auto.leader.rebalance.enable': 'true',
  'default.replication.factor': '1',
  'delete.topic.enable': 'true',
  'leader.imbalance.check.interval.seconds': '300',
  'leader.imbalance.per.broker.percentage': '10',
  'log.retention.check.interval.ms': '300000',
  'log.retention.hours': '168',
  'log.segment.bytes': '1073741824',
  'min.insync.replicas': '1',
  'num.partitions': '1',
  'replica.fetch.wait.max.ms': '500',
  'replica.lag.time.max.ms': '30000',
  'unclean.leader.election.enable': 'false',
  'zookeeper.session.timeout.ms': '18000',
};

/**
 * AbstractConfig.logAll: `KafkaConfig values: ` then `\t<key> = <value>` lines in key order, the
 * logger after a final newline. Teaching simplification: only the keys the course meets.
 */
export function configDumpLines(at: number, run: KafkaRun): string[] {
  const values: Record<string, string> = { ...DUMP_DEFAULTS };
  for (const [k, v] of run.values ?? []) if (k in values) values[k] = v.trim();
  for (const [k, v] of Object.entries(run.configs)) values[k] = String(v);
  const dirs = run.values?.get('log.dirs')?.trim() ?? run.logDirs;
  values['broker.id'] = String(run.brokerId);
  values['listeners'] = run.values?.get('listeners')?.trim() || `PLAINTEXT://:${run.port}`;
  values['log.dir'] = run.values?.get('log.dir')?.trim() ?? '/tmp/kafka-logs';
  values['log.dirs'] = dirs;
  values['zookeeper.connect'] = run.zookeeperConnect;
  const keys = Object.keys(values).sort();
  return [
    `[${logTimestamp(at)}] INFO KafkaConfig values: `,
    ...keys.map((k) => `\t${k} = ${values[k]}`),
    ` (kafka.server.KafkaConfig)`,
  ];
}

export interface Registration {
  clusterId: string;
  /** czxid of /brokers/ids/<id>: the broker epoch. */
  czxid: number;
  /** Logs found in its dirs at start. */
  logCount: number;
  /** Whether the last run ended cleanly (a .kafka_cleanshutdown file was left). */
  cleanShutdown: boolean;
  host: string;
}

/** From the ZooKeeper connection to the registration (KafkaServer.startup's order in 3.6). */
export function registeredLines(at: number, run: KafkaRun, r: Registration): string[] {
  const id = run.brokerId;
  const dirs = run.logDirs.split(',').map((d) => d.trim());
  const path = `/brokers/ids/${id}`;
  return [
    info(at, '[ZooKeeperClient Kafka server] Connected.', ZK_CLIENT),
    info(at, `Cluster ID = ${r.clusterId}`, SERVER),
    ...configDumpLines(at, run),
    info(at, `Loading logs from log dirs ArraySeq(${dirs.join(', ')})`, LOG_MANAGER),
    // LogManager.loadLogs as a 3.3 broker logs it; later versions say `Skipping recovery of <n>
    // logs from <dir>` / `Recovering <n> logs from <dir>` (unconfirmed which one 3.6 has).
    ...dirs.map((d) =>
      r.cleanShutdown
        ? info(
            at,
            `Skipping recovery for all logs in ${d} since clean shutdown file was found`,
            LOG_MANAGER,
          )
        : info(
            at,
            `Attempting recovery for all logs in ${d} since no clean shutdown file was found`,
            LOG_MANAGER,
          ),
    ),
    info(at, `Loaded ${r.logCount} logs in 12ms.`, LOG_MANAGER),
    info(
      at,
      `Starting log cleanup with a period of ${run.configs['log.retention.check.interval.ms'] ?? 300000} ms.`,
      LOG_MANAGER,
    ),
    info(at, 'Starting log flusher with a default period of 9223372036854775807 ms.', LOG_MANAGER),
    info(at, 'Starting the log cleaner', 'kafka.log.LogCleaner'),
    info(
      at,
      `[SocketServer listenerType=ZK_BROKER, nodeId=${id}] Created data-plane acceptor and processors for endpoint : ListenerName(PLAINTEXT)`,
      'kafka.network.SocketServer',
    ),
    info(at, `Creating ${path} (is it secure? false)`, ZK),
    info(
      at,
      `Registered broker ${id} at path ${path} with addresses: PLAINTEXT://${r.host}:${run.port}, czxid (broker epoch): ${r.czxid}`,
      ZK,
    ),
  ];
}

/** The winner of /controller (KafkaController.onControllerFailover's first line). */
export function controllerLine(at: number, id: number, epoch: number): string {
  return info(
    at,
    `[Controller id=${id}] ${id} successfully elected as the controller. Epoch incremented to ${epoch} and epoch zk version is now ${epoch}`,
    'kafka.controller.KafkaController',
  );
}

/** After registration: coordinators, request processing, the version lines, `started`. */
export function startedLines(at: number, run: KafkaRun): string[] {
  const id = run.brokerId;
  const group = 'kafka.coordinator.group.GroupCoordinator';
  const txn = 'kafka.coordinator.transaction.TransactionCoordinator';
  const app = 'org.apache.kafka.common.utils.AppInfoParser';
  return [
    info(at, `[GroupCoordinator ${id}]: Starting up.`, group),
    info(at, `[GroupCoordinator ${id}]: Startup complete.`, group),
    info(at, `[TransactionCoordinator id=${id}] Starting up.`, txn),
    info(at, `[TransactionCoordinator id=${id}] Startup complete.`, txn),
    info(
      at,
      `[SocketServer listenerType=ZK_BROKER, nodeId=${id}] Enabling request processing.`,
      'kafka.network.SocketServer',
    ),
    info(
      at,
      `Awaiting socket connections on 0.0.0.0:${run.port}.`,
      'kafka.network.DataPlaneAcceptor',
    ),
    info(at, `Kafka version: ${KAFKA_VERSION}`, app),
    info(at, `Kafka commitId: ${KAFKA_COMMIT_ID}`, app),
    info(at, `Kafka startTimeMs: ${wallClockMs(at)}`, app),
    info(at, `[KafkaServer id=${id}] started`, SERVER),
  ];
}

/** KafkaServer.shutdown after kafka-server-stop.sh or Ctrl+C (a clean shutdown). */
export function shutdownLines(at: number, id: number): string[] {
  const p = `[KafkaServer id=${id}]`;
  return [
    info(at, `${p} shutting down`, SERVER),
    info(
      at,
      `[SocketServer listenerType=ZK_BROKER, nodeId=${id}] Stopping socket server request processors`,
      'kafka.network.SocketServer',
    ),
    info(at, 'Shutting down.', LOG_MANAGER),
    info(at, 'Shutdown complete.', LOG_MANAGER),
    info(at, '[ZooKeeperClient Kafka server] Closing.', ZK_CLIENT),
    info(at, '[ZooKeeperClient Kafka server] Closed.', ZK_CLIENT),
    info(at, `${p} shut down completed`, SERVER),
  ];
}

/**
 * KafkaServer.startup's catch: `Fatal error during KafkaServer startup`, the exception, the
 * shutdown it runs, then Kafka.main's last line. `id` null: before the broker id is known.
 * Teaching simplification: no stack traces.
 */
export function fatalStartupLines(at: number, id: number | null, exception: string[]): string[] {
  const p = id === null ? '' : `[KafkaServer id=${id}] `;
  return [
    logLine(at, 'ERROR', `${p}Fatal error during KafkaServer startup. Prepare to shutdown`, SERVER),
    ...exception,
    info(at, `${p}shutting down`, SERVER),
    info(at, `${p}shut down completed`, SERVER),
    logLine(at, 'ERROR', 'Exiting Kafka due to fatal exception during startup.', 'kafka.Kafka$'),
  ];
}

/** zookeeper.connection.timeout.ms passed without a ZooKeeper (ZooKeeperClient.waitUntilConnected). */
export function zkTimeoutLines(at: number): string[] {
  return [
    info(at, '[ZooKeeperClient Kafka server] Closing.', ZK_CLIENT),
    info(at, '[ZooKeeperClient Kafka server] Closed.', ZK_CLIENT),
    ...fatalStartupLines(at, null, [
      'kafka.zookeeper.ZooKeeperClientTimeoutException: Timed out waiting for connection while in state: CONNECTING',
    ]),
  ];
}

/** Kafka.main's catch when the properties cannot be read or are invalid (before `starting`). */
export function exitingLines(at: number, exception: string): string[] {
  return [logLine(at, 'ERROR', 'Exiting Kafka due to fatal exception', 'kafka.Kafka$'), exception];
}
