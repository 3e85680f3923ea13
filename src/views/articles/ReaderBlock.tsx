import type { MouseEvent, Ref } from 'react';
import type { Mark } from '../../core/reader/marks';
import type { Article } from '../../core/schema/corpus';
import { SentenceText } from './SentenceText';

export type BlockProps = {
  article: Article;
  /** The sentences of this paragraph, by index. */
  sentences: ArrayLike<number>;
  /** The marks of each sentence, by sentence index. */
  marksOf: readonly (readonly Mark[] | undefined)[];
  selected: number | null;
  selectedRef: Ref<HTMLAnchorElement>;
  href: (sentence: number) => string;
  onSelect: (sentence: number) => void;
};

/** One paragraph; each sentence is a link to itself, so it can be focused, opened and shared. */
export function ReaderBlock({ article, sentences, marksOf, selected, selectedRef, href, onSelect }: BlockProps) {
  const click = (index: number) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    onSelect(index);
  };
  return (
    <p>
      {Array.from(sentences, (index) => {
        const isSelected = index === selected;
        return (
          <span key={index}>
            <a
              id={`sentence-${index}`}
              href={href(index)}
              className={isSelected ? 'sentence selected' : 'sentence'}
              aria-current={isSelected ? 'location' : undefined}
              ref={isSelected ? selectedRef : undefined}
              onClick={click(index)}
              aria-label={isSelected ? `Sentence ${index + 1} (selected)` : undefined}
            >
              <SentenceText text={article.text} range={article.sentences[index]!} marks={marksOf[index] ?? []} />
            </a>{' '}
          </span>
        );
      })}
    </p>
  );
}
