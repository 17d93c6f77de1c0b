// The sandbox: the diagram in the middle, the cluster panel beside it, the terminal, playback and
// timeline below.
import { PlaybackBar } from '../playback/PlaybackBar';
import { InvariantsSection } from '../invariants/InvariantsSection';
import { PartitionsTable } from '../partitions/PartitionsTable';
import { SetupPanel } from '../setup/SetupPanel';
import { DurabilitySection } from '../durability/DurabilitySection';
import { ProducerSection } from '../producer/ProducerSection';
import { TerminalDock } from '../terminal/TerminalDock';
import { useKeyboardShortcuts } from '../shell/useKeyboardShortcuts';
import { useT } from '../shell/useT';
import { RecentEvents } from '../timeline/RecentEvents';
import { Timeline } from '../timeline/Timeline';
import { BrokerControls } from './BrokerControls';
import { ControllerStatus } from './ControllerStatus';
import { DiagramSlot } from './DiagramSlot';
import { GroupsSection } from './GroupsSection';
import { SelectedPartition } from './SelectedPartition';
import { StorageSection } from './StorageSection';

export function SandboxPage() {
  const t = useT();
  useKeyboardShortcuts();
  return (
    <main className="sandbox has-terminal-dock" id="main">
      <h1 className="visually-hidden">
        {t('app.title')} — {t('app.sandbox')}
      </h1>
      <DiagramSlot />
      <TerminalDock />
      <aside className="side-panel" aria-label={t('app.clusterPanel')}>
        <ControllerStatus />
        <BrokerControls />
        <PartitionsTable />
        <SelectedPartition />
        <ProducerSection />
        <GroupsSection />
        <StorageSection />
        <DurabilitySection />
        <InvariantsSection />
        <SetupPanel />
      </aside>
      <section className="transport" aria-label={t('playback.controls')}>
        <div className="transport-main">
          <PlaybackBar />
          <Timeline />
        </div>
        <RecentEvents />
      </section>
    </main>
  );
}
