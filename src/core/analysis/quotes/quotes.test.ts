import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../pipeline/buildCorpus';

const corpusOf = (...texts: string[]) =>
  buildCorpus(
    texts.map((t, i) => ({ name: `a${i}.txt`, bytes: new TextEncoder().encode(t) })),
    { id: 't', title: 'T' },
  ).corpus;

const speakerOf = (corpus: ReturnType<typeof corpusOf>, words: string) =>
  corpus.quotes.find((q) => q.variants.some((v) => v.text.includes(words)))?.speaker;

describe('quote speakers', () => {
  it('reads the subject of the reporting verb for a partial quote inside the sentence', () => {
    const corpus = corpusOf(
      'At the assembly, Secretary General Odile Marchetti called the new fence “shameful.” ' +
        'Later, the U.S. envoy Mara Lind accused the U.S. of “bullying.” ' +
        'Earlier on Tuesday, state radio warned the council of “meddling” in the vote. ' +
        'Interior Minister Jon Arvo said on Monday the town hall had been cleared of “looters”.',
    );
    expect(speakerOf(corpus, 'shameful')).toBe('Odile Marchetti');
    expect(speakerOf(corpus, 'bullying')).toBe('Mara Lind');
    expect(speakerOf(corpus, 'meddling')).toBe('state radio');
    expect(speakerOf(corpus, 'looters')).toBe('Jon Arvo');
  });

  it('never takes the conjunction after a quote for its speaker', () => {
    const corpus = corpusOf(
      'Foreign Minister Ana Vidal called the leak “deeply worrying” and urged regulators to act.',
    );
    expect(speakerOf(corpus, 'deeply worrying')).not.toBe('and');
  });

  it('never takes the capitalised "States" of a name for the verb "states"', () => {
    const corpus = corpusOf('The United States said it was “deeply concerned” by the verdict.');
    expect(speakerOf(corpus, 'deeply concerned')).not.toBe('United');
  });

  it('never gives the words of "they" to the last person named', () => {
    const corpus = corpusOf(
      'The army said Mayor Ilse Varga was safe. They also said that she was “unhurt and at work”.',
    );
    expect(speakerOf(corpus, 'unhurt')).not.toBe('Ilse Varga');
  });

  it('reads British single quotes, with apostrophes inside them', () => {
    const corpus = corpusOf('Mayor Ilse Varga said: ‘It’s not the time to give up on the bridge.’ The council agreed.');
    const quote = corpus.quotes.find((q) => q.variants[0]!.text.startsWith('It’s not the time'));
    expect(quote?.variants[0]!.text).toBe('It’s not the time to give up on the bridge.');
    expect(quote?.speaker).toBe('Ilse Varga');
  });

  it('runs a quote left open to the end of its paragraph, and the next paragraph’s quote keeps the speaker', () => {
    const corpus = corpusOf(
      'Mayor Ilse Varga told the council that the town was "ready to rebuild the bridge by spring.\n\n' +
        '"We will need every crane in the valley and every hand in the town to do it," the mayor added later.\n\n' +
        '"Nobody will be left behind in the cold this winter.\n\nThe council voted on Friday.',
    );
    expect(corpus.quotes.some((q) => q.variants.some((v) => v.text.startsWith('ready to rebuild the bridge')))).toBe(
      true,
    );
    expect(speakerOf(corpus, 'every crane')).toBe('Ilse Varga');
    expect(speakerOf(corpus, 'Nobody will be left')).toBe('Ilse Varga');
  });
});

describe('speakers in apposition', () => {
  it('reads "X, the minister, said:" and "the minister, X, said:" before a quote as X', () => {
    const corpus = corpusOf(
      'Kofi Adu, the trade minister, told reporters: “These duties are a heavy blow to our farmers.”',
      'The foreign minister, Ana Vidal, said: “We will answer these duties within the week.”',
    );
    expect(speakerOf(corpus, 'heavy blow')).toBe('Kofi Adu');
    expect(speakerOf(corpus, 'answer these duties')).toBe('Ana Vidal');
  });
});

describe('straight single quotation marks', () => {
  it('reads them as quotes in an article that has no double marks, and leaves apostrophes alone', () => {
    const corpus = corpusOf(
      "'We will not back down,' said Interior Minister Jan Vos. The protesters' demands were not met, and it's the '90s again. He added: 'The border stays closed.'",
    );
    expect(corpus.quotes.map((q) => q.variants[0]!.text)).toEqual([
      'We will not back down',
      'The border stays closed.',
    ]);
    expect(speakerOf(corpus, 'back down')).toBe('Jan Vos');
  });

  it('leaves them to apostrophes and inner quotes where the article quotes with double marks', () => {
    const corpus = corpusOf("“The mayor's 'plan' will fail,” said Eva Lind. It's late.");
    expect(corpus.quotes.map((q) => q.variants[0]!.text)).toEqual(["The mayor's 'plan' will fail"]);
  });
});

describe('a quote inside its sentence', () => {
  it('is not attributed by the words after it when they go on with the sentence', () => {
    const corpus = corpusOf(
      'Foreign Minister Ana Vidal said Chile “strongly condemns” the verdict and called for a new trial.',
    );
    expect(speakerOf(corpus, 'strongly condemns')).toBe('Ana Vidal');
  });
});
