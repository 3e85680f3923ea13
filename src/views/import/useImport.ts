import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { BuildProgress } from '../../core/pipeline/buildCorpus';
import { saveCorpus, type SavedCorpus } from '../../data/importedStore';
import { readImportFiles } from '../../data/readImportFiles';
import { saveFailureMessage } from '../../data/saveFailure';
import { runImport, type ImportOutcome } from '../../data/runImport';

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'running'; progress: BuildProgress | null; total: number }
  /** `saved` is null when the browser would not store the corpus: it is still offered as a download. */
  | { phase: 'done'; outcome: ImportOutcome; saved: SavedCorpus | null; saveError: string | null }
  | { phase: 'failed'; message: string };

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'corpus';

const CANCELLED = 'Import cancelled.';

/** Runs an import in the worker, keeps its progress, and saves the result in this browser. */
export function useImport() {
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const cancelRef = useRef<(() => void) | null>(null);
  const client = useQueryClient();
  const start = async (files: File[], title: string) => {
    setState({ phase: 'running', progress: null, total: files.length });
    // Cancel works from the first moment, while the files are still being read, not only once the worker runs.
    const reading = new AbortController();
    cancelRef.current = () => reading.abort();
    try {
      const read = await readImportFiles(files, reading.signal);
      if (read.files.length === 0) {
        const why = read.problems.map((p) => `${p.file} ${p.message}`).join(' ');
        throw new Error(`No file could be read. ${why}`);
      }
      const stamp = new Date();
      const { done, cancel } = runImport(
        { files: read.files, id: `${slug(title)}-${stamp.getTime().toString(36)}`, title },
        (progress) => setState({ phase: 'running', progress, total: read.files.length }),
      );
      cancelRef.current = cancel;
      const built = await done;
      // Files the browser could not read are reported beside the ones the pipeline skipped.
      const outcome = { ...built, problems: [...read.problems, ...built.problems] };
      // A failed save must not throw the built corpus away: keep it, say why, and offer it as a file.
      const kept = await saveCorpus(outcome.corpus, stamp.toISOString()).then(
        (saved) => ({ saved, saveError: null }),
        (error: unknown) => ({ saved: null, saveError: saveFailureMessage(error) }),
      );
      if (kept.saved) await client.invalidateQueries({ queryKey: ['saved-corpora'] });
      setState({ phase: 'done', outcome, ...kept });
    } catch (error) {
      const message = reading.signal.aborted ? CANCELLED : error instanceof Error ? error.message : String(error);
      setState({ phase: 'failed', message });
    } finally {
      cancelRef.current = null;
    }
  };
  return { state, start, cancel: () => cancelRef.current?.(), reset: () => setState({ phase: 'idle' }) };
}
