/** Calendar arithmetic on ISO `yyyy-mm-dd` dates in UTC, so results never depend on the machine's time zone. */

function toUtc(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

/** `iso` plus `days` (may be negative). */
export function addDays(iso: string, days: number): string {
  const d = toUtc(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The same date when it is a Tuesday, else the next Tuesday (two-day workshops then run Tuesday–Wednesday). */
export function nextTuesday(iso: string): string {
  const wd = toUtc(iso).getUTCDay();
  return addDays(iso, (2 - wd + 7) % 7);
}
