/** The benchmark's printed report, the text the README's Performance section quotes. */
import { textTable } from './table';
import type { Results } from './results';

export function renderReport(results: Results): string {
  const {
    machine,
    smoke,
    pipeline,
    allPairs,
    app,
    diffLibraries,
    nlpLibraries = [],
    bundle,
    profile,
    targets,
  } = results;
  const mb = (b: number) => (b / 1e6).toFixed(2);
  return [
    `Parallax benchmark, ${results.date}, ${machine.cpu} (${machine.cores} cores, ${machine.memoryGb} GB), Node ${machine.node}${smoke ? ' (smoke run)' : ''}`,
    '',
    textTable(
      [
        'articles',
        'input MB',
        'build s',
        'cores busy',
        'MB/s',
        'articles/s',
        'wink alone MB/s',
        'eld alone MB/s',
        'peak MB',
        'pairs: all',
        'LSH candidates',
        'aligned',
        'stringify ms',
        'parse ms',
        'output MB',
      ],
      pipeline.map((p) => [
        p.articles,
        mb(p.inputBytes),
        (p.buildMs / 1000).toFixed(1),
        p.coresBusy ? p.coresBusy.toFixed(2) : '-',
        (p.inputBytes / 1e6 / (p.buildMs / 1000)).toFixed(3),
        Math.round(p.articles / (p.buildMs / 1000)),
        (p.inputBytes / 1e6 / (p.nlpMs / 1000)).toFixed(2),
        p.languageMs ? (p.inputBytes / 1e6 / (p.languageMs / 1000)).toFixed(2) : '-',
        p.peakMb,
        p.allPairs,
        p.lshCandidates,
        p.alignedPairs,
        p.stringifyMs,
        p.parseMs,
        mb(p.outputBytes),
      ]),
    ),
    '',
    `Alignment on ${allPairs.articles} articles: LSH ${allPairs.lshMs} ms, every pair ${allPairs.allPairsMs} ms.`,
    '',
    ...(results.ceiling
      ? [
          `Two one-thread builds of ${results.ceiling.articles} articles at once: ${results.ceiling.togetherMs.map((t) => (t / 1000).toFixed(1)).join(' s and ')} s, against ${(results.ceiling.aloneMs / 1000).toFixed(1)} s alone: this machine gives two threads of this work at most ${results.ceiling.speedUp.toFixed(2)}× one.`,
          '',
        ]
      : []),
    ...(app.length
      ? [
          textTable(
            ['app corpus', 'first matrix paint ms', 'filter ms', 'JS heap MB', 'diff 2×50 KB: first rows / all ms'],
            app.map((a) => [
              a.corpus,
              a.firstMatrixPaintMs,
              a.filterMs,
              a.heapMb,
              a.diffOpenMs === undefined ? '-' : `${a.diffOpenMs} / ${a.diffCompleteMs ?? '-'}`,
            ]),
          ),
          '',
        ]
      : []),
    ...(results.review?.length
      ? [
          textTable(
            [
              'review recompute',
              'articles',
              'decisions',
              'corrections',
              'apply ms',
              'matrix ms',
              'reactions ms',
              'total ms',
            ],
            results.review.map((r) => [
              r.corpus,
              r.articles,
              r.decisions,
              r.corrections,
              r.applyMs,
              r.matrixMs,
              r.reactionsMs,
              r.totalMs,
            ]),
          ),
          '',
        ]
      : []),
    textTable(
      ['diff library', 'input', 'pairs', 'ms', 'changed runs'],
      diffLibraries.map((d) => [d.library, d.input, d.pairs, d.ms, d.changedRuns]),
    ),
    '',
    ...(nlpLibraries.length
      ? [
          textTable(
            ['names on the sample', 'gold spellings found', 'recall', 'ms'],
            nlpLibraries.map((n) => [n.library, `${n.variantsFound}/${n.variants}`, n.recall, n.ms]),
          ),
          '',
        ]
      : []),
    textTable(
      ['bundle', 'KB', 'KB gzip'],
      [
        ['initial JavaScript', (bundle.initial.bytes / 1024).toFixed(1), (bundle.initial.gzip / 1024).toFixed(1)],
        ...bundle.lazy
          .slice(0, 8)
          .map((c) => [`lazy: ${c.name}`, (c.bytes / 1024).toFixed(1), (c.gzip / 1024).toFixed(1)]),
      ],
    ),
    '',
    ...(profile.length
      ? [
          textTable(
            ['top self time (largest size)', 'ms', 'share'],
            profile.map((f) => [f.name, f.selfMs, `${(f.share * 100).toFixed(1)}%`]),
          ),
          '',
        ]
      : []),
    textTable(
      ['target', 'budget', 'measured', 'met'],
      targets.map((t) => [t.name, t.target, t.value, t.met ? 'yes' : 'NO']),
    ),
  ].join('\n');
}
