import type { Article, Corpus, Reaction } from '../schema/corpus';

/** A made-up corpus for the reactions tests: three articles from two outlets, four countries. */
function article(id: string, sourceId: string, sentences: string[]): Article {
  let at = 0;
  const ranges = sentences.map((s) => {
    const range = { start: at, end: at + s.length };
    at += s.length + 1;
    return range;
  });
  return {
    id,
    sourceId,
    credits: [],
    date: null,
    title: `Title ${id}`,
    url: null,
    language: 'en',
    text: sentences.join(' '),
    paragraphs: [{ start: 0, end: at - 1 }],
    sentences: ranges,
    removed: [],
  };
}

const a1 = article('a1', 'wire', ['First sentence.', 'France condemned it.', 'Japan urged calm.']);
const a2 = article('a2', 'paper', ['France condemned it too.', 'Malta offered help.']);
const a3 = article('a3', 'paper', ['France is concerned.']);

const mention = (a: Article, sentence: number, quote?: string) => {
  const range = a.sentences[sentence]!;
  return { articleId: a.id, start: range.start, end: range.end, sentence, ...(quote ? { quote } : {}) };
};

const reactions: Reaction[] = [
  {
    id: 'fr-gov-condemn',
    country: 'FR',
    actor: 'French government',
    actorKind: 'government',
    stance: 'condemn',
    mentions: [mention(a1, 1, '=HYPERLINK("x")'), mention(a2, 0)],
    independent: 2,
  },
  {
    id: 'fr-min-concern',
    country: 'FR',
    actor: 'Foreign minister',
    actorKind: 'official',
    stance: 'concern',
    mentions: [mention(a3, 0)],
  },
  { id: 'jp-calm', country: 'JP', actor: 'Japan', stance: 'call_for_calm', mentions: [mention(a1, 2)], independent: 1 },
  {
    id: 'mt-help',
    country: 'MT',
    actor: 'Malta',
    actorKind: 'government',
    stance: 'offer_help',
    mentions: [mention(a2, 1)],
    independent: 1,
  },
];

export const testCorpus: Corpus = {
  schemaVersion: '1.0.0',
  id: 'test',
  title: 'Test',
  hash: 'h',
  sources: [
    { id: 'wire', name: 'A Wire', kind: 'wire', evidence: [] },
    { id: 'paper', name: 'A Paper', kind: 'outlet', evidence: [] },
  ],
  articles: [a1, a2, a3],
  entities: [],
  facts: [],
  quotes: [],
  reactions,
  alignments: [],
};
