/**
 * Time units of a value stream and the conversion convention.
 *
 * Everything is converted to minutes of the client's calendar time. Waits are elapsed time: a calendar day is
 * 24 h, a week 7 calendar days, and a working day is the calendar time one working day takes out of a week
 * (7 ÷ working days per week calendar days, 1.4 days with a 5-day week). Process times are work: an hour is an
 * hour of work, a working day is one working day's hours (e.g. 7.5 h), a week is a working week's hours, and a
 * calendar day of work is taken as one working day of work (nobody works on a case 24 h a day).
 */
export const TIME_UNITS = ['min', 'h', 'workday', 'day', 'week'] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];

/** Which kind of time a duration measures: elapsed waiting or work on the case. */
export type TimeRole = 'wait' | 'process';

export interface UnitSettings {
  /** Length of a working day in hours (Finnish public sector: 7.65 h = 7 h 39 min; 7.5 h is common). */
  hoursPerWorkday: number;
  /** Working days per week (5 in most services, 7 in round-the-clock care). */
  workdaysPerWeek: number;
}

export const DEFAULT_UNIT_SETTINGS: UnitSettings = { hoursPerWorkday: 7.5, workdaysPerWeek: 5 };

export const MINUTES_PER_DAY = 24 * 60;

/** Minutes of calendar time (waits) or of work (process) in one of `unit`. */
export function minutesPerUnit(unit: TimeUnit, role: TimeRole, s: UnitSettings): number {
  const workday = s.hoursPerWorkday * 60;
  switch (unit) {
    case 'min':
      return 1;
    case 'h':
      return 60;
    case 'workday':
      return role === 'wait' ? (7 / s.workdaysPerWeek) * MINUTES_PER_DAY : workday;
    case 'day':
      return role === 'wait' ? MINUTES_PER_DAY : workday;
    case 'week':
      return role === 'wait' ? 7 * MINUTES_PER_DAY : s.workdaysPerWeek * workday;
  }
}

/**
 * Anything longer than this (five years of calendar time) is taken as a typing error, e.g. a wait of 10^9 days: it
 * is flagged on the step and left out of the totals rather than swamping them.
 */
export const ABSURD_MINUTES = 5 * 365 * MINUTES_PER_DAY;

/** A display unit for a number of minutes: minutes below 2 h, hours below 2 days, then calendar days. */
export function displayUnitFor(minutes: number): 'min' | 'h' | 'day' {
  const a = Math.abs(minutes);
  if (a < 120) return 'min';
  if (a < 2 * MINUTES_PER_DAY) return 'h';
  return 'day';
}

/** `minutes` expressed in a display unit (calendar day = 24 h). */
export function inDisplayUnit(minutes: number, unit: 'min' | 'h' | 'day'): number {
  return unit === 'min' ? minutes : unit === 'h' ? minutes / 60 : minutes / MINUTES_PER_DAY;
}
