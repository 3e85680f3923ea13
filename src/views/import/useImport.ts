import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { BuildProgress } from '../../core/pipeline/buildCorpus';
import { saveCorpus, type SavedCorpus } from '../../data/importedStore';
import { runImport, type ImportOutcome } from '../../data/runImport';

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'running'; progress: BuildProgress | null; total: number }
  | { phase: 'done'; outcome: ImportOutcome; saved: SavedCorpus }
  | { phase: 'failed'; message: string };

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'corpus';

/** Runs an import in the worker, keeps its progress, and saves the result in this browser. */
export function useImport() {
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const cancelRef = useRef<(() => void) | null>(null);
  const client = useQueryClient();
  const start = async (files: File[], title: string) => {
    setState({ phase: 'running', progress: null, total: files.length });
    const payload = await Promise.all(
      files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
    );
    const stamp = new Date();
    const { done, cancel } = runImport(
      { files: payload, id: `${slug(title)}-${stamp.getTime().toString(36)}`, title },
      (progress) => setState({ phase: 'running', progress, total: files.length }),
    );
    cancelRef.current = cancel;
    try {
      const outcome = await done;
      const saved = await saveCorpus(outcome.corpus, stamp.toISOString());
      await client.invalidateQueries({ queryKey: ['saved-corpora'] });
      setState({ phase: 'done', outcome, saved });
    } catch (error) {
      setState({ phase: 'failed', message: error instanceof Error ? error.message : String(error) });
    } finally {
      cancelRef.current = null;
    }
  };
  return { state, start, cancel: () => cancelRef.current?.(), reset: () => setState({ phase: 'idle' }) };
}
