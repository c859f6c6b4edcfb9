import type { DesiredDirection } from '../../../analysis/run-chart';
import type { Measure } from '../model';
import { measureSeries, rateValue, type MeasureSeries } from '../analysis';
import { cLimits } from './c';
import type { Limits } from './limits';
import { pLimits } from './p';
import { specialCauses } from './rules';
import {
  MIN_CONTROL_POINTS,
  STABLE_CONTROL_POINTS,
  type ControlAnalysis,
  type ControlChartType,
  type ControlProblem,
  type ExcludedReason,
} from './types';
import { uLimits } from './u';
import { xmrLimits } from './xmr';

export * from './types';
export { specialCauses } from './rules';
export { XMR_FACTOR } from './xmr';

export interface ControlInput {
  chart: ControlChartType;
  /** Per period: the value (a count or time), or for P and U the numerator. */
  values: readonly (number | null)[];
  /** Per period, P and U only: the denominator. */
  denominators?: readonly (number | null)[];
  /** The measure's multiplier for P and U (100 for a percentage). */
  multiplier?: number;
  /** Freeze the centre line and limits on the first `baseline` points (0 or absent: all points). */
  baseline?: number;
  desired?: DesiredDirection;
}

/** Which periods can be plotted on this chart, and why the others cannot. */
function validate(input: ControlInput) {
  const { chart, values } = input;
  const den = input.denominators ?? [];
  const excluded: { index: number; reason: ExcludedReason }[] = [];
  const ok: (number | null)[] = values.map((v, i) => {
    if (v === null || !Number.isFinite(v)) return null;
    if (chart === 'p' || chart === 'u') {
      const d = den[i] ?? null;
      if (d === null) return null;
      if (v < 0) return (excluded.push({ index: i, reason: 'negative' }), null);
      if (d <= 0) return (excluded.push({ index: i, reason: 'denominator' }), null);
      if (chart === 'p' && v > d) return (excluded.push({ index: i, reason: 'numerator-above-denominator' }), null);
      return v;
    }
    if (chart === 'c' && v < 0) return (excluded.push({ index: i, reason: 'negative' }), null);
    return v;
  });
  return { ok, excluded };
}

/**
 * The limits per period as numbers: exact decimals for a chart with one sigma (XmR, C); for P and U (a root per
 * denominator) floating point, rounded to 12 significant digits so 19.000000000000004 % reads as 19 %.
 */
function limitsPerPeriod(limits: Limits): { ucl: (number | null)[]; lcl: (number | null)[] } {
  const { clip } = limits;
  const at = (sign: 1 | -1, s: number | null, i: number): number | null => {
    if (s === null) return null;
    const bound = sign > 0 ? clip.ceiling : clip.floor;
    const raw = limits.constant
      ? limits.centre.plus(limits.kSigmaExact(i, 3 * sign)).toNumber()
      : Number((limits.centre.toNumber() + sign * 3 * s).toPrecision(12));
    return bound !== undefined && (sign > 0 ? raw > bound : raw < bound) ? bound : raw;
  };
  if (limits.constant) {
    const first = limits.sigma.findIndex((s) => s !== null);
    const u = first < 0 ? null : at(1, limits.sigma[first]!, first);
    const l = first < 0 ? null : at(-1, limits.sigma[first]!, first);
    return {
      ucl: limits.sigma.map((s) => (s === null ? null : u)),
      lcl: limits.sigma.map((s) => (s === null ? null : l)),
    };
  }
  return { ucl: limits.sigma.map((s, i) => at(1, s, i)), lcl: limits.sigma.map((s, i) => at(-1, s, i)) };
}

/** A control chart's centre line, limits and special-cause signals (docs/control-charts.md). */
export function analyseControl(input: ControlInput): ControlAnalysis {
  const { chart } = input;
  const mult = input.multiplier ?? 1;
  const { ok, excluded } = validate(input);
  const den = input.denominators ?? [];
  const plotted = ok.map((v, i) =>
    v === null ? null : chart === 'p' || chart === 'u' ? rateValue(v, den[i]!, mult) : v,
  );
  const present = ok.flatMap((v, i) => (v === null ? [] : [i]));
  const n = present.length;
  const baseN = input.baseline && input.baseline > 0 ? Math.min(input.baseline, n) : n;
  const base = present.slice(0, baseN);
  const frozen = baseN > 0 && baseN < n;
  const result: ControlAnalysis = {
    chart,
    n,
    baseN,
    frozen,
    trial: baseN < STABLE_CONTROL_POINTS,
    values: plotted,
    centre: null,
    ucl: plotted.map(() => null),
    lcl: plotted.map(() => null),
    stepped: false,
    problem: null,
    excluded,
    signals: [],
  };
  const fail = (problem: ControlProblem) => ({ ...result, problem });
  if (baseN < MIN_CONTROL_POINTS)
    return fail({ kind: 'too-few', have: baseN, needed: MIN_CONTROL_POINTS - baseN, frozen: frozen });

  const limits: Limits =
    chart === 'xmr'
      ? xmrLimits(plotted, base)
      : chart === 'c'
        ? cLimits(plotted, base)
        : (chart === 'p' ? pLimits : uLimits)(ok, den, base, mult);
  result.centre = limits.centre.toNumber();
  const collapsed = limits.sigma.every((s) => s === null || s === 0);
  const bounds = limitsPerPeriod(limits);
  result.ucl = bounds.ucl;
  result.lcl = bounds.lcl;
  result.stepped = new Set(result.ucl.filter((u) => u !== null)).size > 1;
  if (collapsed) return fail({ kind: 'collapsed' });
  result.signals = specialCauses(plotted, limits, input.desired ?? 'none');
  return result;
}

/** The input of a measure's control chart, from its points on the time axis. */
export function controlInput(m: Measure, chart: ControlChartType, series: MeasureSeries): ControlInput {
  const byPeriod = new Map(m.points.map((p) => [p.period, p]));
  const rate = chart === 'p' || chart === 'u';
  return {
    chart,
    values: series.periods.map((k, i) => (rate ? (byPeriod.get(k)?.value ?? null) : series.values[i]!)),
    denominators: rate ? series.periods.map((k) => byPeriod.get(k)?.denominator ?? null) : undefined,
    multiplier: m.multiplier,
    baseline: m.freezeAfter,
    desired: m.direction,
  };
}

/** A measure's control chart, or null when the measure is on a run chart. */
export function analyseMeasureControl(m: Measure, series: MeasureSeries = measureSeries(m)): ControlAnalysis | null {
  if (m.chart === 'run') return null;
  const chart = m.chart;
  if ((chart === 'p' || chart === 'u') && !m.isRate) return needs(chart, series, 'needs-rate');
  if (chart === 'c' && m.isRate) return needs(chart, series, 'needs-count');
  return analyseControl(controlInput(m, chart, series));
}

function needs(chart: ControlChartType, series: MeasureSeries, kind: 'needs-rate' | 'needs-count'): ControlAnalysis {
  const a = analyseControl({ chart: 'xmr', values: series.values.map(() => null) });
  return { ...a, chart, values: [...series.values], problem: { kind } };
}
