import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildMatrix } from '../core/matrix';
import { parseCorpusText } from '../core/schema/parseCorpus';
import type { Review } from '../core/review/schema';
import { runReviewApply, runReviewDiff } from './review';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'bin/parallax.js');
const sample = path.join(root, 'public/corpus.json');
const corpus = JSON.parse(readFileSync(sample, 'utf8')) as { id: string; hash: string };
const dir = mkdtempSync(path.join(tmpdir(), 'parallax-review-'));

function reviewFile(name: string, review: Partial<Review> & Pick<Review, 'decisions'>): string {
  const file = path.join(dir, name);
  writeFileSync(
    file,
    JSON.stringify({
      schemaVersion: '1.0.0',
      corpus: { id: corpus.id, hash: corpus.hash },
      author: 'R. One',
      ...review,
    }),
  );
  return file;
}

function sink() {
  const chunks: string[] = [];
  return { stream: { write: (c: string) => chunks.push(c) > 0 }, text: () => chunks.join('') };
}

const at = (minute: number) => `2030-01-01T09:${String(minute).padStart(2, '0')}:00Z`;
const dismissCell = (articleId: string, minute: number) => ({
  id: `dismiss-${articleId}`,
  time: at(minute),
  target: { kind: 'cell' as const, rowId: 'count-guards-injured', articleId },
  action: { kind: 'verdict' as const, verdict: 'dismissed' as const },
});

describe('parallax review apply', () => {
  it('on the sample: dismissing the cells that disagree and merging two places gives a valid corpus', () => {
    const conflict = buildMatrix(JSON.parse(readFileSync(sample, 'utf8'))).rows.find(
      (r) => r.id === 'count-guards-injured',
    )!;
    expect(conflict.status).toBe('conflict');
    // The row reads "6: two sources · 2: two · 7: one"; the cells that are not 6 are dismissed.
    const others = Object.values(conflict.cells)
      .filter((c) => c.status !== 'absent' && c.display !== '6')
      .map((c) => c.articleId);
    const review = reviewFile('sample.json', {
      decisions: [
        ...others.map((id, i) => dismissCell(id, i)),
        {
          id: 'merge',
          time: at(9),
          target: { kind: 'entity', entityId: 'place-mansour' },
          action: { kind: 'merge-entity', into: 'place-baghdad' },
        },
      ],
    });
    const out = path.join(dir, 'corrected.json');
    execFileSync(process.execPath, [cli, 'review', 'apply', sample, review, '--out', out], {
      cwd: root,
      stdio: 'pipe',
    });
    const parsed = parseCorpusText(readFileSync(out, 'utf8'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const row = buildMatrix(parsed.corpus).rows.find((r) => r.id === 'count-guards-injured')!;
    expect(row.status).toBe('agree');
    expect(row.values.map((v) => v.display)).toEqual(['6']);
    expect(parsed.corpus.entities.some((e) => e.id === 'place-mansour')).toBe(false);
    expect(parsed.corpus.entities.find((e) => e.id === 'place-baghdad')!.variants).toEqual(
      expect.arrayContaining(['Baghdad', 'Mansour', 'Mansur']),
    );
  });

  it('names the file and field of a malformed, foreign or oversized review, and exits 2', async () => {
    const out = path.join(dir, 'never.json');
    const cases: [string, RegExp][] = [
      [
        reviewFile('bad-time.json', { decisions: [{ ...dismissCell('x', 1), time: 'noon' }] }),
        /bad-time\.json: decisions\[0\]\.time/,
      ],
      [
        reviewFile('foreign.json', { corpus: { id: 'another-event', hash: corpus.hash }, decisions: [] }),
        /foreign\.json: corpus\.id: the review is of corpus "another-event"/,
      ],
      [
        reviewFile('old.json', { corpus: { id: corpus.id, hash: 'sha256:old' }, decisions: [] }),
        /old\.json: corpus\.hash: .*--any-build/,
      ],
    ];
    const big = path.join(dir, 'big.json');
    writeFileSync(big, ' '.repeat(21 * 1024 * 1024));
    cases.push([big, /big\.json: the review is over 20 MB/]);
    for (const [file, message] of cases) {
      const err = sink();
      expect(await runReviewApply(sample, file, { out }, err.stream)).toBe(2);
      expect(err.text()).toMatch(message);
    }
  });

  it('applies a review of another build with --any-build and lists what no longer matches (exit 1)', () => {
    const file = reviewFile('older.json', {
      corpus: { id: corpus.id, hash: 'sha256:old' },
      decisions: [{ ...dismissCell('gone-article', 1) }],
    });
    const run = spawnSync(
      process.execPath,
      [cli, 'review', 'apply', sample, file, '--out', path.join(dir, 'o.json'), '--any-build'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('decision dismiss-gone-article not applied: no cell of article "gone-article"');
  });
});

describe('parallax review diff', () => {
  it('prints the findings two reviewers decided differently, with control characters escaped', async () => {
    const a = reviewFile('a.json', { author: 'Ann', decisions: [dismissCell('004_94ae286a61bfee6c', 1)] });
    const b = reviewFile('b.json', {
      author: 'Bo\u001b[2J',
      decisions: [{ ...dismissCell('004_94ae286a61bfee6c', 2), action: { kind: 'verdict', verdict: 'verified' } }],
    });
    const out = sink();
    expect(await runReviewDiff(a, b, out.stream, sink().stream)).toBe(1);
    expect(out.text()).toBe(
      'count-guards-injured @ 004_94ae286a61bfee6c  verdict: Ann dismissed · Bo\\x1b[2J verified\n',
    );
    expect(await runReviewDiff(a, a, sink().stream, sink().stream)).toBe(0);
  });
});
