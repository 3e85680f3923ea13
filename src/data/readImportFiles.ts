import type { Problem } from '../core/schema/corpus';

export type ReadFiles = { files: { name: string; bytes: Uint8Array }[]; problems: Problem[] };

/** Why the browser could not hand over a file's bytes, in words a person can act on. */
export function unreadableReason(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const detail = error instanceof Error || error instanceof DOMException ? error.message : String(error);
  const because = detail ? ` (${name ? `${name}: ` : ''}${detail})` : '';
  // A dropped folder arrives as a "file" that cannot be read, as does one moved or deleted since it was chosen.
  return `could not be read${because}. If it is a folder, drop the files inside it; if it was moved or changed, choose it again.`;
}

/**
 * Reads every chosen file on its own, so one that cannot be read (a folder, a file deleted since it
 * was picked, a permission refused) is named with its reason while the others go on to the import.
 * Stops as soon as `signal` aborts, so Cancel works while the bytes are still being read.
 */
export async function readImportFiles(files: readonly File[], signal: AbortSignal): Promise<ReadFiles> {
  const aborted = new Promise<never>((_, reject) => {
    const stop = () => reject(new DOMException('Import cancelled.', 'AbortError'));
    if (signal.aborted) stop();
    else signal.addEventListener('abort', stop, { once: true });
  });
  aborted.catch(() => undefined); // a Cancel after the reading is over is not an error
  const settled = await Promise.race([
    Promise.allSettled(files.map(async (file) => new Uint8Array(await file.arrayBuffer()))),
    aborted,
  ]);
  const result: ReadFiles = { files: [], problems: [] };
  settled.forEach((outcome, i) => {
    const name = files[i]!.name;
    if (outcome.status === 'fulfilled') result.files.push({ name, bytes: outcome.value });
    else result.problems.push({ file: name, message: unreadableReason(outcome.reason) });
  });
  return result;
}
