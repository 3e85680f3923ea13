import { useEffect, useMemo } from 'react';
import { alignmentBetween, diffRows, reuseShares, rowsBySentence } from '../../core/diff';
import type { Corpus } from '../../core/schema/corpus';
import { useDiffState } from '../../url/diffState';
import { DiffControls } from './DiffControls';
import { DiffExports } from './DiffExports';
import { DiffTable } from './DiffTable';
import { NWayTable } from './NWayTable';
import { OverviewStrip } from './OverviewStrip';
import { shownRows } from './rowSummary';
import './diff.css';
import { cutText } from '../../core/text/cutText';

const LINEAGE: Record<string, string> = {
  copy: 'one is a copy of the other',
  paraphrase: 'one rewrites the other',
  'shared-source': 'they share a source',
  independent: 'they were written independently',
};

const percent = (x: number) => `${Math.round(x * 100)}%`;

function jumpTo(index: number) {
  const row = document.getElementById(`diff-row-${index}`);
  row?.scrollIntoView({ block: 'center' });
  row?.focus();
}

export default function DiffView({ corpus }: { corpus: Corpus }) {
  const [state, setState] = useDiffState();
  const names = useMemo(() => {
    const sources = new Map(corpus.sources.map((s) => [s.id, cutText(s.name)]));
    return new Map(corpus.articles.map((a) => [a.id, sources.get(a.sourceId) ?? a.sourceId]));
  }, [corpus]);
  const a = corpus.articles.find((x) => x.id === state.a) ?? corpus.articles[0];
  const b = corpus.articles.find((x) => x.id === state.b) ?? corpus.articles.find((x) => x.id !== a?.id);
  const alignment = a && b ? alignmentBetween(corpus.alignments, a.id, b.id) : null;
  const rows = useMemo(
    () => (a && b ? shownRows(diffRows(a, b, alignment, { threshold: state.min }), a, b, state.loose) : []),
    [a, b, alignment, state.min, state.loose],
  );
  const target = state.sentence;
  const targetIndex = useMemo(
    () =>
      target === null
        ? -1
        : rows.findIndex(({ row }) =>
            row.kind === 'pair' ? row.a.includes(target) : row.kind === 'only-a' && row.a === target,
          ),
    [rows, target],
  );
  useEffect(() => {
    if (targetIndex >= 0) jumpTo(targetIndex);
  }, [targetIndex]);

  if (!a || !b)
    return <p role="status">A comparison needs at least two articles; this corpus has {corpus.articles.length}.</p>;
  const aName = names.get(a.id) ?? a.id;
  const bName = names.get(b.id) ?? b.id;
  const shares = reuseShares(
    rows.map((r) => r.row),
    a,
    b,
  );
  const summary = `${percent(shares.bInA)} of B's sentences have a counterpart in A; ${percent(shares.aInB)} of A's have one in B.${alignment?.lineage ? ` The pipeline's reading: ${LINEAGE[alignment.lineage] ?? alignment.lineage}.` : ''}`;
  const visible = rows
    .map((shown, index) => ({ shown, index }))
    .filter(({ shown }) => !state.changes || shown.tone !== 'same');
  return (
    <section className="view view-wide" aria-labelledby="diff-title">
      <h2 id="diff-title">Compare two articles</h2>
      <DiffControls
        articles={corpus.articles}
        names={names}
        a={a.id}
        b={b.id}
        changes={state.changes}
        min={state.min}
        loose={state.loose}
        nway={state.nway}
        onChange={(patch) => void setState({ ...patch, sentence: null })}
      />
      {state.nway ? (
        <NWayTable
          pivot={a}
          others={corpus.articles.filter((x) => x.id !== a.id)}
          names={names}
          alignments={corpus.alignments}
          threshold={state.min}
        />
      ) : a.id === b.id ? (
        <p role="status">A and B are the same article: choose another B to compare.</p>
      ) : (
        <>
          <p className="diff-summary" role="status">
            {summary}
          </p>
          <DiffExports
            doc={() => ({ a, b, aName, bName, rows: visible.map((v) => v.shown.row), loose: state.loose, summary })}
            fileStem={`${a.id}-vs-${b.id}`}
          />
          <div className="diff-layout">
            <DiffTable
              key={`${a.id}~${b.id}`}
              firstRows={targetIndex + 1}
              a={a}
              b={b}
              aName={aName}
              bName={bName}
              rows={visible}
              supportsA={rowsBySentence(corpus, a.id)}
              supportsB={rowsBySentence(corpus, b.id)}
            />
            <OverviewStrip rows={visible.map((v) => v.shown)} onJump={(i) => jumpTo(visible[i]!.index)} />
          </div>
        </>
      )}
    </section>
  );
}
