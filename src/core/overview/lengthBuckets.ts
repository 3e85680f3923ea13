/** Above this many articles the length chart shows averages of consecutive articles instead of one bar each. */
export const MAX_BARS = 60;

export type LengthBar = { label: string; words: number; sentences: number };

/**
 * One bar per article while there are few; past `max`, articles in date order are grouped into
 * `max` runs of consecutive articles, each bar their rounded average and labelled with its range
 * ("51–100"). 5,000 bars and tick labels took recharts seconds to draw and could not be read.
 */
export function lengthBars(
  articles: readonly { label: string; words: number; sentences: number }[],
  max = MAX_BARS,
): { bars: LengthBar[]; grouped: number } {
  if (articles.length <= max) return { bars: [...articles], grouped: 1 };
  const size = Math.ceil(articles.length / max);
  const bars: LengthBar[] = [];
  for (let at = 0; at < articles.length; at += size) {
    const run = articles.slice(at, at + size);
    const mean = (pick: (a: LengthBar) => number) => Math.round(run.reduce((s, a) => s + pick(a), 0) / run.length);
    bars.push({
      label: `${at + 1}–${at + run.length}`,
      words: mean((a) => a.words),
      sentences: mean((a) => a.sentences),
    });
  }
  return { bars, grouped: size };
}
