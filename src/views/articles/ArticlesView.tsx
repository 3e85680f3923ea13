import { isEnglish } from '../../core/ingest/english';
import { useMemo, useState } from 'react';
import { articleListing } from '../../core/overview/articleStats';
import { httpUrl } from '../../core/text/httpUrl';
import { articleMarks, type Mark, type MarkKind } from '../../core/reader/marks';
import type { Corpus } from '../../core/schema/corpus';
import { useReaderLocation } from '../../url/viewState';
import { useAppHref } from '../../url/links';
import { ArticleText } from './ArticleText';
import { MarkLegend } from './MarkLegend';
import { cutText } from '../../core/text/cutText';

const ALL_KINDS: MarkKind[] = ['entity', 'fact', 'quote', 'reaction'];

/** Entity marks say the person's role too ("person: Ana Ruiz, Foreign Minister"). */
function withRoles(corpus: Corpus, marks: Mark[]): Mark[] {
  const roles = new Map(corpus.entities.filter((e) => e.role).map((e) => [`${e.kind}: ${e.name}`, e.role!]));
  if (roles.size === 0) return marks;
  return marks.map((m) => {
    const role = m.kind === 'entity' ? roles.get(m.label) : undefined;
    return role ? { ...m, label: `${m.label}, ${role}` } : m;
  });
}

export default function ArticlesView({ corpus }: { corpus: Corpus }) {
  const [{ article: articleParam, sentence }, setLocation] = useReaderLocation();
  const href = useAppHref();
  const [shown, setShown] = useState<ReadonlySet<MarkKind>>(() => new Set(ALL_KINDS));
  const stats = useMemo(() => articleListing(corpus), [corpus]);
  const article =
    corpus.articles.find((a) => a.id === articleParam) ?? corpus.articles.find((a) => a.id === stats[0]?.id);
  const marks = useMemo(() => (article ? withRoles(corpus, articleMarks(corpus, article.id)) : []), [corpus, article]);
  // Kept between renders: the reader indexes the marks by sentence again whenever this changes.
  const shownMarks = useMemo(() => marks.filter((m) => shown.has(m.kind)), [marks, shown]);

  if (!article) {
    return (
      <section className="view" aria-labelledby="reader-title">
        <h2 id="reader-title">Articles</h2>
        <p role="status">This corpus has no articles to read.</p>
      </section>
    );
  }
  const source = corpus.sources.find((s) => s.id === article.sourceId);
  // A corpus built elsewhere or before ingest checked addresses may still hold a javascript: one.
  const originalUrl = httpUrl(article.url);
  const counts = Object.fromEntries(ALL_KINDS.map((k) => [k, marks.filter((m) => m.kind === k).length])) as Record<
    MarkKind,
    number
  >;
  const toggle = (kind: MarkKind) =>
    setShown((current) => {
      const next = new Set(current);
      if (next.has(kind)) next.delete(kind);
      else next.add(kind);
      return next;
    });
  const validSentence = sentence !== null && sentence >= 0 && sentence < article.sentences.length ? sentence : null;

  return (
    <div className="reader">
      <nav aria-label="Articles" className="reader-list">
        <h2 className="small-heading">Articles</h2>
        <ul>
          {stats.map((s) => (
            <li key={s.id}>
              <a
                href={href({ view: 'articles', article: s.id })}
                aria-current={s.id === article.id ? 'page' : undefined}
                onClick={(event) => {
                  event.preventDefault();
                  void setLocation({ article: s.id, sentence: null });
                }}
              >
                <span className="reader-list-source">{s.source ? cutText(s.source.name) : 'Unknown source'}</span>
                <span className="reader-list-title">{s.title}</span>
                <span className="muted small">{s.date ?? 'no date'}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <article className="reader-article" aria-labelledby="reader-title">
        <header>
          <h2 id="reader-title">{article.title}</h2>
          <p className="muted">
            {source?.name ?? 'Unknown source'} · {article.date ?? 'no date'} · {article.sentences.length} sentences ·{' '}
            <code>{article.id}</code>
            {originalUrl && (
              <>
                {' · '}
                <a href={originalUrl} rel="noreferrer noopener" target="_blank">
                  original
                </a>
              </>
            )}
          </p>
          {!isEnglish(article.language) && (
            <p className="notice-inline">
              This article is not in English (language code <code>{article.language}</code>): it is kept and can be read
              here, but names, figures, quotes, reactions and text reuse are only read from English articles, so it has
              no marks.
            </p>
          )}
          {validSentence !== null && (
            <p className="muted small" role="status">
              Sentence {validSentence + 1} of {article.sentences.length} is selected.{' '}
              <a href={href({ view: 'articles', article: article.id, sentence: validSentence })}>
                Link to this sentence
              </a>
            </p>
          )}
          <MarkLegend counts={counts} shown={shown} onToggle={toggle} />
        </header>
        <ArticleText
          article={article}
          marks={shownMarks}
          selected={validSentence}
          onSelect={(index) => {
            void setLocation({ article: article.id, sentence: index });
          }}
        />
        {article.removed.length > 0 && (
          <details className="removed">
            <summary>Removed while cleaning ({article.removed.length} lines)</summary>
            <ul>
              {article.removed.map((r) => (
                <li key={`${r.line}-${r.text}`}>
                  <span className="badge">{r.kind}</span> line {r.line}: <q>{r.text}</q>
                </li>
              ))}
            </ul>
          </details>
        )}
      </article>
    </div>
  );
}
