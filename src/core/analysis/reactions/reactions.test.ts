import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../pipeline/buildCorpus';

const corpusOf = (...texts: string[]) =>
  buildCorpus(
    texts.map((t, i) => ({ name: `a${i}.txt`, bytes: new TextEncoder().encode(`date: 2023-05-02\n\n${t}`) })),
    { id: 't', title: 'T' },
  ).corpus;

describe('reactions', () => {
  const corpus = corpusOf(
    'A bomb attack hit a market in Lagos on Monday. Nigeria was shaken. France, Kenya and Japan condemned the attack.',
    'Kenyan President Ruth Wanjiku called for calm. Canada offered its assistance to investigators. Officials in Brazil were briefed.',
    'The Ghanaian foreign minister Kofi Mensah denounced the election outcome as a fraud.',
  );
  const summary = corpus.reactions.map((r) => `${r.country} ${r.stance} ${r.actor}`).sort();

  it('gives one reaction per coordinated country and finds the stance', () => {
    expect(summary).toEqual(
      expect.arrayContaining([
        'FR condemn France',
        'KE condemn Kenya',
        'JP condemn Japan',
        'CA offer_help Canada',
        'KE call_for_calm Ruth Wanjiku',
      ]),
    );
  });

  it('does not count a country that is only mentioned, or a reaction to something else', () => {
    expect(summary.some((s) => s.startsWith('BR '))).toBe(false);
    expect(summary.some((s) => s.startsWith('GH '))).toBe(false);
    expect(summary.filter((s) => s.startsWith('NG '))).toEqual([]);
  });

  it('points each mention at the sentence that reports it', () => {
    for (const reaction of corpus.reactions)
      for (const m of reaction.mentions) {
        const article = corpus.articles.find((a) => a.id === m.articleId)!;
        expect(article.sentences.some((s) => s.start === m.start && s.end === m.end)).toBe(true);
      }
  });
});

describe('quotes', () => {
  const corpus = corpusOf(
    'The mayor, Ana Lopez, said: “We will rebuild the bridge quickly and safely.” Crowds cheered.',
    '“We will rebuild this bridge quickly and safely,” Lopez told reporters. She added that funds were ready.',
    '“Nothing will change,” said a local shopkeeper.',
  );

  it('groups two wordings of one statement and names the speaker', () => {
    const group = corpus.quotes.find((q) => q.variants.length === 2);
    expect(group?.speaker).toBe('Ana Lopez');
    expect(group?.variants.map((v) => v.articleId)).toEqual(['a0', 'a1']);
    for (const v of group!.variants)
      expect(corpus.articles.find((a) => a.id === v.articleId)!.text.slice(v.start, v.end)).toBe(v.text);
  });

  it('keeps a described speaker when no name is given', () => {
    expect(corpus.quotes.find((q) => q.variants[0]?.text === 'Nothing will change')?.speaker).toBe('local shopkeeper');
  });
});
