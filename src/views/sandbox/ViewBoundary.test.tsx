// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StoreProvider } from '../../store';
import { storeFixture } from '../../store/testing/storeFixture';
import { sampleSnapshot } from '../fixtures/sampleSnapshot';
import { ViewBoundary } from './ViewBoundary';
import { ViewFailed } from './ViewFailed';

afterEach(cleanup);

let broken = true;
function Fragile() {
  if (broken) throw new Error('boom');
  return <p>drawn</p>;
}

describe('ViewBoundary', () => {
  it('shows a plain alert instead of a broken view, and draws it again on retry', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { store } = storeFixture(sampleSnapshot);
    render(
      <StoreProvider store={store}>
        <ViewBoundary fallback={(retry) => <ViewFailed retry={retry} />}>
          <Fragile />
        </ViewBoundary>
        <button type="button">Crash broker 1</button>
      </StoreProvider>,
    );
    expect(screen.getByRole('alert').textContent).toContain('This view ran into a problem');
    expect(screen.getByRole('button', { name: 'Crash broker 1' })).toBeTruthy();
    broken = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('drawn')).toBeTruthy();
    quiet.mockRestore();
  });
});
