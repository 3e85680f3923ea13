import { diffWords } from 'diff';
import { alignmentBetween, diffRows, sentencesText, wordDiff } from '../src/core/diff';
import type { Article, Corpus } from '../src/core/schema/corpus';

export type DiffLibraryFigure = { library: string; input: string; pairs: number; ms: number; changedRuns: number };

type Pair = [string, string];

function alignedPairs(corpus: Corpus, a: Article, b: Article): Pair[] {
  const rows = diffRows(a, b, alignmentBetween(corpus.alignments, a.id, b.id), { threshold: 0.2 });
  return rows.flatMap((r) => (r.kind === 'pair' ? [[sentencesText(a, r.a), sentencesText(b, r.b)] as Pair] : []));
}

function time(run: () => number): { ms: number; changedRuns: number } {
  run(); // warm the JIT so the figure is the steady state a user sees after the first diff
  const started = performance.now();
  const changedRuns = run();
  return { ms: Math.round((performance.now() - started) * 10) / 10, changedRuns };
}

/**
 * diff-match-patch (word tokens, semantic cleanup) against jsdiff's diffWords on the same
 * sentence pairs: time, and the number of changed runs a reader must take in (fewer reads better).
 */
export function compareDiffLibraries(
  inputs: { label: string; corpus: Corpus; a: Article; b: Article }[],
): DiffLibraryFigure[] {
  const out: DiffLibraryFigure[] = [];
  for (const input of inputs) {
    const pairs = alignedPairs(input.corpus, input.a, input.b);
    const dmp = time(() => pairs.reduce((n, [x, y]) => n + wordDiff(x, y).filter((o) => o.op !== 'same').length, 0));
    const js = time(() =>
      pairs.reduce((n, [x, y]) => n + diffWords(x, y).filter((c) => c.added || c.removed).length, 0),
    );
    out.push({
      library: 'diff-match-patch (words, semantic cleanup)',
      input: input.label,
      pairs: pairs.length,
      ...dmp,
    });
    out.push({ library: 'jsdiff diffWords', input: input.label, pairs: pairs.length, ...js });
  }
  return out;
}
