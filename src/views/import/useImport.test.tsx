import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { validCorpus } from '../../../mocks/fixtures/corpora';
import { saveCorpus } from '../../data/importedStore';
import { runImport } from '../../data/runImport';
import { useImport } from './useImport';

// The worker and IndexedDB are stood in for: this tests what the page does around them.
vi.mock('../../data/runImport', () => ({ runImport: vi.fn() }));
vi.mock('../../data/importedStore', () => ({
  saveCorpus: vi.fn(async (corpus: { id: string; title: string }, savedAt: string) => ({
    id: corpus.id,
    title: corpus.title,
    articles: 1,
    savedAt,
  })),
}));

function wrapper({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={new QueryClient()}>{children}</QueryClientProvider>;
}

/** jsdom's File cannot give its bytes, so each test file says how it reads, as a browser's would. */
function fileReading(name: string, read: () => Promise<ArrayBuffer>): File {
  const file = new File([''], name);
  Object.defineProperty(file, 'arrayBuffer', { value: read });
  return file;
}

const good = () =>
  fileReading('good.txt', async () => new TextEncoder().encode('The ferry ran late on Tuesday.').buffer);

/** A file whose bytes the browser refuses, as with a dropped folder or one deleted since it was chosen. */
const unreadable = fileReading;

describe('useImport', () => {
  beforeEach(() => {
    vi.mocked(runImport).mockReset();
    vi.mocked(runImport).mockImplementation(() => ({
      done: Promise.resolve({ type: 'done', corpus: validCorpus, problems: [], read: 1 }),
      cancel: vi.fn(),
    }));
  });

  it('imports the readable files and names the unreadable one with its reason', async () => {
    const { result } = renderHook(() => useImport(), { wrapper });
    const folder = unreadable('a-folder', () =>
      Promise.reject(new DOMException('The requested file could not be read.', 'NotReadableError')),
    );
    await act(() => result.current.start([good(), folder], 'Two files'));
    expect(result.current.state.phase).toBe('done');
    const request = vi.mocked(runImport).mock.calls[0]![0];
    expect(request.files.map((f) => f.name)).toEqual(['good.txt']);
    const state = result.current.state;
    if (state.phase !== 'done') throw new Error('not done');
    expect(state.outcome.problems).toEqual([
      { file: 'a-folder', message: expect.stringMatching(/could not be read \(NotReadableError: .*folder/) },
    ]);
  });

  it('fails with each file named when none can be read', async () => {
    const { result } = renderHook(() => useImport(), { wrapper });
    const gone = unreadable('gone.txt', () => Promise.reject(new DOMException('File not found.', 'NotFoundError')));
    await act(() => result.current.start([gone], 'Nothing'));
    expect(result.current.state).toEqual({
      phase: 'failed',
      message: expect.stringContaining('gone.txt could not be read (NotFoundError'),
    });
    expect(runImport).not.toHaveBeenCalled();
  });

  it('keeps the built corpus and says the storage is full when saving hits the quota', async () => {
    vi.mocked(saveCorpus).mockRejectedValueOnce(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const { result } = renderHook(() => useImport(), { wrapper });
    await act(() => result.current.start([good()], 'Too big'));
    expect(result.current.state).toEqual({
      phase: 'done',
      outcome: expect.objectContaining({ corpus: validCorpus }),
      saved: null,
      saveError: expect.stringMatching(/storage for this site is full\. Delete corpora you no longer need/),
    });
  });

  it('gives the browser’s reason when saving fails for another cause', async () => {
    vi.mocked(saveCorpus).mockRejectedValueOnce(new DOMException('The operation is insecure.', 'SecurityError'));
    const { result } = renderHook(() => useImport(), { wrapper });
    await act(() => result.current.start([good()], 'Private window'));
    expect(result.current.state).toMatchObject({
      phase: 'done',
      saved: null,
      saveError: expect.stringContaining('SecurityError: The operation is insecure.'),
    });
  });

  it('Cancel works while the files are still being read', async () => {
    const { result } = renderHook(() => useImport(), { wrapper });
    const slow = unreadable('slow.txt', () => new Promise<ArrayBuffer>(() => undefined));
    let started!: Promise<void>;
    act(() => {
      started = result.current.start([good(), slow], 'Slow');
    });
    expect(result.current.state.phase).toBe('running');
    act(() => result.current.cancel());
    await act(() => started);
    await waitFor(() => expect(result.current.state).toEqual({ phase: 'failed', message: 'Import cancelled.' }));
    expect(runImport).not.toHaveBeenCalled();
  });
});
