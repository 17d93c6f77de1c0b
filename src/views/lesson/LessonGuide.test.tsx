// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSimulation } from '../../model';
import { buildLink, parseLink } from '../../scenario';
import { createAppStore, StoreProvider } from '../../store';
import { fakeDeps } from '../../store/testing/fakeSimulation';
import { HINT_AFTER_MS } from '../../lessons';
import { LessonGuide } from './LessonGuide';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function openLesson(hash: string) {
  const deps = fakeDeps();
  deps.createSimulation = (s) => createSimulation(s);
  deps.parseLink = parseLink;
  deps.buildLink = buildLink;
  const store = createAppStore(deps);
  store.getState().openLink(hash);
  render(
    <StoreProvider store={store}>
      <LessonGuide />
    </StoreProvider>,
  );
  return store;
}

describe('LessonGuide', () => {
  it('shows the title, Step k of n, and Next only once the goal is met', () => {
    const store = openLesson('#/lesson/controller/2');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('The controller');
    expect(screen.getByText(/^Step 2 of \d+$/)).toBeTruthy();
    const next = screen.getByRole('button', { name: 'Next' }) as HTMLButtonElement;
    expect(next.disabled).toBe(true);
    const crowned = store.getState().snapshot!.controller.brokerId!;
    act(() => store.getState().act({ type: 'broker.crash', broker: crowned }));
    expect(next.disabled).toBe(false);
    expect(screen.getByText('Done!')).toBeTruthy();
  });

  it('offers a hint only after a while, and shows it on request', () => {
    vi.useFakeTimers();
    openLesson('#/lesson/controller/2');
    expect(screen.queryByRole('button', { name: 'Show a hint' })).toBeNull();
    act(() => vi.advanceTimersByTime(HINT_AFTER_MS + 10));
    fireEvent.click(screen.getByRole('button', { name: 'Show a hint' }));
    expect(screen.getByText('Hint')).toBeTruthy();
    expect(screen.getByText(/of the broker named in/)).toBeTruthy();
  });
});
