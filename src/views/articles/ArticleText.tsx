import { useEffect, useRef, type MouseEvent } from 'react';
import type { Mark } from '../../core/reader/marks';
import type { Article } from '../../core/schema/corpus';
import { useAppHref } from '../../url/links';
import { SentenceText } from './SentenceText';

type Props = {
  article: Article;
  marks: readonly Mark[];
  selected: number | null;
  onSelect: (sentence: number) => void;
};

/** Paragraphs of sentences; each sentence is a link to itself, so it can be focused, opened and shared. */
export function ArticleText({ article, marks, selected, onSelect }: Props) {
  const href = useAppHref();
  const selectedRef = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    const element = selectedRef.current;
    if (!element) return;
    element.scrollIntoView?.({ block: 'center' });
    element.focus({ preventScroll: true });
  }, [article.id, selected]);

  const click = (index: number) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    onSelect(index);
  };

  return (
    <div className="article-text">
      {article.paragraphs.map((paragraph, p) => (
        <p key={p}>
          {article.sentences.map((sentence, index) => {
            if (sentence.start < paragraph.start || sentence.end > paragraph.end) return null;
            const isSelected = index === selected;
            return (
              <span key={index}>
                <a
                  id={`sentence-${index}`}
                  href={href({ view: 'articles', article: article.id, sentence: index })}
                  className={isSelected ? 'sentence selected' : 'sentence'}
                  aria-current={isSelected ? 'location' : undefined}
                  ref={isSelected ? selectedRef : undefined}
                  onClick={click(index)}
                  aria-label={isSelected ? `Sentence ${index + 1} (selected)` : undefined}
                >
                  <SentenceText text={article.text} range={sentence} marks={marks} />
                </a>{' '}
              </span>
            );
          })}
        </p>
      ))}
    </div>
  );
}
