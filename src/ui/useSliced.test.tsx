import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSliced } from './useSliced';

function* countTo(n: number): Generator<number, string> {
  for (let i = 1; i <= n; i++) yield i;
  return `counted to ${n}`;
}

describe('useSliced', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('gives progress while the build runs a slice per task, then its value', () => {
    const { result } = renderHook(() => useSliced(3, countTo, 0));
    expect(result.current).toEqual({ done: false, progress: 1 });
    act(() => vi.advanceTimersToNextTimer());
    expect(result.current).toEqual({ done: false, progress: 2 });
    act(() => vi.advanceTimersToNextTimer());
    act(() => vi.advanceTimersToNextTimer());
    expect(result.current).toEqual({ done: true, value: 'counted to 3' });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('gives the value in the first render when it fits the budget, and schedules nothing', () => {
    const { result } = renderHook(() => useSliced(3, countTo, 10_000));
    expect(result.current).toEqual({ done: true, value: 'counted to 3' });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('starts again for a new input and never shows the old input’s value', () => {
    const { result, rerender } = renderHook(({ n }) => useSliced(n, countTo, 0), { initialProps: { n: 2 } });
    act(() => vi.runAllTimers());
    expect(result.current).toEqual({ done: true, value: 'counted to 2' });
    rerender({ n: 4 });
    expect(result.current).toEqual({ done: false, progress: 1 });
    act(() => vi.runAllTimers());
    expect(result.current).toEqual({ done: true, value: 'counted to 4' });
  });
});
