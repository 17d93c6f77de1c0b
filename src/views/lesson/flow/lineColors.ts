// Colours and dash patterns of the throughput lines: the producer green of the diagram, then one
// hue per consumer group (the first in the diagram's consumer purple). Dashes keep lines apart
// without relying on colour alone.
import { NODE_COLORS } from '../../theme';

const GROUP_COLORS = [NODE_COLORS.consumer, '#0f6e8c', '#a3441b', '#6b6b1f', '#882255', '#332288'];
const GROUP_DASHES = ['', '6 3', '2 3', '8 3 2 3', '4 4', '1 2'];

export function lineStyle(kind: 'produced' | 'consumed', index: number) {
  if (kind === 'produced') return { color: NODE_COLORS.producer, dash: '', width: 2.5 };
  const i = index % GROUP_COLORS.length;
  return { color: GROUP_COLORS[i]!, dash: GROUP_DASHES[i]!, width: 2 };
}
