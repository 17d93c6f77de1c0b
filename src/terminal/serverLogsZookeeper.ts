// The lines `zookeeper-server-start.sh config/zookeeper.properties` prints: ZooKeeper 3.8.4's
// standalone start (the version Kafka 3.6 bundles, KAFKA.md 7.5). The `binding to port` line is
// NIOServerCnxnFactory's (`LOG.info("binding to port " + addr)`); the others are from ZooKeeper
// 3.8 logs as remembered (from memory), with the shipped file's values (tickTime default 3000).
import { logLine } from './log4j';

const CONFIG = 'org.apache.zookeeper.server.quorum.QuorumPeerConfig';
const SERVER = 'org.apache.zookeeper.server.ZooKeeperServer';

const info = (at: number, message: string, logger: string) => logLine(at, 'INFO', message, logger);

/** Up to and including the bind (`file` as typed, `dataDir` from the file). */
export function zookeeperStartLines(at: number, file: string, dataDir: string): string[] {
  return [
    info(at, `Reading configuration from: ${file}`, CONFIG),
    logLine(at, 'WARN', `${file} is relative. Prepend ./ to indicate that you're sure!`, CONFIG),
    info(at, 'clientPortAddress is 0.0.0.0:2181', CONFIG),
    info(at, 'secureClientPort is not set', CONFIG),
    logLine(
      at,
      'WARN',
      'Either no config or no quorum defined in config, running in standalone mode',
      'org.apache.zookeeper.server.quorum.QuorumPeerMain',
    ),
    info(at, 'Starting server', 'org.apache.zookeeper.server.ZooKeeperServerMain'),
    info(at, 'tickTime set to 3000', SERVER),
    info(at, 'minSessionTimeout set to 6000', SERVER),
    info(at, 'maxSessionTimeout set to 60000', SERVER),
    info(
      at,
      `Created server with tickTime 3000 ms minSessionTimeout 6000 ms maxSessionTimeout 60000 ms clientPortListenBacklog -1 datadir ${dataDir}/version-2 snapdir ${dataDir}/version-2`,
      SERVER,
    ),
    info(
      at,
      'Using org.apache.zookeeper.server.NIOServerCnxnFactory as server connection factory',
      'org.apache.zookeeper.server.ServerCnxnFactory',
    ),
    info(
      at,
      'binding to port 0.0.0.0/0.0.0.0:2181',
      'org.apache.zookeeper.server.NIOServerCnxnFactory',
    ),
  ];
}

/** After the bind: loading (or, the first time, creating) the data tree, then serving. */
export function zookeeperServingLines(at: number, dataDir: string, firstStart: boolean): string[] {
  return [
    ...(firstStart
      ? [
          info(
            at,
            `Snapshotting: 0x0 to ${dataDir}/version-2/snapshot.0`,
            'org.apache.zookeeper.server.persistence.FileTxnSnapLog',
          ),
          info(at, 'Snapshot taken in 4 ms', SERVER),
        ]
      : []),
    info(
      at,
      'PrepRequestProcessor (sid:0) started, reconfigEnabled=false',
      'org.apache.zookeeper.server.PrepRequestProcessor',
    ),
    info(at, 'ZooKeeper audit is disabled.', 'org.apache.zookeeper.audit.ZKAuditProvider'),
  ];
}

/** A second ZooKeeper on this machine: port 2181 is taken (ZooKeeperServerMain.main's catch). */
export function zookeeperBindFailedLines(at: number): string[] {
  return [
    logLine(
      at,
      'ERROR',
      'Unexpected exception, exiting abnormally',
      'org.apache.zookeeper.server.ZooKeeperServerMain',
    ),
    'java.net.BindException: Address already in use',
  ];
}

/** QuorumPeerMain.main's catch when the file cannot be read. */
export function zookeeperInvalidConfigLines(at: number, file: string): string[] {
  return [
    info(at, `Reading configuration from: ${file}`, CONFIG),
    logLine(
      at,
      'ERROR',
      'Invalid config, exiting abnormally',
      'org.apache.zookeeper.server.quorum.QuorumPeerMain',
    ),
    `org.apache.zookeeper.server.quorum.QuorumPeerConfig$ConfigException: Error processing ${file}`,
    'Invalid config, exiting abnormally',
  ];
}
