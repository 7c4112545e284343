import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { usePausedSession } from '../../../../src/features/exercise/face/use-paused-session';
import { resetAppStore, useAppStore } from '../../../../src/store/store';

const state = () => useAppStore.getState();
beforeEach(() => resetAppStore());

describe('usePausedSession', () => {
  it('follows the exercise step by step while it is paused', () => {
    const { result } = renderHook(() => usePausedSession());
    act(() => state().nextPhase());
    expect(result.current).toBe(state().session);
  });

  it('stands still while auto-training runs and catches up when it pauses', () => {
    const { result } = renderHook(() => usePausedSession());
    const before = state().session;
    act(() => {
      useAppStore.setState({ running: true });
      state().completeIteration();
      state().completeIteration();
    });
    expect(state().session).not.toBe(before);
    expect(result.current).toBe(before);
    act(() => useAppStore.setState({ running: false }));
    expect(result.current).toBe(state().session);
  });
});
