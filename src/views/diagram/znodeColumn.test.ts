import { describe, expect, it } from 'vitest';
import { visibleRows } from './ZnodeColumn';
import type { ZnodeRow } from './znodeTree';

const row = (label: string, depth: number): ZnodeRow => ({
  path: label,
  label,
  depth,
  detail: '',
  title: label,
  ephemeral: false,
  brokerId: null,
  partition: null,
});

const rows = [
  row('/logs', 0),
  row('logs/0', 1),
  row('/orders', 0),
  row('orders/0', 1),
  row('orders/1', 1),
  row('orders/2', 1),
];

describe('visibleRows', () => {
  it('shows the first rows, leaving the last line for "+N more"', () => {
    expect([...visibleRows(rows, 3, () => false)].map((r) => r.label)).toEqual(['/logs', 'logs/0']);
  });

  it('keeps a marked row past the cut visible together with its parent', () => {
    const shown = visibleRows(rows, 4, (r) => r.label === 'orders/2');
    expect([...shown].map((r) => r.label)).toEqual(['/logs', '/orders', 'orders/2']);
  });

  it('does not repeat a parent that is already shown', () => {
    const shown = visibleRows(rows, 5, (r) => r.label === 'orders/2');
    expect([...shown].map((r) => r.label)).toEqual(['/logs', 'logs/0', '/orders', 'orders/2']);
  });
});
