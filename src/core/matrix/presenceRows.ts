import type { Corpus } from '../schema/corpus';
import type { Evidence, Row } from './types';
import { noPrototype, sentenceOf, type ArticleIndex } from './articleIndex';
import { wordTable } from '../text/wordTable';

const STANCE_LABEL = wordTable<string>({
  condemn: 'condemned',
  support: 'supported',
  concern: 'expressed concern',
  call_for_calm: 'called for calm',
  offer_help: 'offered help',
  blame: 'blamed',
  other: 'reacted',
});

/** A row for anything that some articles mention and others do not: reactions, quotes, entities. */
function presenceRow(
  base: Omit<Row, 'cells' | 'status' | 'articles' | 'spread' | 'firstSeen' | 'independent' | 'values'> & {
    independent?: number | undefined;
  },
  known: ReadonlySet<string>,
  spans: readonly (Evidence & { display: string })[],
): Row {
  const cells = noPrototype();
  const shown = new Map<string, string[]>();
  for (const span of spans) {
    if (!known.has(span.articleId)) continue;
    cells[span.articleId] ??= { articleId: span.articleId, status: 'reported', display: '', evidence: [] };
    cells[span.articleId]!.evidence.push({
      articleId: span.articleId,
      start: span.start,
      end: span.end,
      sentence: span.sentence,
    });
    const list = shown.get(span.articleId) ?? [];
    if (!list.includes(span.display)) list.push(span.display);
    shown.set(span.articleId, list);
  }
  for (const [articleId, list] of shown) {
    const cell = cells[articleId]!;
    const many = cell.evidence.length > 1 ? ` (${cell.evidence.length}×)` : '';
    cell.display = `${list.slice(0, 3).join(' / ')}${list.length > 3 ? ' …' : ''}${many}`;
  }
  const articles = Object.values(cells).filter((c) => c.status !== 'absent').length;
  // A row only one source carries says so in its cell, not just in the row header.
  if (articles === 1) for (const cell of Object.values(cells)) if (cell.status === 'reported') cell.status = 'single';
  return {
    ...base,
    cells,
    status: articles > 1 ? 'reported' : 'single',
    values: [],
    articles,
    spread: '',
    independent: base.independent ?? articles,
    firstSeen: 0,
  };
}

export function reactionRow(articles: ArticleIndex, known: ReadonlySet<string>, r: Corpus['reactions'][number]): Row {
  const spans = r.mentions.map((m) => ({
    ...m,
    sentence: m.sentence ?? sentenceOf(articles, m.articleId, m.start),
    display: m.quote ? `“${m.quote}”` : (STANCE_LABEL[r.stance] ?? r.stance),
  }));
  return {
    ...presenceRow(
      {
        id: r.id,
        kind: 'reaction',
        label: `${r.actor} ${STANCE_LABEL[r.stance] ?? r.stance}`,
        detail: `${r.country ?? r.organization ?? 'no country'} · ${(r.stanceDetail ?? r.stance).replace(/_/g, ' ')}${r.target ? ` · towards ${r.target}` : ''}`,
        independent: r.independent,
      },
      known,
      spans,
    ),
    ...(r.country ? { country: r.country } : {}),
  };
}

export function quoteRow(articles: ArticleIndex, known: ReadonlySet<string>, q: Corpus['quotes'][number]): Row {
  const spans = q.variants.map((v) => ({
    ...v,
    sentence: v.sentence ?? sentenceOf(articles, v.articleId, v.start),
    display: `“${v.text}”`,
  }));
  const first = q.variants[0]?.text ?? '';
  return presenceRow(
    {
      id: q.id,
      kind: 'quote',
      label: first.length > 70 ? `${first.slice(0, 68)}…` : first,
      detail: q.speaker ? `quote · ${q.speaker}` : 'quote · speaker not named',
      independent: q.independent,
    },
    known,
    spans,
  );
}

export function entityRow(articles: ArticleIndex, known: ReadonlySet<string>, e: Corpus['entities'][number]): Row {
  const text = (articleId: string, start: number, end: number) => articles.get(articleId)?.text.slice(start, end) ?? '';
  const spans = e.mentions.map((m) => ({
    ...m,
    sentence: sentenceOf(articles, m.articleId, m.start),
    display: text(m.articleId, m.start, m.end),
  }));
  // A person's role stays beside the name, as the articles give it ("foreign minister"), never glued to it.
  const detail = e.role ? `${e.kind} · ${e.role}` : e.kind;
  return presenceRow({ id: e.id, kind: 'entity', label: e.name, detail }, known, spans);
}
