/**
 * Notices a SumSub frame that never becomes ready (blocked, offline, a page that never loads), so the
 * field can say so and offer Retry instead of leaving a blank area.
 */
import { useCallback, useEffect, useState } from 'react';

/** How long a frame may take to show a sign of life: the customer hears of it well within 20 seconds. */
const FRAME_READY_TIMEOUT_MS = 15_000;

export interface UseFrameReadinessResult {
  /** True once `timeoutMs` passed after `attempt` started with no sign of life. */
  stalled: boolean;
  /** Call on any message from the frame. Stable. */
  markAlive: () => void;
}

/**
 * @example
 * const { stalled, markAlive } = useFrameReadiness(attempt);
 * <SumsubFrame key={attempt} onMessage={(type) => { markAlive(); … }} />
 */
export function useFrameReadiness(
  attempt: string | number,
  timeoutMs = FRAME_READY_TIMEOUT_MS,
): UseFrameReadinessResult {
  const [state, setState] = useState({ attempt, alive: false, stalled: false });
  const current = state.attempt === attempt ? state : { attempt, alive: false, stalled: false };
  if (current !== state) setState(current);

  const waiting = !current.alive && !current.stalled;
  useEffect(() => {
    if (!waiting) return;
    const timer = setTimeout(
      () => setState((prev) => (prev.attempt === attempt && !prev.alive ? { ...prev, stalled: true } : prev)),
      timeoutMs,
    );
    return () => clearTimeout(timer);
  }, [waiting, attempt, timeoutMs]);

  const markAlive = useCallback(
    () => setState((prev) => (prev.alive && !prev.stalled ? prev : { ...prev, alive: true, stalled: false })),
    [],
  );
  return { stalled: current.stalled, markAlive };
}
