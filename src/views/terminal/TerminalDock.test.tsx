// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreProvider, createAppStore } from '../../store';
import { fakeDeps, fakeScenario } from '../../store/testing/fakeSimulation';
import { fakeTerminal } from '../../store/testing/fakeTerminal';
import { TerminalDock } from './TerminalDock';

afterEach(cleanup);

function mount(hash = '#/sandbox') {
  const store = createAppStore(fakeDeps({ loadTerminal: () => Promise.resolve(fakeTerminal) }));
  store.getState().openLink(hash);
  store.getState().pause();
  render(
    <StoreProvider store={store}>
      <TerminalDock />
    </StoreProvider>,
  );
  return store;
}

describe('TerminalDock', () => {
  it('is folded until opened, then loads the terminal', async () => {
    mount();
    const toggle = screen.getByRole('button', { name: 'Terminal' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('textbox', { name: 'Terminal' })).toBeNull();
    await act(async () => fireEvent.click(toggle));
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await screen.findByRole('textbox', { name: 'Terminal' })).toBeTruthy();
  });

  it('opens by itself for a link that holds terminal commands, with its transcript', async () => {
    const scenario = fakeScenario();
    scenario.actions = [{ at: 500, type: 'terminal.line', session: 1, line: 'echo shared' }];
    mount(`#/sandbox?s=${JSON.stringify(scenario)}&t=1000`);
    expect(screen.getByRole('button', { name: 'Terminal' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
    expect(await screen.findByRole('tab', { name: 'Terminal 2' })).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Terminal 2' }));
    expect(screen.getByRole('log', { name: 'Terminal output' }).textContent).toContain(
      'shared @500',
    );
  });
});
