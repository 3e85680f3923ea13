import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useGrowingLimit } from './useGrowingLimit';

describe('useGrowingLimit', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('draws the first rows at once, then a step per task until every row is drawn', () => {
    const { result } = renderHook(() => useGrowingLimit(1000, 200, 400));
    expect(result.current).toBe(200);
    act(() => vi.advanceTimersToNextTimer());
    expect(result.current).toBe(600);
    act(() => vi.advanceTimersToNextTimer());
    expect(result.current).toBe(1000);
    act(() => vi.runAllTimers());
    expect(result.current).toBe(1000);
  });

  it('schedules nothing when the first rows are all of them', () => {
    const { result } = renderHook(() => useGrowingLimit(50, 200, 400));
    expect(result.current).toBe(200);
    expect(vi.getTimerCount()).toBe(0);
  });
});
