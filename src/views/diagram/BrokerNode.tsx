// A broker card: name, state, controller crown, one chip per partition replica it hosts, and the
// consumer groups it coordinates.
import type { BrokerView } from '../../model/snapshotTypes';
import type { Locale } from '../../i18n/messages';
import { MUTED, OFFLINE_INK, brokerColor } from '../theme';
import type { BrokerBox } from './clusterLayout';
import { chipGrid, type ChipData } from './brokerChips';
import { COORDINATOR_BADGE_H, CoordinatorBadge, type Coordinated } from './CoordinatorBadge';
import { BrokerHeader, brokerTooltip } from './BrokerHeader';
import { NodeCard } from './NodeCard';
import { ReplicaChip } from './ReplicaChip';
import { brokerDisplayState, isBrokerDown } from './replicaRole';
import { dt, textWidth } from './text';

export interface BrokerNodeProps {
  box: BrokerBox;
  broker: BrokerView;
  chips: ChipData[];
  /** The consumer groups this broker coordinates (it leads their __consumer_offsets partition). */
  coordinating?: Coordinated[];
  isController: boolean;
  controllerEpoch: number;
  selectedPartition: string | null;
  highlight: ReadonlySet<string>;
  locale: Locale;
  onSelectPartition: (tp: string) => void;
}

export const PAD = 10;
const HEADER = 50;
/** Below this width the state pill moves under the name. */
const NARROW = 180;

export function BrokerNode(props: BrokerNodeProps) {
  const { box, broker, chips, locale, selectedPartition, highlight } = props;
  const state = brokerDisplayState(broker);
  // Stopped (clean shutdown) looks like crashed: no process, replicas offline; only the pill differs.
  const down = isBrokerDown(state);
  const color = down ? OFFLINE_INK : brokerColor(broker.id);

  const innerW = box.width - 2 * PAD;
  const narrow = box.width < NARROW;
  const header = narrow ? 52 : HEADER;
  const coordinating = down ? [] : (props.coordinating ?? []);
  const badgeH = coordinating.length > 0 ? COORDINATOR_BADGE_H : 0;
  const grid = chipGrid(
    innerW,
    box.height - header - 6 - badgeH,
    chips.map((c) => c.partition),
    (name) => textWidth(name, 11.5),
  );
  const { cols, chipW, capacity } = grid;
  const overflow = chips.length > capacity;
  const shown = overflow ? chips.slice(0, Math.max(0, capacity - 1)) : chips;
  const chipAt = (i: number) => ({
    x: PAD + (i % cols) * (chipW + grid.gap),
    y: header + Math.floor(i / cols) * (grid.chipH + grid.gap),
  });
  const emphasised = highlight.has(box.id);

  return (
    <NodeCard
      box={box}
      kind="broker"
      data={{ 'data-state': state }}
      fill={down ? '#eef0f3' : '#fff'}
      stroke={down ? '#b3b9c3' : color}
      strokeWidth={state === 'isolated' ? 2 : 1.5}
      // Dashed: not (fully) part of the cluster yet, or cut off from it.
      strokeDasharray={
        state === 'isolated' || state === 'notStarted' || state === 'starting' ? '6 4' : undefined
      }
      shadow={!down}
      highlighted={emphasised}
      tooltip={brokerTooltip(broker, locale)}
      decoration={
        <>
          {down && (
            <rect width={box.width} height={box.height} rx={9} fill="url(#kd-hatch-light)" />
          )}
          <clipPath id={`kd-clip-${box.id}`}>
            <rect width={box.width} height={box.height} rx={9} />
          </clipPath>
          <rect
            width={box.width}
            height={6}
            fill={down ? '#b3b9c3' : color}
            clipPath={`url(#kd-clip-${box.id})`}
          />
        </>
      }
    >
      <BrokerHeader
        width={box.width}
        broker={broker}
        narrow={narrow}
        isController={props.isController}
        controllerEpoch={props.controllerEpoch}
        locale={locale}
      />
      {shown.map((chip, i) => (
        <ReplicaChip
          key={chip.partition}
          {...chipAt(i)}
          width={chipW}
          height={grid.chipH}
          partition={chip.partition}
          brokerId={broker.id}
          role={chip.role}
          label={chip.label}
          title={chip.title}
          selected={chip.partition === selectedPartition}
          dimmed={
            selectedPartition !== null &&
            chip.partition !== selectedPartition &&
            !highlight.has(chip.partition)
          }
          highlighted={highlight.has(chip.partition)}
          onSelect={props.onSelectPartition}
        />
      ))}
      {overflow && (
        <text {...chipAt(shown.length)} dx={6} dy={grid.chipH / 2 + 4} fontSize={11} fill={MUTED}>
          {dt(locale, 'moreReplicas', { count: chips.length - shown.length })}
        </text>
      )}
      {badgeH > 0 && (
        <CoordinatorBadge
          groups={coordinating}
          x={PAD - 2}
          y={box.height - badgeH - 4}
          width={innerW}
          locale={locale}
        />
      )}
      {chips.length === 0 && !down && (
        <text x={PAD} y={header + 14} fontSize={11} fill={MUTED}>
          {dt(locale, 'noReplicas')}
        </text>
      )}
    </NodeCard>
  );
}
