import { tooLargeMessage } from './corpusLimit';

export type BodyResult = { ok: true; bytes: Uint8Array } | { ok: false; message: string; bytes: number };

/** Progress is reported at most this often, in bytes, so a fast local server does not re-render per chunk. */
const STEP = 512 * 1024;

/**
 * Reading gives the page back a turn this often: chunks that have already arrived resolve one
 * after another in a single microtask run, and a 118 MB corpus from a local server held the page
 * for 400 ms that way.
 */
const SLICE_MS = 30;
const BYTES_PER_COPY = 16 * 1024 * 1024;
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The response's bytes, read as they arrive so progress can be shown and a corpus over `limit`
 * refused before all of it is held: first by its Content-Length, then by the bytes counted (a server
 * may send no length, or a compressed one).
 */
export async function readBody(
  response: Response,
  limit: number,
  onProgress: (received: number, total: number | null) => void,
): Promise<BodyResult> {
  const declared = Number(response.headers.get('content-length'));
  const length = Number.isFinite(declared) && declared > 0 ? declared : null;
  if (length !== null && length > limit) {
    await response.body?.cancel().catch(() => {});
    return { ok: false, message: tooLargeMessage(length, limit, false), bytes: length };
  }
  // A compressed body's length counts the compressed bytes, not the ones read here.
  const total = response.headers.get('content-encoding') ? null : length;
  if (!response.body) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length > limit)
      return { ok: false, message: tooLargeMessage(bytes.length, limit, false), bytes: bytes.length };
    return { ok: true, bytes };
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  let reported = 0;
  onProgress(0, total);
  let slice = performance.now();
  for (;;) {
    if (performance.now() - slice > SLICE_MS) {
      await nextTask();
      slice = performance.now();
    }
    const { done, value } = await reader.read();
    if (done) break;
    received += value.length;
    if (received > limit) {
      await reader.cancel().catch(() => {});
      return { ok: false, message: tooLargeMessage(limit, limit, true), bytes: received };
    }
    chunks.push(value);
    if (received - reported >= STEP) {
      reported = received;
      onProgress(received, total);
    }
  }
  onProgress(received, total);
  if (chunks.length === 1) return { ok: true, bytes: chunks[0]! };
  const bytes = new Uint8Array(received);
  let at = 0;
  let copied = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
    // Joined a few megabytes per task, for the same reason.
    if ((copied += chunk.length) >= BYTES_PER_COPY) {
      copied = 0;
      await nextTask();
    }
  }
  return { ok: true, bytes };
}
