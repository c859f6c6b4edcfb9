import { z } from 'zod';
import { Countdown, MINUTE_MS, addToCountdown, pauseCountdown, resumeCountdown, runningCountdown } from './clock';
import type { TranslationKey } from '../i18n/keys';

/** The quick timer's buttons, in minutes. */
export const TIMER_PRESETS = [5, 10, 15] as const;

/**
 * Typed minutes a quick timer accepts: a whole number from 1 to 180. Zero would be over before anyone looked up;
 * anything beyond three hours is not a timebox of group work (1,000 minutes is a typo, not a plan).
 */
export const TIMER_LIMITS = { minMinutes: 1, maxMinutes: 180 } as const;

/** The quick timer for group work: one at a time, shared by every window. */
export const QuickTimer = Countdown.extend({
  /** Length of the timebox in ms, including time added since the start (the progress ring's whole). */
  totalMs: z.number().int().min(0),
  /** Epoch ms (presentation clock) of the start. */
  startedAt: z.number(),
});
export type QuickTimer = z.infer<typeof QuickTimer>;

export type TimerCheck =
  { ok: true; minutes: number } | { ok: false; key: TranslationKey; params: Record<string, number> };

/** Checks typed minutes (text from a field or a number); the message key is translated by the caller. */
export function checkTimerMinutes(input: string | number): TimerCheck {
  const text = typeof input === 'number' ? String(input) : input.trim().replace(',', '.');
  const params = { min: TIMER_LIMITS.minMinutes, max: TIMER_LIMITS.maxMinutes };
  if (text === '') return { ok: false, key: 'agendaRun.errors.timerEmpty', params };
  const n = Number(text);
  if (!Number.isFinite(n) || !Number.isInteger(n)) return { ok: false, key: 'agendaRun.errors.timerWhole', params };
  if (n < TIMER_LIMITS.minMinutes || n > TIMER_LIMITS.maxMinutes)
    return { ok: false, key: 'agendaRun.errors.timerRange', params };
  return { ok: true, minutes: n };
}

export function startTimer(minutes: number, now: number): QuickTimer {
  const totalMs = minutes * MINUTE_MS;
  return { ...runningCountdown(now, totalMs), totalMs, startedAt: now };
}

export function pauseTimer(t: QuickTimer, now: number): QuickTimer {
  return { ...t, ...pauseCountdown(t, now) };
}

export function resumeTimer(t: QuickTimer, now: number): QuickTimer {
  return { ...t, ...resumeCountdown(t, now) };
}

/** Adds whole minutes to a running or paused timer (also one already in overtime). */
export function addToTimer(t: QuickTimer, minutes: number): QuickTimer {
  const ms = minutes * MINUTE_MS;
  return { ...t, ...addToCountdown(t, ms), totalMs: t.totalMs + ms };
}
