import type { Article, Corpus, Fact } from '../schema/corpus';

/** A made-up corpus for the review tests: three articles of one day, a conflicting count, two names for one person. */
function article(id: string, text: string): Article {
  return {
    id,
    sourceId: `src-${id}`,
    credits: [],
    date: '2030-03-04',
    title: `Title ${id}`,
    url: null,
    language: 'en',
    text,
    paragraphs: [{ start: 0, end: text.length }],
    sentences: [{ start: 0, end: text.length }],
    removed: [],
  };
}

const texts = {
  a1: 'Five boats sank near Port Vale, Dana Ruiz said.',
  a2: 'Five boats sank, according to D. Ruiz.',
  a3: 'Nine boats sank near Port Vale.',
};
const at = (id: keyof typeof texts, word: string) => {
  const start = texts[id].indexOf(word);
  return { articleId: id, start, end: start + word.length };
};
const value = (id: keyof typeof texts, word: string, n: number): Fact['values'][number] => ({
  ...at(id, word),
  value: n,
  text: word,
  sentence: 0,
});

export function reviewTestCorpus(): Corpus {
  return {
    schemaVersion: '1.1.0',
    id: 'boats',
    title: 'Boats',
    hash: 'sha256:test',
    sources: (['a1', 'a2', 'a3'] as const).map((id) => ({
      id: `src-${id}`,
      name: `Paper ${id}`,
      kind: 'outlet' as const,
      evidence: [],
    })),
    articles: (['a1', 'a2', 'a3'] as const).map((id) => article(id, texts[id])),
    entities: [
      {
        id: 'person-dana-ruiz',
        kind: 'person',
        name: 'Dana Ruiz',
        variants: ['Dana Ruiz'],
        mentions: [at('a1', 'Dana Ruiz')],
      },
      { id: 'person-d-ruiz', kind: 'person', name: 'D. Ruiz', variants: ['D. Ruiz'], mentions: [at('a2', 'D. Ruiz')] },
      {
        id: 'place-port-vale',
        kind: 'place',
        name: 'Port Vale',
        variants: ['Port Vale', 'Vale'],
        mentions: [at('a1', 'Port Vale'), { articleId: 'a3', start: 26, end: 30 }],
      },
    ],
    facts: [
      {
        id: 'count-boats-sank',
        label: 'boats sank',
        kind: 'quantity',
        unit: 'boats',
        status: 'conflict',
        values: [value('a1', 'Five', 5), value('a2', 'Five', 5), value('a3', 'Nine', 9)],
        independent: 3,
      },
      { id: 'count-crew', label: 'crew', kind: 'quantity', status: 'single', values: [value('a3', 'Nine', 9)] },
    ],
    quotes: [
      {
        id: 'quote-1',
        speaker: 'D. Ruiz',
        speakerEntityId: 'person-d-ruiz',
        variants: [{ ...at('a2', 'Five boats sank'), text: 'Five boats sank', sentence: 0 }],
        independent: 1,
      },
    ],
    reactions: [
      {
        id: 'reaction-xy-gov-concern',
        country: 'XY',
        actor: 'Government of Xy',
        stance: 'concern',
        stanceDetail: 'worry',
        mentions: [
          { ...at('a1', 'Five boats sank'), sentence: 0 },
          { ...at('a3', 'Nine boats sank'), sentence: 0 },
        ],
        independent: 2,
      },
    ],
    alignments: [],
  };
}
