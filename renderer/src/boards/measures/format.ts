import type { TFunction } from 'i18next';
import { periodParts } from '../../../../shared/boards/measures/periods';

const LOCALES: Record<string, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** A period key (`2026-W07`, `2026-03`) as the language writes it ("vk 7/2026"); '' for no period. */
export function periodLabel(t: TFunction, key: string | undefined): string {
  const p = periodParts(key ?? '');
  if (!p) return '';
  return p.kind === 'week'
    ? t('measures.period.week', { n: p.n, year: p.year })
    : t('measures.period.month', { n: p.n, year: p.year });
}

const displayFormats = new Map<string, Intl.NumberFormat>();

/** A number for display: at most two decimals, the language's decimal comma or point. */
export function formatNumber(v: number, lang: string): string {
  let f = displayFormats.get(lang);
  if (!f) {
    // Formatters are costly to create; a 500-point chart formats every point.
    f = new Intl.NumberFormat(LOCALES[lang] ?? 'fi-FI', { maximumFractionDigits: 2 });
    displayFormats.set(lang, f);
  }
  return f.format(v);
}

export { inputNumber } from '../../components/number-text';

/** `yyyy-mm-dd` as the language writes dates. */
export function formatDate(iso: string, lang: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return new Intl.DateTimeFormat(LOCALES[lang] ?? 'fi-FI', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
  }).format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
}
