import { exact } from '../../../analysis/exact';
import type { DesiredDirection } from '../../../analysis/run-chart';
import type { Measure } from '../model';
import { measureSeries, type MeasureSeries } from '../analysis';
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

/** A control chart's centre line, limits and special-cause signals (docs/control-charts.md). */
export function analyseControl(input: ControlInput): ControlAnalysis {
  const { chart } = input;
  const mult = input.multiplier ?? 1;
  const { ok, excluded } = validate(input);
  const den = input.denominators ?? [];
  const plotted = ok.map((v, i) =>
    v === null ? null : chart === 'p' || chart === 'u' ? exact(v).times(mult).div(den[i]!).toNumber() : v,
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
  const collapsed = limits.sigma.every((s) => s === null || s.isZero());
  const ucls = limits.sigma.map((s) => {
    if (s === null) return null;
    const u = limits.centre.plus(s.times(3));
    return limits.clip.ceiling && u.gt(limits.clip.ceiling) ? limits.clip.ceiling : u;
  });
  const lcls = limits.sigma.map((s) => {
    if (s === null) return null;
    const l = limits.centre.minus(s.times(3));
    return limits.clip.floor && l.lt(limits.clip.floor) ? limits.clip.floor : l;
  });
  result.ucl = ucls.map((u) => u?.toNumber() ?? null);
  result.lcl = lcls.map((l) => l?.toNumber() ?? null);
  const distinct = new Set(result.ucl.filter((u) => u !== null));
  result.stepped = distinct.size > 1;
  if (collapsed) return fail({ kind: 'collapsed' });
  result.signals = specialCauses(plotted, limits.centre, limits.sigma, input.desired ?? 'none', limits.clip);
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
