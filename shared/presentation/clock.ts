import { z } from 'zod';

/**
 * The clock every window reads countdowns from. Normally the wall clock (`scale` 1). The browser host's test-only
 * `--time-scale N` option makes time run N times faster from `origin` on, in the backend and in every window alike,
 * so an end-to-end test can run a real agenda of minutes in seconds without any fake result; the app never sets it.
 */
export const PresentationClock = z.object({
  scale: z.number().min(1).max(1000),
  /** Epoch ms from which scaled time runs (irrelevant at scale 1). */
  origin: z.number(),
});
export type PresentationClock = z.infer<typeof PresentationClock>;

export const REAL_CLOCK: PresentationClock = { scale: 1, origin: 0 };

/** Epoch ms on the presentation clock at the wall-clock instant `realNow`. */
export function clockNow(clock: PresentationClock, realNow: number): number {
  return clock.scale === 1 ? realNow : clock.origin + (realNow - clock.origin) * clock.scale;
}

/** Wall-clock ms per presentation-clock ms (for scheduling the next repaint). */
export function realMs(clock: PresentationClock, ms: number): number {
  return ms / clock.scale;
}

/**
 * A countdown stored as instants, never as a ticking counter, so every window computes the same remaining time
 * from the clock: while running it holds the instant it reaches zero; while paused, the time that was left.
 */
export const Countdown = z.object({
  /** Epoch ms (presentation clock) at which it reaches zero; null while paused. */
  endsAt: z.number().nullable(),
  /** Remaining ms while paused (negative in overtime); null while running. */
  pausedRemainingMs: z.number().nullable(),
});
export type Countdown = z.infer<typeof Countdown>;

export const MINUTE_MS = 60_000;

export function runningCountdown(now: number, ms: number): Countdown {
  return { endsAt: now + ms, pausedRemainingMs: null };
}

export function isPaused(c: Countdown): boolean {
  return c.endsAt === null;
}

/** Ms left at `now`; negative once the timebox is over (overtime). */
export function remainingMs(c: Countdown, now: number): number {
  return c.endsAt !== null ? c.endsAt - now : (c.pausedRemainingMs ?? 0);
}

export function pauseCountdown(c: Countdown, now: number): Countdown {
  return c.endsAt === null ? c : { endsAt: null, pausedRemainingMs: c.endsAt - now };
}

export function resumeCountdown(c: Countdown, now: number): Countdown {
  return c.endsAt !== null ? c : { endsAt: now + (c.pausedRemainingMs ?? 0), pausedRemainingMs: null };
}

/** Adds (or with a negative value removes) time, running or paused. */
export function addToCountdown(c: Countdown, ms: number): Countdown {
  return c.endsAt !== null
    ? { ...c, endsAt: c.endsAt + ms }
    : { ...c, pausedRemainingMs: (c.pausedRemainingMs ?? 0) + ms };
}

/**
 * `m:ss` (or `h:mm:ss` from an hour on) of the absolute remaining time, rounded up while counting down (a timer
 * shows 0:01 until it really is over) and down in overtime (it shows +0:00 for the first second over).
 */
export function formatCountdown(ms: number): string {
  const over = ms <= 0;
  const total = over ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  const body = h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
  return over ? `+${body}` : body;
}
