// Which view draws each lesson panel id (see PanelId in src/lessons/types.ts).
import type { ComponentType } from 'react';
import type { PanelId } from '../../../lessons';
import { PartitionsTable } from '../../partitions/PartitionsTable';
import { BrokerControls } from '../../sandbox/BrokerControls';
import { ControllerStatus } from '../../sandbox/ControllerStatus';
import { SelectedPartition } from '../../sandbox/SelectedPartition';
import { ConfigForm } from '../../setup/ConfigForm';
import { CreateTopicForm } from '../../setup/CreateTopicForm';
import { ProduceForm } from '../../setup/ProduceForm';
import { LazyDurabilityPanel } from '../../durability/LazyDurabilityPanel';
import { LazyTerminalPanel } from '../../terminal/LazyTerminalPanel';
import { InvariantsPanel } from '../../invariants/InvariantsPanel';
import { LazyProducerPanel } from '../../producer/LazyProducerPanel';
import { BrokerlessPanel } from './BrokerlessPanel';
import { GlossaryPanel } from './GlossaryPanel';
import { BasicGroupsPanel, GroupsPanel } from './GroupsPanel';
import { KeyPartitionPanel } from './KeyPartitionPanel';
import { MetadataPanel } from './MetadataPanel';
import { PipelinePanel } from './PipelinePanel';
import { StoragePanel } from './StoragePanel';
import { ThroughputPanel } from './ThroughputPanel';
import { UncleanComparePanel } from './UncleanComparePanel';
import { ZnodesPanel } from './ZnodesPanel';

export const PANELS: Record<PanelId, ComponentType> = {
  partitions: PartitionsTable,
  log: SelectedPartition,
  brokers: BrokerControls,
  produce: ProduceForm,
  groups: GroupsPanel,
  groupsBasic: BasicGroupsPanel,
  createTopic: CreateTopicForm,
  brokerless: BrokerlessPanel,
  throughput: ThroughputPanel,
  pipeline: PipelinePanel,
  glossary: GlossaryPanel,
  terminal: LazyTerminalPanel,
  storage: StoragePanel,
  metadata: MetadataPanel,
  znodes: ZnodesPanel,
  keyPartition: KeyPartitionPanel,
  configs: ConfigForm,
  uncleanCompare: UncleanComparePanel,
  controller: ControllerStatus,
  durability: LazyDurabilityPanel,
  invariants: InvariantsPanel,
  producer: LazyProducerPanel,
};
