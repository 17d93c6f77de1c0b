// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreProvider } from '../../store';
import { storeFixture } from '../../store/testing/storeFixture';
import { sampleSnapshot } from '../fixtures/sampleSnapshot';
import { useKeyboardShortcuts } from '../shell/useKeyboardShortcuts';
import { PlaybackBar } from './PlaybackBar';

afterEach(cleanup);

function Bar() {
  useKeyboardShortcuts();
  return (
    <>
      <PlaybackBar />
      <input aria-label="typing here" />
    </>
  );
}

function mount() {
  const fixture = storeFixture(sampleSnapshot);
  render(
    <StoreProvider store={fixture.store}>
      <Bar />
    </StoreProvider>,
  );
  return fixture;
}

describe('PlaybackBar', () => {
  it('has one Play/Pause button whose name follows the state', () => {
    const { store } = mount();
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(store.getState().playing).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(store.getState().playing).toBe(false);
    expect(screen.getByRole('button', { name: 'Step forward' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Step back' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Share' })).toBeTruthy();
  });

  it('picks the speed from a select named Speed', () => {
    const { store } = mount();
    fireEvent.change(screen.getByRole('combobox', { name: 'Speed' }), { target: { value: '20' } });
    expect(store.getState().speed).toBe(20);
  });

  it('says Link copied after sharing, or shows the link to copy by hand', async () => {
    const { deps } = mount();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Share' })));
    expect(screen.getByRole('status').textContent).toBe('Link copied');
    deps.refuseClipboard = true;
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Share' })));
    const field = screen.getByRole('textbox', { name: /Copy this link/ }) as HTMLInputElement;
    expect(field.value).toBe(deps.copied[0]);
  });
});

describe('keyboard shortcuts', () => {
  it('Space, arrows and brackets drive playback, but not while typing in a field', () => {
    const { store } = mount();
    fireEvent.keyDown(document.body, { key: ' ' });
    expect(store.getState().playing).toBe(true);
    fireEvent.keyDown(document.body, { key: ']' });
    expect(store.getState().speed).toBe(2);
    fireEvent.keyDown(document.body, { key: '[' });
    fireEvent.keyDown(document.body, { key: '[' });
    expect(store.getState().speed).toBe(0.5);
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    expect(store.getState().playing).toBe(false);
    expect(store.getState().now).toBe(1000);
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'typing here' }), { key: ' ' });
    expect(store.getState().playing).toBe(false);
    fireEvent.keyDown(document.body, { key: 'ArrowLeft' });
    expect(store.getState().now).toBe(0);
  });

  it('Space activates a button reached by keyboard, but plays/pauses after a button was clicked', () => {
    const { store } = mount();
    const share = screen.getByRole('button', { name: 'Share' });
    share.focus();
    fireEvent.keyDown(share, { key: ' ' });
    expect(store.getState().playing).toBe(false);
    fireEvent.pointerDown(share);
    share.focus();
    fireEvent.keyDown(share, { key: ' ' });
    expect(store.getState().playing).toBe(true);
  });
});
