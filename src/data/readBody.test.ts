import { describe, expect, it, vi } from 'vitest';
import { formatBytes, tooLargeMessage } from './corpusLimit';
import { readBody } from './readBody';

const streamOf = (chunks: Uint8Array[], headers: Record<string, string> = {}) =>
  new Response(
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(chunk);
        controller.close();
      },
    }),
    { headers },
  );

describe('readBody', () => {
  it('joins the chunks and reports the bytes received of the declared total', async () => {
    const seen: [number, number | null][] = [];
    const result = await readBody(
      streamOf([new Uint8Array([1, 2]), new Uint8Array([3])], { 'content-length': '3' }),
      10,
      (r, t) => seen.push([r, t]),
    );
    expect(result).toEqual({ ok: true, bytes: new Uint8Array([1, 2, 3]) });
    expect(seen[0]).toEqual([0, 3]);
    expect(seen[seen.length - 1]).toEqual([3, 3]);
  });

  it('joins a large body a few megabytes per task, giving the page turns between', async () => {
    const later = vi.spyOn(globalThis, 'setTimeout');
    const chunk = (n: number) => new Uint8Array(8 * 1024 * 1024).fill(n);
    const result = await readBody(streamOf([chunk(1), chunk(2), chunk(3), chunk(4)]), 64 * 1024 * 1024, () => {});
    expect(later).toHaveBeenCalled();
    later.mockRestore();
    expect(
      result.ok && [result.bytes.length, result.bytes[0], result.bytes[8 * 1024 * 1024], result.bytes.at(-1)],
    ).toEqual([32 * 1024 * 1024, 1, 2, 4]);
  });

  it('refuses a body whose Content-Length is over the limit, naming both sizes', async () => {
    const result = await readBody(
      streamOf([new Uint8Array(4)], { 'content-length': String(300 * 1024 * 1024) }),
      256 * 1024 * 1024,
      () => {},
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/300 MB, over the 256 MB/);
  });

  it('stops reading once the bytes counted pass the limit when no length was sent', async () => {
    const result = await readBody(streamOf([new Uint8Array(6), new Uint8Array(6)]), 10, () => {});
    expect(result).toMatchObject({ ok: false, bytes: 12 });
    if (!result.ok) expect(result.message).toMatch(/more than 10 bytes, over the 10 bytes/);
  });

  it('gives no total for a compressed body, whose length is not the bytes read', async () => {
    const seen: (number | null)[] = [];
    await readBody(streamOf([new Uint8Array(2)], { 'content-length': '1', 'content-encoding': 'gzip' }), 10, (_, t) =>
      seen.push(t),
    );
    expect(seen.every((t) => t === null)).toBe(true);
  });
});

describe('the size message', () => {
  it('says what to do', () => {
    expect(tooLargeMessage(3 * 1024 * 1024, 1024 * 1024, false)).toMatch(/3\.0 MB.*1\.0 MB.*smaller corpus/);
    expect(formatBytes(121 * 1024 * 1024)).toBe('121 MB');
  });
});
