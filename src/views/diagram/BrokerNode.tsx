// A broker card: name, state, controller crown, and one chip per partition replica it hosts.
import type { BrokerView } from '../../model/snapshotTypes';
import type { Locale } from '../../i18n/messages';
import { HIGHLIGHT, MUTED, OFFLINE_INK, brokerColor } from '../theme';
import type { BrokerBox } from './clusterLayout';
import type { ChipData } from './brokerChips';
import { BrokerHeader } from './BrokerHeader';
import { ReplicaChip } from './ReplicaChip';
import { brokerDisplayState } from './replicaRole';
import { dt } from './text';

export interface BrokerNodeProps {
  box: BrokerBox;
  broker: BrokerView;
  chips: ChipData[];
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
const CHIP_H = 22;
const CHIP_GAP = 7;
const MIN_CHIP_W = 78;

export function BrokerNode(props: BrokerNodeProps) {
  const { box, broker, chips, locale, selectedPartition, highlight } = props;
  const state = brokerDisplayState(broker);
  const down = state === 'crashed' || state === 'notStarted';
  const color = down ? OFFLINE_INK : brokerColor(broker.id);

  const innerW = box.width - 2 * PAD;
  const narrow = box.width < NARROW;
  const header = narrow ? 58 : HEADER;
  const cols = Math.max(1, Math.floor((innerW + CHIP_GAP) / (MIN_CHIP_W + CHIP_GAP)));
  const chipW = (innerW - (cols - 1) * CHIP_GAP) / cols;
  const rows = Math.max(
    0,
    Math.floor((box.height - header - PAD + CHIP_GAP) / (CHIP_H + CHIP_GAP)),
  );
  const capacity = cols * rows;
  const overflow = chips.length > capacity;
  const shown = overflow ? chips.slice(0, Math.max(0, capacity - 1)) : chips;
  const chipAt = (i: number) => ({
    x: PAD + (i % cols) * (chipW + CHIP_GAP),
    y: header + Math.floor(i / cols) * (CHIP_H + CHIP_GAP),
  });
  const emphasised = highlight.has(box.id);

  return (
    <g
      className="kd-broker"
      data-state={state}
      data-testid={box.id}
      transform={`translate(${box.x},${box.y})`}
    >
      {emphasised && (
        <rect
          className="kd-highlight"
          x={-6}
          y={-6}
          width={box.width + 12}
          height={box.height + 12}
          rx={14}
          fill="none"
          stroke={HIGHLIGHT}
          strokeWidth={3}
        />
      )}
      <rect
        width={box.width}
        height={box.height}
        rx={10}
        fill={down ? '#eef0f3' : '#fff'}
        stroke={down ? '#b3b9c3' : color}
        strokeWidth={state === 'isolated' ? 2 : 1.5}
        strokeDasharray={state === 'isolated' || state === 'notStarted' ? '6 4' : undefined}
        filter={down ? undefined : 'url(#kd-shadow)'}
      />
      {down && <rect width={box.width} height={box.height} rx={10} fill="url(#kd-hatch-light)" />}
      <clipPath id={`kd-clip-${box.id}`}>
        <rect width={box.width} height={box.height} rx={10} />
      </clipPath>
      <rect
        width={box.width}
        height={6}
        fill={down ? '#b3b9c3' : color}
        clipPath={`url(#kd-clip-${box.id})`}
      />
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
          height={CHIP_H}
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
        <text {...chipAt(shown.length)} dx={6} dy={CHIP_H / 2 + 4} fontSize={11} fill={MUTED}>
          {dt(locale, 'moreReplicas', { count: chips.length - shown.length })}
        </text>
      )}
      {chips.length === 0 && !down && (
        <text x={PAD} y={header + 14} fontSize={11} fill={MUTED}>
          {dt(locale, 'noReplicas')}
        </text>
      )}
    </g>
  );
}
