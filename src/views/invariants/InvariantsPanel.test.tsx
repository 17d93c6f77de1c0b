// @vitest-environment jsdom
// The invariants panel against the real model: all green on the default sandbox, the unclean
// election's lost records in red with the moment to go to, in English and Korean.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createSimulation } from '../../model';
import type { Scenario } from '../../model/scenarioTypes';
import { defaultScenario, restoreScenario } from '../../scenario';
import { createAppStore, StoreProvider } from '../../store';
import { fakeDeps } from '../../store/testing/fakeSimulation';
import { InvariantsPanel } from './InvariantsPanel';
import { InvariantsSection } from './InvariantsSection';

afterEach(cleanup);

/** acks=1, unclean elections on; the leader (broker 3) is the last replica down, broker 1 comes back first. */
function unclean(): Scenario {
  const r = restoreScenario({
    version: 1,
    brokers: 3,
    brokerConfigs: { 'unclean.leader.election.enable': true },
    topics: [{ name: 'payments', partitions: 1, replicationFactor: 3 }],
    producers: [{ id: 'producer-1', topic: 'payments', recordsPerSec: 5, configs: { acks: '1' } }],
    actions: [
      { at: 5000, type: 'broker.crash', broker: 1 },
      { at: 10000, type: 'broker.crash', broker: 2 },
      { at: 15000, type: 'broker.crash', broker: 3 },
      { at: 16000, type: 'broker.restart', broker: 1 },
    ],
  });
  if (!r.ok) throw new Error('invalid scenario');
  return r.scenario;
}

function mount(ui: React.ReactNode, hash: string, locale: 'en' | 'ko' = 'en') {
  const deps = fakeDeps({
    createSimulation: (s) => createSimulation(s),
    defaultScenario,
    languages: [locale],
  });
  const store = createAppStore(deps);
  store.getState().openLink(hash);
  render(<StoreProvider store={store}>{ui}</StoreProvider>);
  return store;
}

const rows = () =>
  within(screen.getByRole('region', { name: 'Invariants' }))
    .getAllByRole('listitem')
    .map((li) => li.querySelector('.invariant-name')?.textContent);

describe('InvariantsPanel', () => {
  it('shows the three rules holding on the default sandbox', () => {
    const store = mount(<InvariantsPanel />, '#/sandbox?t=0');
    for (let i = 0; i < 40; i++) act(() => store.getState().advance(250));
    expect(rows()).toEqual([
      'No acknowledged record lost holds',
      'Consumers never read past the high watermark holds',
      'One leader per partition per epoch holds',
    ]);
    expect(
      screen.getByText(/acks=1 \(or 0\) or unclean\.leader\.election\.enable=true/),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Show the moment' })).toBeNull();
  });

  it('marks lost acknowledged records broken, says when and what, and goes to that moment', async () => {
    const store = mount(<InvariantsPanel />, `#/sandbox?s=${JSON.stringify(unclean())}&t=40000`);
    const button = await waitFor(() => screen.getByRole('button', { name: 'Show the moment' }), {
      timeout: 20_000,
    });
    expect(rows()[0]).toBe('No acknowledged record lost broken');
    expect(rows()[1]).toMatch(/holds$/);
    const status = store.getState().invariants.status.noAckedLoss;
    if (status.state !== 'broken') throw new Error('expected broken');
    const at = status.violation.at;
    expect(
      screen.getByText(new RegExp(`Broke at ${(at / 1000).toFixed(3)} s\\.`)).closest('p')
        ?.textContent,
    ).toMatch(/offset \d+ of payments-0 was acknowledged to the producer and is now gone/);
    expect(screen.getByText(/Acknowledged records lost by then: \d+\./)).toBeTruthy();
    // The button is described by the rule it belongs to.
    const describedBy = button.getAttribute('aria-describedby')!;
    expect(document.getElementById(describedBy)?.textContent).toMatch(
      /^No acknowledged record lost/,
    );
    // Announced once for assistive technology.
    expect(screen.getByText('No acknowledged record lost: broken.')).toBeTruthy();

    fireEvent.click(button);
    expect(store.getState().now).toBe(at);
    expect(store.getState().playing).toBe(false);
    // Just before the moment, it held.
    act(() => store.getState().seek(at - 1));
    expect(rows()[0]).toBe('No acknowledged record lost holds');
  });

  it('speaks Korean', async () => {
    mount(<InvariantsPanel />, `#/sandbox?s=${JSON.stringify(unclean())}&t=40000`, 'ko');
    expect(screen.getByRole('region', { name: '불변 조건' })).toBeTruthy();
    await waitFor(() => screen.getByRole('button', { name: '그 순간 보기' }), { timeout: 20_000 });
    expect(screen.getByText('확인(ack)받은 레코드는 사라지지 않는다')).toBeTruthy();
    expect(screen.getByText(/초에 깨졌습니다\./)).toBeTruthy();
  });
});

describe('InvariantsSection', () => {
  it('is folded, and watches the run only while open', () => {
    const store = mount(<InvariantsSection />, '#/sandbox?t=0');
    const summary = screen.getByText('Invariants', { selector: 'summary' });
    expect(screen.queryByRole('region', { name: 'Invariants' })).toBeNull();
    expect(store.getState().invariants.watching).toBe(false);
    const details = summary.closest('details')!;
    act(() => {
      details.open = true;
      fireEvent(details, new Event('toggle'));
    });
    expect(screen.getByRole('region', { name: 'Invariants' })).toBeTruthy();
    expect(store.getState().invariants.watching).toBe(true);
    act(() => {
      details.open = false;
      fireEvent(details, new Event('toggle'));
    });
    expect(store.getState().invariants.watching).toBe(false);
  });
});
