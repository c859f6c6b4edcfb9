import { useEffect, useRef, useState } from 'react';
import { REAL_CLOCK, clockNow, remainingMs } from '../../../shared/presentation/clock';
import { currentItem } from '../../../shared/presentation/agenda';
import type { PresentationState } from '../../../shared/presentation/model';

/**
 * "Now" on the presentation clock, repainted a few times a second while a countdown runs (every window computes the
 * same countdown from the stored instants; nothing ticks in the state). Stops repainting while nothing runs.
 */
export function useClockNow(state: PresentationState | null | undefined): number {
  const clock = state?.clock ?? REAL_CLOCK;
  const running =
    !!(state?.timer && state.timer.endsAt !== null) || !!(state?.agenda && state.agenda.countdown.endsAt !== null);
  const [real, setReal] = useState(() => Date.now());
  useEffect(() => {
    setReal(Date.now());
    if (!running) return;
    // Four repaints per shown second, faster only under the test-only time scale.
    const every = Math.max(40, Math.min(250, 250 / clock.scale));
    const id = setInterval(() => setReal(Date.now()), every);
    return () => clearInterval(id);
  }, [running, clock.scale, state?.seq]);
  return clockNow(clock, Math.max(real, Date.now() - 1000));
}

/** Size class for a countdown's text: hours or an overtime sign make it longer, and large digits must still fit. */
export function digitsClass(text: string): string {
  return text.length >= 7 ? 'is-long' : text.length === 6 ? 'is-wide' : '';
}

/** A timebox that reached zero while this window watched it (never one already over when the window opened). */
export interface TimeboxEnd {
  kind: 'timer' | 'agenda';
  title: string;
}

/**
 * Calls `onEnd` once when the timer or the current agenda item crosses zero. Each timebox is tracked by its own key
 * (a timer's start, an item's log row), so "+5 min" that ends later chimes again, and a reload in overtime does not.
 */
export function useTimeboxEnds(
  state: PresentationState | null | undefined,
  now: number,
  onEnd: (end: TimeboxEnd) => void,
): void {
  const last = useRef(new Map<string, number>());
  const handler = useRef(onEnd);
  handler.current = onEnd;
  useEffect(() => {
    const seen = new Map<string, number>();
    const check = (key: string, remaining: number, end: TimeboxEnd) => {
      const before = last.current.get(key);
      if (before !== undefined && before > 0 && remaining <= 0) handler.current(end);
      seen.set(key, remaining);
    };
    if (state?.timer)
      check(`timer:${state.timer.startedAt}`, remainingMs(state.timer, now), { kind: 'timer', title: '' });
    if (state?.agenda)
      check(`agenda:${state.agenda.logId}`, remainingMs(state.agenda.countdown, now), {
        kind: 'agenda',
        title: currentItem(state.agenda).title,
      });
    last.current = seen;
  }, [state, now]);
}
