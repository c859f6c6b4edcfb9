/**
 * Measurement periods as sortable keys: ISO weeks `2026-W07` and months `2026-03`. Pure calendar arithmetic in UTC.
 */
export const FREQUENCIES = ['week', 'month'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const WEEK_KEY = /^(\d{4})-W(\d{2})$/;
export const MONTH_KEY = /^(\d{4})-(\d{2})$/;

const DAY = 86_400_000;

function utc(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d);
}

/** ISO 8601 week of a UTC timestamp: the week (Monday-Sunday) whose Thursday is in the year. */
export function isoWeekOf(ms: number): { year: number; week: number } {
  const d = new Date(ms);
  const wd = (d.getUTCDay() + 6) % 7; // Monday = 0
  const thursday = new Date(ms - wd * DAY + 3 * DAY);
  const year = thursday.getUTCFullYear();
  const jan4 = utc(year, 1, 4);
  const jan4wd = (new Date(jan4).getUTCDay() + 6) % 7;
  const week1Monday = jan4 - jan4wd * DAY;
  const week = Math.floor((thursday.getTime() - 3 * DAY - week1Monday) / (7 * DAY)) + 1;
  return { year, week };
}

/** Monday of an ISO week, as a UTC timestamp. */
export function weekMonday(year: number, week: number): number {
  const jan4 = utc(year, 1, 4);
  const jan4wd = (new Date(jan4).getUTCDay() + 6) % 7;
  return jan4 - jan4wd * DAY + (week - 1) * 7 * DAY;
}

/** Number of ISO weeks in a year (52 or 53). */
export function weeksInYear(year: number): number {
  return isoWeekOf(utc(year, 12, 28)).week;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The period containing a UTC timestamp. */
export function periodOf(ms: number, freq: Frequency): string {
  if (freq === 'week') {
    const { year, week } = isoWeekOf(ms);
    return `${year}-W${pad(week)}`;
  }
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
}

/** The period containing an ISO date `yyyy-mm-dd`. */
export function periodOfIsoDate(iso: string, freq: Frequency): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const ms = utc(Number(m[1]), Number(m[2]), Number(m[3]));
  return validDate(ms, Number(m[1]), Number(m[2]), Number(m[3])) ? periodOf(ms, freq) : null;
}

function validDate(ms: number, y: number, mo: number, d: number): boolean {
  const x = new Date(ms);
  return x.getUTCFullYear() === y && x.getUTCMonth() + 1 === mo && x.getUTCDate() === d;
}

/** Is `key` a well-formed period of this frequency? */
export function isPeriod(key: string, freq: Frequency): boolean {
  if (freq === 'week') {
    const m = WEEK_KEY.exec(key);
    return !!m && Number(m[2]) >= 1 && Number(m[2]) <= weeksInYear(Number(m[1]));
  }
  const m = MONTH_KEY.exec(key);
  return !!m && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

/** A running number for a period: consecutive periods differ by one. */
export function periodOrdinal(key: string): number {
  const w = WEEK_KEY.exec(key);
  if (w) return Math.round(weekMonday(Number(w[1]), Number(w[2])) / (7 * DAY));
  const m = MONTH_KEY.exec(key);
  if (m) return Number(m[1]) * 12 + Number(m[2]) - 1;
  return NaN;
}

/** The period `steps` after `key` (negative = before). */
export function addPeriods(key: string, steps: number, freq: Frequency): string {
  if (freq === 'week') {
    const w = WEEK_KEY.exec(key);
    if (!w) return key;
    return periodOf(weekMonday(Number(w[1]), Number(w[2])) + steps * 7 * DAY, 'week');
  }
  const m = MONTH_KEY.exec(key);
  if (!m) return key;
  const idx = Number(m[1]) * 12 + Number(m[2]) - 1 + steps;
  return `${Math.floor(idx / 12)}-${pad((idx % 12) + 1)}`;
}

/** Every period from `from` to `to` inclusive (empty when `to` is before `from`); at most `cap` of them. */
export function periodRange(from: string, to: string, freq: Frequency, cap = 2000): string[] {
  const out: string[] = [];
  const n = periodOrdinal(to) - periodOrdinal(from);
  for (let i = 0; i <= n && i < cap; i++) out.push(addPeriods(from, i, freq));
  return out;
}

/** First day of a period as ISO `yyyy-mm-dd` (Monday of a week, the 1st of a month). */
export function periodStartIso(key: string): string {
  const w = WEEK_KEY.exec(key);
  if (w) return new Date(weekMonday(Number(w[1]), Number(w[2]))).toISOString().slice(0, 10);
  const m = MONTH_KEY.exec(key);
  if (m) return `${m[1]}-${m[2]}-01`;
  return '';
}

/** The parts a UI needs to label a period: `{ year, n }` where n is the week or month number. */
export function periodParts(key: string): { year: number; n: number; kind: Frequency } | null {
  const w = WEEK_KEY.exec(key);
  if (w) return { year: Number(w[1]), n: Number(w[2]), kind: 'week' };
  const m = MONTH_KEY.exec(key);
  if (m) return { year: Number(m[1]), n: Number(m[2]), kind: 'month' };
  return null;
}

/** Excel's day 0 is 1899-12-30 (after its 1900 leap-year bug), in UTC ms. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * Reads a date the way teams write them: Finnish `d.m.yyyy` (also `d.m.yy`), ISO `yyyy-mm-dd`, an Excel serial
 * number (1 to 2958465), an ISO week `2026-W07` or `vk 7/2026`, a month `2026-03` or `3/2026`. Returns the period for
 * the frequency, or null when it is not a date.
 */
export function parsePeriod(raw: string | number | Date | null | undefined, freq: Frequency): string | null {
  if (raw === null || raw === undefined) return null;
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? null : periodOf(raw.getTime(), freq);
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw) || raw < 1 || raw > 2_958_465) return null;
    return periodOf(EXCEL_EPOCH + Math.floor(raw) * DAY, freq);
  }
  const s = raw.trim();
  if (s === '') return null;
  let m = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(s);
  if (m) {
    let y = Number(m[3]);
    if (m[3]!.length === 2) y += 2000;
    const ms = utc(y, Number(m[2]), Number(m[1]));
    return validDate(ms, y, Number(m[2]), Number(m[1])) ? periodOf(ms, freq) : null;
  }
  m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?$/.exec(s);
  if (m) return periodOfIsoDate(`${m[1]}-${m[2]}-${m[3]}`, freq);
  m = /^(\d{4})-?W(\d{1,2})$/i.exec(s) ?? null;
  if (m && freq === 'week') {
    const key = `${m[1]}-W${pad(Number(m[2]))}`;
    return isPeriod(key, 'week') ? key : null;
  }
  m = /^(?:vk|v|wk|week|vecka)\.?\s*(\d{1,2})\s*[/\s]\s*(\d{4})$/i.exec(s);
  if (m && freq === 'week') {
    const key = `${m[2]}-W${pad(Number(m[1]))}`;
    return isPeriod(key, 'week') ? key : null;
  }
  m = /^(\d{4})-(\d{1,2})$/.exec(s);
  if (m && freq === 'month') {
    const key = `${m[1]}-${pad(Number(m[2]))}`;
    return isPeriod(key, 'month') ? key : null;
  }
  m = /^(\d{1,2})\/(\d{4})$/.exec(s);
  if (m && freq === 'month') {
    const key = `${m[2]}-${pad(Number(m[1]))}`;
    return isPeriod(key, 'month') ? key : null;
  }
  if (/^\d+(\.\d+)?$/.test(s)) return parsePeriod(Number(s), freq);
  return null;
}

/**
 * Reads a number the way Finnish spreadsheets write it: `12,5`, `1 234,5` (space or no-break space thousands),
 * `12.5`, `45 %`. Returns null when the text is not a number.
 */
export function parseNumber(raw: string | number | null | undefined): number | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  const s = raw
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/%$/, '')
    .replace(',', '.')
    .replace(/^−/, '-');
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}
