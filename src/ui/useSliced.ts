import { startTransition, useEffect, useMemo, useState } from 'react';

/** A result being built: its value when done, else how far it has come (null before the first pause). */
export type Sliced<P, R> = { done: true; value: R } | { done: false; progress: P | null };

/** Runs a generator until it ends or the time budget is spent. */
function runFor<P, R>(steps: Generator<P, R>, budgetMs: number): Sliced<P, R> {
  const until = performance.now() + budgetMs;
  for (;;) {
    const step = steps.next();
    if (step.done) return { done: true, value: step.value };
    if (performance.now() >= until) return { done: false, progress: step.value };
  }
}

/**
 * Builds `build(input)` on the page's main thread in slices of at most `budgetMs`, one task each,
 * so a large build never holds the page (a browser counts a task over 50 ms as long, and the
 * matrix of a 5,000-article corpus took half a second in one). What fits in the first slice is
 * ready in the same render, so a small corpus never shows a building state. `build` must be a
 * stable function (a module's export), since a new one starts the work again.
 */
export function useSliced<T, P, R>(input: T, build: (input: T) => Generator<P, R>, budgetMs = 40): Sliced<P, R> {
  const first = useMemo(() => {
    const steps = build(input);
    return { steps, state: runFor(steps, budgetMs) };
  }, [input, build, budgetMs]);
  const [later, setLater] = useState<{ of: typeof first; state: Sliced<P, R> } | null>(null);
  useEffect(() => {
    if (first.state.done) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const slice = () => {
      const state = runFor(first.steps, budgetMs);
      // A transition, so React draws what the result shows in pauseable pieces too: drawn at once, the
      // matrix of a 5,000-article corpus held the page for 200 ms after the last slice.
      startTransition(() => setLater({ of: first, state }));
      if (!state.done) timer = setTimeout(slice, 0);
    };
    timer = setTimeout(slice, 0);
    return () => clearTimeout(timer);
  }, [first, budgetMs]);
  return later?.of === first ? later.state : first.state;
}
