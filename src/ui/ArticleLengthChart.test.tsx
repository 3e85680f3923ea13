import { render, screen } from '@testing-library/react';
import type { XAxisTickContentProps } from 'recharts';
import { describe, expect, it } from 'vitest';
import ArticleLengthChart, { FittedTick } from './ArticleLengthChart';

/** The label an axis tick shows (its text without the tooltip) and its tooltip. */
function tick(value: string, width: number, visibleTicksCount: number) {
  const text = render(
    <svg>
      {/* Only the props the tick reads; recharts passes many more. */}
      <FittedTick
        {...({ x: 10, y: 10, width, visibleTicksCount, payload: { value } } as unknown as XAxisTickContentProps)}
      />
    </svg>,
  ).container.querySelector('text')!;
  const shown = [...text.childNodes]
    .filter((n) => n.nodeType === Node.TEXT_NODE)
    .map((n) => n.textContent)
    .join('');
  return { shown, tooltip: text.querySelector('title')?.textContent };
}

describe('the article length chart', () => {
  it('cuts an axis label to the room of its bar and keeps the whole label as its tooltip', () => {
    // 600 px for 5 bars is 120 px a bar: room for 17 characters of the 12 px font.
    const { shown, tooltip } = tick('3. The Harbour Town Evening Chronicle', 600, 5);
    expect(shown).toBe('3. The Harbour T…');
    expect(tooltip).toBe('3. The Harbour Town Evening Chronicle');
  });

  it('leaves a label that fits as it is', () => {
    expect(tick('2. Wire', 600, 5).shown).toBe('2. Wire');
  });

  it('names both series in a key written as text', () => {
    render(<ArticleLengthChart data={[{ label: '1. Wire', words: 300, sentences: 12 }]} />);
    const key = screen.getByRole('list');
    expect(key).toHaveTextContent('Words');
    expect(key).toHaveTextContent('Sentences');
  });
});
