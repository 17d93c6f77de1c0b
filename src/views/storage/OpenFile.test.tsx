// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { handOffsetIndex, sampleLog } from '../../model/storage/format/testing/handBuilt';
import { StoreProvider } from '../../store';
import { storeFixture } from '../../store/testing/storeFixture';
import { sampleSnapshot } from '../fixtures/sampleSnapshot';
import { OpenFile } from './OpenFile';
import { isoTime, OPEN_LIMIT_BYTES, openSegmentBytes } from './openFile';
import { OpenFileResult } from './OpenFileResult';
import { decodeLog } from '../../model/storage/format/decodeLog';
import { translate } from '../../i18n/translate';
import type { T } from '../shell/useT';

afterEach(cleanup);

function setup() {
  const { store } = storeFixture(sampleSnapshot);
  render(
    <StoreProvider store={store}>
      <OpenFile />
    </StoreProvider>,
  );
  return screen.getByLabelText('Open a segment file') as HTMLInputElement;
}

const file = (bytes: Uint8Array, name: string) => new File([bytes.slice().buffer], name);

describe('OpenFile', () => {
  it('decodes a valid .log picked with the file input: batches and records', async () => {
    const input = setup();
    expect(input.type).toBe('file');
    expect(input.accept).toBe('.log,.index,.timeindex');
    fireEvent.change(input, { target: { files: [file(sampleLog(), '00000000000000000000.log')] } });
    const batches = await screen.findByRole('table', {
      name: 'Batches of 00000000000000000000.log',
    });
    expect(batches.querySelectorAll('tbody tr')).toHaveLength(2);
    expect(batches.textContent).toContain('0 … 1');
    expect(batches.textContent).toContain('✓ 0x');
    const records = screen.getByRole('table', { name: 'Records of 00000000000000000000.log' });
    const rows = [...records.querySelectorAll('tbody tr')].map((r) =>
      [...r.children].map((c) => c.textContent),
    );
    expect(rows[0]).toEqual(['0', '2023-11-14T22:13:20.000Z', 'alice', 'order-1']);
    expect(rows[2]).toEqual(['2', '2023-11-14T22:13:20.100Z', '0xff00', 'null']);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText(/with 2 batches and 5 records/)).toBeTruthy();
  });

  it('names the byte of a bad CRC in plain words, and keeps what came before', async () => {
    const input = setup();
    const log = sampleLog();
    const second = decodeLog(log).items[1]?.position ?? -1;
    const corrupt = log.slice();
    corrupt[corrupt.length - 1] = (corrupt[corrupt.length - 1] ?? 0) ^ 0x55;
    fireEvent.change(input, { target: { files: [file(corrupt, '00000000000000000000.log')] } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(
      new RegExp(
        `^Byte ${second + 17}: the batch’s CRC is 0x[0-9a-f]{8} but its bytes give 0x[0-9a-f]{8} — the file is corrupt from here\\.$`,
      ),
    );
    const batches = screen.getByRole('table', { name: /Batches of/ });
    expect(batches.querySelectorAll('tbody tr')[0]?.textContent).toContain('✓ 0x');
    expect(batches.querySelectorAll('tbody tr')[1]?.textContent).toContain('✗ 0x');
    expect(screen.getByText('Read before the problem:')).toBeTruthy();
  });

  it('a dropped index, a foreign file and an empty one never crash', async () => {
    setup();
    const drop = screen.getByTestId('open-file-drop');
    fireEvent.drop(drop, {
      dataTransfer: {
        files: [
          file(
            handOffsetIndex(
              [
                [4, 4200],
                [9, 8400],
              ],
              800,
            ),
            '00000000000000001000.index',
          ),
        ],
      },
    });
    const entries = await screen.findByRole('table', {
      name: 'Entries of 00000000000000001000.index',
    });
    expect([...entries.querySelectorAll('tbody tr')].map((r) => r.textContent)).toEqual([
      '0410044\u202f200',
      '1910098\u202f400',
    ]);
    expect(screen.getByText(/The last 800 bytes are zeros/)).toBeTruthy();

    fireEvent.drop(drop, {
      dataTransfer: { files: [file(new TextEncoder().encode('hello'), 'notes.txt')] },
    });
    expect((await screen.findByRole('alert')).textContent).toContain(
      'notes.txt is not a Kafka segment file',
    );

    fireEvent.drop(drop, {
      dataTransfer: { files: [file(new Uint8Array(0), '00000000000000000000.log')] },
    });
    expect((await screen.findByText(/The file is empty/)).getAttribute('role')).toBe('alert');
  });

  it('says when only the first 16 MiB are read (Korean too); times out of range stay numbers', () => {
    const { store } = storeFixture(sampleSnapshot);
    const opened = openSegmentBytes('00000000000000000000.log', sampleLog(), OPEN_LIMIT_BYTES + 1);
    const t: T = (key, params) => translate('ko', key, params);
    render(
      <StoreProvider store={store}>
        <OpenFileResult t={t} opened={opened} locale="ko" />
      </StoreProvider>,
    );
    expect(screen.getByText(/처음 16 MiB만 읽으므로/).textContent).toContain(
      '16\u202f777\u202f217바이트',
    );
    expect(screen.getByRole('table', { name: /의 배치$/ })).toBeTruthy();
    expect(isoTime(-1)).toBe('-1');
    expect(isoTime(9e15)).toBe('9000000000000000');
  });
});
