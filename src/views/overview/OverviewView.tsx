import { lazy, Suspense } from 'react';
import { articleStatsSteps, corpusSummary, type ArticleStats } from '../../core/overview/articleStats';
import { lengthBars } from '../../core/overview/lengthBuckets';
import { isSkip, type Corpus, type Problem } from '../../core/schema/corpus';
import { cutText } from '../../core/text/cutText';
import { useSliced } from '../../ui/useSliced';
import { ArticlesTable } from './ArticlesTable';
import { SourcesTable } from './SourcesTable';
import { WorthALook } from './WorthALook';

// recharts is large: the chart loads after the tables are on screen.
const ArticleLengthChart = lazy(() => import('../../ui/ArticleLengthChart'));

const number = new Intl.NumberFormat('en-US');

/** "2 input file(s) could not be used · 1 warning(s)": a warning's article is in the corpus. */
function problemsLine(problems: readonly Problem[]): string {
  const skipped = problems.filter(isSkip).length;
  const warnings = problems.length - skipped;
  const parts = [skipped > 0 && `${skipped} input file(s) could not be used`, warnings > 0 && `${warnings} warning(s)`];
  return parts.filter(Boolean).join(' · ');
}

const NO_STATS: ArticleStats[] = [];

export default function OverviewView({ corpus }: { corpus: Corpus }) {
  // Counted in slices: a large corpus's word counts would hold the page in one long task.
  const counted = useSliced(corpus, articleStatsSteps);
  const stats = counted.done ? counted.value : NO_STATS;
  const summary = corpusSummary(corpus, stats);
  if (corpus.articles.length === 0) {
    return (
      <section aria-labelledby="overview-title" className="view">
        <h2 id="overview-title">Overview</h2>
        <p role="status">
          This corpus has no articles. Build one with `npx parallax build &lt;folder&gt; --out corpus.json`.
        </p>
      </section>
    );
  }
  if (!counted.done)
    return (
      <section aria-labelledby="overview-title" className="view">
        <h2 id="overview-title">Overview</h2>
        <p role="status">
          Counting the articles
          {counted.progress
            ? `: ${counted.progress.done.toLocaleString('en-US')} of ${counted.progress.total.toLocaleString('en-US')}`
            : ''}
          …
        </p>
      </section>
    );
  const titleOf = (id: string) => cutText(stats.find((s) => s.id === id)?.source?.name ?? id);
  const chart = lengthBars(
    stats.map((s, i) => ({
      label: `${i + 1}. ${s.source?.name ?? s.id}`,
      words: s.words,
      sentences: s.sentences,
    })),
  );
  const dates = summary.firstDate
    ? summary.firstDate === summary.lastDate
      ? summary.firstDate
      : `${summary.firstDate} to ${summary.lastDate}`
    : 'no dates';
  return (
    <section aria-labelledby="overview-title" className="view">
      <h2 id="overview-title">Overview</h2>
      <dl className="summary">
        <div>
          <dt>Articles</dt>
          <dd>{summary.articles}</dd>
        </div>
        <div>
          <dt>Sources</dt>
          <dd>{summary.sources}</dd>
        </div>
        <div>
          <dt>Words</dt>
          <dd>{number.format(summary.words)}</dd>
        </div>
        <div>
          <dt>Dates</dt>
          <dd>
            {dates}
            {summary.undated > 0 && <span className="muted small"> ({summary.undated} undated)</span>}
          </dd>
        </div>
      </dl>
      {(corpus.problems?.length ?? 0) > 0 && (
        <details className="problems">
          <summary>{problemsLine(corpus.problems!)}</summary>
          <ul>
            {corpus.problems!.map((p) => (
              <li key={`${p.file}-${p.record ?? ''}`}>
                <code>{p.file}</code>
                {p.record !== undefined && ` record ${p.record}`}: {isSkip(p) ? '' : 'warning: '}
                {p.message}
              </li>
            ))}
          </ul>
        </details>
      )}
      <h3>Worth a look first</h3>
      <WorthALook corpus={corpus} titleOf={titleOf} />
      <h3>Sources</h3>
      <SourcesTable corpus={corpus} />
      <h3>Article length</h3>
      <figure className="chart" aria-label="Words and sentences per article">
        <Suspense fallback={<p className="muted">Loading the chart…</p>}>
          <ArticleLengthChart data={chart.bars} />
        </Suspense>
        <figcaption className="muted small">
          {chart.grouped === 1
            ? 'Words (left axis) and sentences (right axis) per article, oldest first.'
            : `Average words (left axis) and sentences (right axis) of each ${chart.grouped} consecutive articles, oldest first.`}
        </figcaption>
      </figure>
      <h3>Articles</h3>
      <ArticlesTable stats={stats} />
    </section>
  );
}
