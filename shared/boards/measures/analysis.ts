import { exact } from '../../analysis/exact';
import { analyseRunChart, type RuleSet, type RunChartAnalysis, type Signal } from '../../analysis/run-chart';
import type { Measure, MeasurePoint } from './model';
import { periodRange } from './periods';

/** The plotted value of a point: the value, or for a rate numerator ÷ denominator × multiplier (null if not computable). */
export function pointValue(
  m: Pick<Measure, 'isRate' | 'multiplier'>,
  p: Pick<MeasurePoint, 'value' | 'denominator'>,
): number | null {
  if (p.value === null) return null;
  if (!m.isRate) return p.value;
  if (p.denominator === null || p.denominator === 0) return null;
  return rateValue(p.value, p.denominator, m.multiplier);
}

/**
 * numerator × multiplier ÷ denominator with one rounding, not two: 29 / 100 as a percentage is 29, not
 * 28.999999999999996. For whole numbers the product is exact and IEEE division rounds once to the nearest double;
 * otherwise the quotient is taken in decimal.
 */
export function rateValue(value: number, denominator: number, multiplier: number): number {
  const top = value * multiplier;
  if (Number.isInteger(value) && Number.isInteger(denominator) && Math.abs(top) <= Number.MAX_SAFE_INTEGER)
    return top / denominator;
  return exact(value).times(multiplier).div(denominator).toNumber();
}

export interface MeasureSeries {
  /** Every period from the first to the last point, gaps included (the time axis). */
  periods: string[];
  values: (number | null)[];
  astronomical: boolean[];
  notes: string[];
}

/** The measure's points laid on a continuous time axis. */
export function measureSeries(m: Measure): MeasureSeries {
  if (m.points.length === 0) return { periods: [], values: [], astronomical: [], notes: [] };
  const periods = periodRange(m.points[0]!.period, m.points[m.points.length - 1]!.period, m.frequency, 5000);
  const byPeriod = new Map(m.points.map((p) => [p.period, p]));
  const values: (number | null)[] = [];
  const astronomical: boolean[] = [];
  const notes: string[] = [];
  for (const key of periods) {
    const p = byPeriod.get(key);
    values.push(p ? pointValue(m, p) : null);
    astronomical.push(p?.astronomical ?? false);
    notes.push(p?.note ?? '');
  }
  return { periods, values, astronomical, notes };
}

export function analyseMeasure(m: Measure, series: MeasureSeries = measureSeries(m)): RunChartAnalysis {
  return analyseRunChart({
    values: series.values,
    baseline: m.freezeAfter,
    astronomical: series.astronomical,
    desired: m.direction,
  });
}

export function signalsOf(a: RunChartAnalysis, ruleSet: RuleSet): Signal[] {
  return ruleSet === 'ihi' ? a.ihi.signals : a.anhoj.signals;
}

const SIGNAL_FI: Record<Signal['rule'], string> = {
  shift: 'siirtymä',
  trend: 'trendi',
  runs: 'ajojen määrä',
  astronomical: 'poikkeava piste',
  'longest-run': 'pitkä ajo',
  crossings: 'vähän mediaanin ylityksiä',
};
const EFFECT_FI = { improvement: 'parannus', deterioration: 'heikkeneminen', neutral: 'ei-satunnainen' } as const;

/** A one-line Finnish description of a signal (for `cli info` and Excel). */
export function signalTextFi(s: Signal, periods: readonly string[]): string {
  const span =
    'from' in s
      ? ` ${periods[s.from] ?? ''}–${periods[s.to] ?? ''}`
      : s.rule === 'astronomical'
        ? ` ${periods[s.index] ?? ''}`
        : '';
  const detail =
    s.rule === 'runs'
      ? ` (${s.runs} ajoa, odotettu ${s.lower}–${s.upper})`
      : s.rule === 'crossings'
        ? ` (${s.crossings} ylitystä, raja ${s.limit})`
        : s.rule === 'longest-run'
          ? ` (${s.length} pistettä, raja ${s.limit})`
          : 'length' in s
            ? ` (${s.length} pistettä)`
            : '';
  return `${SIGNAL_FI[s.rule]}${span}${detail}: ${EFFECT_FI[s.effect]}`;
}

/** A one-line Finnish summary of a measure's analysis. */
export function analysisTextFi(m: Measure, ruleSet: RuleSet): string {
  const series = measureSeries(m);
  const a = analyseMeasure(m, series);
  const fmt = (x: number | null) => (x === null ? '–' : String(Math.round(x * 100) / 100).replace('.', ','));
  const head = `${a.n} pistettä, mediaani ${fmt(a.median)}${a.frozen ? ` (lukittu ${a.medianFrom} ensimmäiseen)` : ''}, hyödyllisiä ${a.useful}, pisin ajo ${a.longestRun}, ajoja ${a.runs.length}, ylityksiä ${a.crossings}`;
  if (a.tooEarly) return `${head}; liian aikaista arvioida (alle 10 pistettä)`;
  const sigs = signalsOf(a, ruleSet);
  const rules = ruleSet === 'ihi' ? 'IHI' : 'Anhøj';
  return `${head}; ${rules}: ${sigs.length === 0 ? 'ei ei-satunnaisia signaaleja' : sigs.map((s) => signalTextFi(s, series.periods)).join('; ')}`;
}
