// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreProvider } from '../store';
import { storeFixture } from '../store/testing/storeFixture';
import { App } from './App';
import { sampleSnapshot } from './fixtures/sampleSnapshot';

afterEach(cleanup);

describe('App', () => {
  it('shows a bad link’s problems in an alert over a working sandbox', () => {
    const { store } = storeFixture(sampleSnapshot);
    act(() => store.getState().openLink('#/sandbox?s=bad'));
    render(
      <StoreProvider store={store}>
        <App />
      </StoreProvider>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('This link could not be opened');
    expect(alert.textContent).toContain('damaged');
    expect(screen.getByRole('button', { name: 'Crash broker 1' })).toBeTruthy();
    expect(screen.getByText('Controller: broker 2')).toBeTruthy();
  });

  it('routes home, with a link into the sandbox and the language switch', () => {
    const { store } = storeFixture(sampleSnapshot);
    act(() => store.getState().openLink('#/'));
    render(
      <StoreProvider store={store}>
        <App />
      </StoreProvider>,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Kafka, visibly');
    expect(screen.getByRole('link', { name: /Open the sandbox/ }).getAttribute('href')).toBe(
      '#/sandbox',
    );
    act(() => store.getState().setLocale('ko'));
    expect(screen.getByRole('combobox', { name: '언어' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('눈으로 보는 카프카');
    expect(document.documentElement.lang).toBe('ko');
  });
});
