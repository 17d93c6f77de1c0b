// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreProvider, createAppStore } from '../../store';
import { fakeDeps } from '../../store/testing/fakeSimulation';
import { fakeTerminal } from '../../store/testing/fakeTerminal';
import { TerminalPanel } from './TerminalPanel';

afterEach(cleanup);

async function mount() {
  const store = createAppStore(fakeDeps({ loadTerminal: () => Promise.resolve(fakeTerminal) }));
  store.getState().openLink('#/sandbox');
  store.getState().pause();
  render(
    <StoreProvider store={store}>
      <TerminalPanel />
    </StoreProvider>,
  );
  await act(() => store.getState().loadTerminal());
  return store;
}

const input = () => screen.getByRole('textbox', { name: 'Terminal' }) as HTMLInputElement;
const log = () => screen.getByRole('log', { name: 'Terminal output' });
const type = (text: string) => fireEvent.change(input(), { target: { value: text } });
const key = (k: string, extra: object = {}) => fireEvent.keyDown(input(), { key: k, ...extra });

describe('TerminalPanel', () => {
  it('runs a typed line on Enter and shows the output in the log', async () => {
    const store = await mount();
    type('echo hello');
    key('Enter');
    expect(input().value).toBe('');
    expect(log().textContent).toContain('$ echo hello');
    expect(log().textContent).toContain('hello @0');
    expect(store.getState().scenario?.actions).toEqual([
      { at: 0, type: 'terminal.line', session: 0, line: 'echo hello' },
    ]);
  });

  it('walks the history with ↑ and ↓, back to the line being typed', async () => {
    await mount();
    type('echo one');
    key('Enter');
    type('echo two');
    key('Enter');
    type('draft');
    key('ArrowUp');
    expect(input().value).toBe('echo two');
    key('ArrowUp');
    key('ArrowUp');
    expect(input().value).toBe('echo one');
    key('ArrowDown');
    expect(input().value).toBe('echo two');
    key('ArrowDown');
    expect(input().value).toBe('draft');
  });

  it('completes with Tab and lists several candidates as bash does', async () => {
    await mount();
    type('ec');
    key('Tab');
    expect(input().value).toBe('echo ');
    type('c');
    key('Tab');
    expect(log().textContent).toContain('cat  crash');
  });

  it('leaves Tab alone on an empty line, so focus can move on', async () => {
    await mount();
    const event = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    input().dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
  });

  it('Ctrl+C stops the running process; the hint names it meanwhile', async () => {
    const store = await mount();
    type('tick');
    key('Enter');
    expect(screen.getByText('Ctrl+C stops ZooKeeper.')).toBeTruthy();
    // A streaming process is not read out line by line.
    expect(log().getAttribute('aria-live')).toBe('off');
    act(() => store.getState().seek(1500));
    expect(log().textContent).toContain('tick 1');
    key('c', { ctrlKey: true });
    expect(log().textContent).toContain('^C');
    expect(log().getAttribute('aria-live')).toBe('polite');
    expect(store.getState().scenario?.actions.at(-1)?.type).toBe('terminal.interrupt');
  });

  it('Ctrl+L clears the screen without recording anything', async () => {
    const store = await mount();
    type('echo hi');
    key('Enter');
    key('l', { ctrlKey: true });
    expect(log().textContent).not.toContain('hi @0');
    expect(store.getState().scenario?.actions).toHaveLength(1);
  });

  it('opens a new terminal tab and shows only the active tab', async () => {
    const store = await mount();
    type('echo first');
    key('Enter');
    fireEvent.click(screen.getByRole('button', { name: 'New terminal' }));
    const tabs = within(screen.getByRole('tablist', { name: 'Terminals' })).getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['Terminal 1', 'Terminal 2']);
    expect(tabs[1]!.getAttribute('aria-selected')).toBe('true');
    expect(log().textContent).not.toContain('first');
    type('echo second');
    key('Enter');
    expect(store.getState().scenario?.actions.at(-1)).toMatchObject({ session: 1 });
    fireEvent.keyDown(tabs[1]!, { key: 'ArrowLeft' });
    expect(log().textContent).toContain('first');
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(tabs[0]!.id);
  });

  it('edits a config file, keeps unsaved text across re-renders, saves and reverts', async () => {
    const store = await mount();
    fireEvent.click(screen.getByRole('button', { name: 'Edit config/server.properties' }));
    const area = () =>
      screen.getByRole('textbox', {
        name: 'Contents of config/server.properties',
      }) as HTMLTextAreaElement;
    expect(area().value).toBe('# shipped config/server.properties\n');
    fireEvent.change(area(), { target: { value: 'broker.id=4\n' } });
    act(() => store.getState().seek(2000));
    expect(area().value).toBe('broker.id=4\n');
    expect(screen.getByText('Unsaved changes')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(store.getState().terminal.files).toEqual({
      'config/server.properties': 'broker.id=4\n',
    });
    expect(screen.getByText('Saved')).toBeTruthy();
    fireEvent.change(area(), { target: { value: 'oops' } });
    fireEvent.click(screen.getByRole('button', { name: 'Revert' }));
    expect(area().value).toBe('broker.id=4\n');
    // Another file, then back: each keeps its own text.
    fireEvent.change(area(), { target: { value: 'draft 1' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Config file' }), {
      target: { value: 'config/zookeeper.properties' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Edit config/zookeeper.properties' }));
    expect(
      (
        screen.getByRole('textbox', {
          name: 'Contents of config/zookeeper.properties',
        }) as HTMLTextAreaElement
      ).value,
    ).toBe('# shipped config/zookeeper.properties\n');
    fireEvent.change(screen.getByRole('combobox', { name: 'Config file' }), {
      target: { value: 'config/server.properties' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Edit config/server.properties' }));
    expect(area().value).toBe('draft 1');
  });

  it('speaks Korean', async () => {
    const store = await mount();
    act(() => store.getState().setLocale('ko'));
    expect(screen.getByRole('textbox', { name: '터미널' })).toBeTruthy();
    expect(screen.getByRole('log', { name: '터미널 출력' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '새 터미널' })).toBeTruthy();
  });
});
