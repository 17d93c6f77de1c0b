// @vitest-environment jsdom
// The durability panel on a store with the real model: defaults, running both, the two runs.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createSimulation } from '../../model';
import { defaultScenario } from '../../scenario/defaults';
import { createAppStore, StoreProvider } from '../../store';
import { fakeDeps } from '../../store/testing/fakeSimulation';
import { DurabilityPanel } from './DurabilityPanel';
import { configTitle, errorGroups, lostHeadline, seconds } from './durabilityText';
import { translate } from '../../i18n/translate';

afterEach(cleanup);

function mount(locale: 'en' | 'ko' = 'en') {
  const deps = fakeDeps({
    createSimulation: (s) => createSimulation(s),
    defaultScenario,
    languages: [locale],
  });
  const store = createAppStore(deps);
  store.getState().openLink('#/sandbox');
  store.getState().pause();
  render(
    <StoreProvider store={store}>
      <DurabilityPanel />
    </StoreProvider>,
  );
  return store;
}

describe('DurabilityPanel', () => {
  it('is the Durability comparison region, with acks=1 against acks=all/2 chosen', () => {
    mount();
    const region = screen.getByRole('region', { name: 'Durability comparison' });
    const a = within(region).getByRole('group', { name: 'Run A' });
    const b = within(region).getByRole('group', { name: 'Run B' });
    const acks = (g: HTMLElement) =>
      (within(g).getByRole('combobox', { name: 'acks (producer)' }) as HTMLSelectElement).value;
    const minIsr = (g: HTMLElement) =>
      (
        within(g).getByRole('combobox', {
          name: 'min.insync.replicas (topic)',
        }) as HTMLSelectElement
      ).value;
    expect([acks(a), minIsr(a), acks(b), minIsr(b)]).toEqual(['1', '1', 'all', '2']);
    const unclean = within(a).getByRole('checkbox', { name: /unclean/ }) as HTMLInputElement;
    expect(unclean.checked).toBe(false);
    expect(screen.getByRole('status').textContent).toMatch(/run both/);
  });

  it('runs both: the acks=1 run lists lost records, the acks=all run none', async () => {
    mount();
    fireEvent.click(screen.getByRole('button', { name: 'Run both' }));
    const a = await screen.findByRole('article', { name: /^Run A: acks=1/ }, { timeout: 20_000 });
    const b = screen.getByRole('article', { name: /^Run B: acks=all, min.insync.replicas=2/ });
    expect(within(a).getByText(/acknowledged records? lost$/)).toBeTruthy();
    const rows = within(within(a).getByRole('table', { name: 'Lost acknowledged records' }))
      .getAllByRole('row')
      .slice(1);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]!.textContent).toContain('orders-0');
    expect(rows[0]!.textContent).toContain('lost');
    expect(within(b).getByText('No acknowledged record lost')).toBeTruthy();
    expect(within(b).queryByRole('table')).toBeNull();
    const link = within(a).getByRole('link', { name: 'Open this run in the sandbox' });
    expect(link.getAttribute('href')).toMatch(/^#\/sandbox\?s=/);
    expect(screen.getByRole('status').textContent).toMatch(
      /^Both runs finished: Run A lost [1-9]\d* acknowledged records, Run B lost 0\.$/,
    );
    // The steps name the partition the failure aimed at.
    expect(screen.getByText(/The failure aims at orders-0/)).toBeTruthy();
  }, 30_000);

  it('speaks Korean', () => {
    mount('ko');
    expect(screen.getByRole('region', { name: '내구성 비교' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '둘 다 실행' })).toBeTruthy();
  });
});

describe('durabilityText', () => {
  const t = (k: Parameters<typeof translate>[1], p?: Parameters<typeof translate>[2]) =>
    translate('en', k, p);
  it('formats seconds briefly', () => {
    expect(seconds(43_000)).toBe('43');
    expect(seconds(28_140)).toBe('28.1');
  });
  it('names a configuration and counts losses in words', () => {
    expect(
      configTitle(t, 'Run A', { acks: 'all', minInsyncReplicas: 2, uncleanLeaderElection: true }),
    ).toBe('Run A: acks=all, min.insync.replicas=2, unclean election on');
    expect(lostHeadline(t, 0)).toBe('No acknowledged record lost');
    expect(lostHeadline(t, 1)).toBe('1 acknowledged record lost');
    expect(lostHeadline(t, 6)).toBe('6 acknowledged records lost');
  });
  it('groups the producer’s errors by name, with where and when first', () => {
    expect(
      errorGroups([
        { at: 17_000, partition: 'orders-0', error: 'NETWORK_EXCEPTION' },
        { at: 45_000, partition: 'orders-2', error: 'REQUEST_TIMED_OUT' },
        { at: 43_000, partition: 'orders-1', error: 'REQUEST_TIMED_OUT' },
        { at: 47_000, partition: 'orders-2', error: 'REQUEST_TIMED_OUT' },
      ]),
    ).toEqual([
      { error: 'NETWORK_EXCEPTION', partitions: ['orders-0'], first: 17_000 },
      { error: 'REQUEST_TIMED_OUT', partitions: ['orders-1', 'orders-2'], first: 43_000 },
    ]);
  });
});
