import type { TFunction } from 'i18next';
import { displayUnitFor, inDisplayUnit } from '../../../../shared/analysis/value-stream/units';
import type { StepIssue } from '../../../../shared/analysis/value-stream/totals';

/** Locale for numbers: Finnish and Swedish use a decimal comma. */
export function numberLocale(lang: string): string {
  return lang === 'sv' ? 'sv-FI' : lang === 'en' ? 'en-GB' : 'fi-FI';
}

export function formatNumber(x: number, lang: string, digits = 1): string {
  return new Intl.NumberFormat(numberLocale(lang), { maximumFractionDigits: digits }).format(x);
}

/** Minutes in the roundest readable unit: 45 min, 3,5 h, 12,4 vrk. */
export function formatMinutes(minutes: number, t: TFunction, lang: string, unit = displayUnitFor(minutes)): string {
  const v = inDisplayUnit(minutes, unit);
  const digits = unit === 'min' ? 0 : Math.abs(v) >= 100 ? 0 : 1;
  return `${formatNumber(v, lang, digits)} ${t(`valueStream.unitShort.${unit}`)}`;
}

/** A signed difference of minutes in the unit of the larger value. */
export function formatDeltaMinutes(delta: number, ref: number, t: TFunction, lang: string): string {
  const unit = displayUnitFor(Math.max(Math.abs(ref), Math.abs(delta)));
  const s = formatMinutes(Math.abs(delta), t, lang, unit);
  return delta > 0 ? `+${s}` : delta < 0 ? `−${s}` : `±${s}`;
}

export function formatPercent(fraction: number, lang: string): string {
  const pct = fraction * 100;
  // Written out rather than Intl's percent style, whose no-break space differs between the canvas and the DOM.
  return `${formatNumber(pct, lang, pct < 10 ? 1 : 0)} %`;
}

/** A step issue as a sentence. */
export function issueText(issue: StepIssue, t: TFunction): string {
  switch (issue.code) {
    case 'missing':
      return t(`valueStream.issue.missing_${issue.field}`);
    case 'missingUnit':
    case 'negative':
    case 'absurd':
    case 'rangeOrder':
      return t(`valueStream.issue.${issue.code}`, {
        field: t(issue.field === 'wait' ? 'valueStream.issue.fieldWait' : 'valueStream.issue.fieldProcess'),
      });
    case 'completeOutOfRange':
      return t('valueStream.issue.completeOutOfRange');
    case 'badLink':
      return t('valueStream.issue.badLink');
  }
}
