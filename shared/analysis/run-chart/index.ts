import { compareExact, exact, exactMedian, type Exact } from '../exact';
import { runsLimits } from './ihi-runs-table';

export { runsLimits, IHI_RUNS_TABLE } from './ihi-runs-table';

/**
 * Run-chart rules, pure. Two rule sets: IHI (Perla, Provost & Murray 2011) and Anhøj (Anhøj & Olesen 2014).
 * Exact definitions and sources: docs/run-charts.md. Indexes in the result refer to the input array.
 */

export const RULE_SETS = ['ihi', 'anhoj'] as const;
export type RuleSet = (typeof RULE_SETS)[number];

/** Which way is better for the measure; decides whether a signal reads as improvement or deterioration. */
export type DesiredDirection = 'up' | 'down' | 'none';

/** Below this many points the chart is "too early to judge" and no rule is applied. */
export const MIN_POINTS = 10;
/** IHI rule 1: a shift is this many or more consecutive useful points on one side of the median. */
export const IHI_SHIFT = 6;
/** IHI rule 2: a trend is this many or more consecutive points going the same way (equal neighbours count once). */
export const IHI_TREND = 5;

export type Effect = 'improvement' | 'deterioration' | 'neutral';

export type Signal =
  | {
      rule: 'shift';
      side: 'above' | 'below';
      from: number;
      to: number;
      length: number;
      points: number[];
      effect: Effect;
    }
  | {
      rule: 'trend';
      direction: 'up' | 'down';
      from: number;
      to: number;
      length: number;
      points: number[];
      effect: Effect;
    }
  | { rule: 'runs'; kind: 'too-few' | 'too-many'; runs: number; lower: number; upper: number; effect: Effect }
  | { rule: 'astronomical'; index: number; points: number[]; effect: Effect }
  | {
      rule: 'longest-run';
      side: 'above' | 'below';
      from: number;
      to: number;
      length: number;
      limit: number;
      points: number[];
      effect: Effect;
    }
  | { rule: 'crossings'; crossings: number; limit: number; effect: Effect };

export interface RunChartInput {
  /** Values in time order; null is a missing point (skipped by every rule, not drawn). */
  values: readonly (number | null)[];
  /** Freeze the median on the first `baseline` non-missing points; absent or 0 = median of all points. */
  baseline?: number;
  /** Points the team has flagged as astronomical (IHI rule 4); same indexes as `values`. */
  astronomical?: readonly boolean[];
  desired?: DesiredDirection;
}

export interface Run {
  side: 'above' | 'below';
  /** Indexes (into `values`) of the useful points in the run. */
  points: number[];
}

export interface RunChartAnalysis {
  /** Non-missing points. */
  n: number;
  median: number | null;
  /** How many points the median was computed from (the frozen baseline, or all). */
  medianFrom: number;
  frozen: boolean;
  /** Points not on the median. */
  useful: number;
  runs: Run[];
  crossings: number;
  longestRun: number;
  /** Fewer than MIN_POINTS points: no rule applied. */
  tooEarly: boolean;
  ihi: { signals: Signal[]; runsLower: number | null; runsUpper: number | null };
  anhoj: { signals: Signal[]; longestRunLimit: number | null; crossingsLimit: number | null };
}

/**
 * Median of a list (average of the two middle values for an even count), computed exactly in decimal and given as
 * the nearest double (for drawing); null for an empty list. Comparisons with it use the exact value (`runsAround`).
 */
export function median(xs: readonly number[]): number | null {
  return exactMedian(xs)?.toNumber() ?? null;
}

/** The smallest x with P(X <= x) >= p for X ~ Binomial(size, 1/2) (R's qbinom(p, size, 0.5)). */
export function qbinomHalf(p: number, size: number): number {
  if (size <= 0) return 0;
  const logHalf = Math.log(0.5);
  let logPmf = size * logHalf;
  let cdf = 0;
  for (let k = 0; k <= size; k++) {
    cdf += Math.exp(logPmf);
    // Tolerance: R compares with a small fuzz so that exact quantiles are not missed to rounding.
    if (cdf >= p * (1 - 64 * Number.EPSILON)) return k;
    logPmf += Math.log(size - k) - Math.log(k + 1);
  }
  return size;
}

/** Anhøj's upper limit for the longest run: round(log2(n) + 3) for n useful observations. */
export function anhojLongestRunLimit(useful: number): number {
  return Math.round(Math.log2(useful) + 3);
}

/** Anhøj's lower limit for the number of crossings: qbinom(0.05, n - 1, 0.5) for n useful observations. */
export function anhojCrossingsLimit(useful: number): number {
  return qbinomHalf(0.05, useful - 1);
}

/** What a run on one side means for the measure's desired direction. */
export function sideEffect(side: 'above' | 'below', desired: DesiredDirection): Effect {
  if (desired === 'none') return 'neutral';
  return (side === 'above') === (desired === 'up') ? 'improvement' : 'deterioration';
}

/** What a trend means for the measure's desired direction. */
export function directionEffect(direction: 'up' | 'down', desired: DesiredDirection): Effect {
  if (desired === 'none') return 'neutral';
  return direction === desired ? 'improvement' : 'deterioration';
}

/**
 * Runs of useful points around the median (points exactly on the median neither count nor break a run). Values and
 * centre are compared as decimals, so a point of 12.15 is on a median of (12.1 + 12.2) / 2.
 */
export function runsAround(values: readonly (number | null)[], centre: number | Exact): Run[] {
  const c = typeof centre === 'number' ? exact(centre) : centre;
  const cNum = c.toNumber();
  const runs: Run[] = [];
  let current: Run | null = null;
  values.forEach((v, i) => {
    if (v === null) return;
    const cmp = compareExact(v, c, cNum);
    if (cmp === 0) return;
    const side = cmp > 0 ? 'above' : 'below';
    if (current && current.side === side) current.points.push(i);
    else {
      current = { side, points: [i] };
      runs.push(current);
    }
  });
  return runs;
}

/**
 * IHI trends: maximal stretches where the values keep going the same way, consecutive equal values counted once
 * (they neither add to nor break the trend). Returns each stretch of at least `min` counted points.
 */
export function trendsIn(
  values: readonly (number | null)[],
  min = IHI_TREND,
): { direction: 'up' | 'down'; points: number[]; length: number }[] {
  // Collapse missing values and repeats: each entry is one counted point with all indexes sharing its value.
  const counted: { value: number; idx: number[] }[] = [];
  values.forEach((v, i) => {
    if (v === null) return;
    const last = counted[counted.length - 1];
    if (last && last.value === v) last.idx.push(i);
    else counted.push({ value: v, idx: [i] });
  });
  const out: { direction: 'up' | 'down'; points: number[]; length: number }[] = [];
  let start = 0;
  let dir: 'up' | 'down' | null = null;
  const close = (end: number) => {
    const length = end - start + 1;
    if (dir && length >= min)
      out.push({ direction: dir, length, points: counted.slice(start, end + 1).flatMap((c) => c.idx) });
  };
  for (let k = 1; k < counted.length; k++) {
    const d = counted[k]!.value > counted[k - 1]!.value ? 'up' : 'down';
    if (d !== dir) {
      close(k - 1);
      // A turning point ends one trend and starts the next.
      start = k - 1;
      dir = d;
    }
  }
  close(counted.length - 1);
  return out;
}

/** Analyses a run chart under both rule sets. */
export function analyseRunChart(input: RunChartInput): RunChartAnalysis {
  const { values } = input;
  const desired = input.desired ?? 'none';
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const clean = values.map((v) => (v !== null && Number.isFinite(v) ? v : null));
  const n = present.length;
  const base = input.baseline && input.baseline > 0 ? Math.min(input.baseline, n) : n;
  const frozen = base > 0 && base < n;
  const exactCentre = exactMedian(present.slice(0, base));
  const centre = exactCentre === null ? null : exactCentre.toNumber();
  const runs = exactCentre === null ? [] : runsAround(clean, exactCentre);
  const useful = runs.reduce((s, r) => s + r.points.length, 0);
  const crossings = Math.max(0, runs.length - 1);
  const longestRun = runs.reduce((m, r) => Math.max(m, r.points.length), 0);
  const tooEarly = n < MIN_POINTS;

  const result: RunChartAnalysis = {
    n,
    median: centre,
    medianFrom: base,
    frozen,
    useful,
    runs,
    crossings,
    longestRun,
    tooEarly,
    ihi: { signals: [], runsLower: null, runsUpper: null },
    anhoj: { signals: [], longestRunLimit: null, crossingsLimit: null },
  };
  if (tooEarly || centre === null) return result;

  // IHI 1: shift.
  for (const r of runs) {
    if (r.points.length >= IHI_SHIFT) {
      result.ihi.signals.push({
        rule: 'shift',
        side: r.side,
        from: r.points[0]!,
        to: r.points[r.points.length - 1]!,
        length: r.points.length,
        points: r.points,
        effect: sideEffect(r.side, desired),
      });
    }
  }
  // IHI 2: trend.
  for (const t of trendsIn(clean)) {
    result.ihi.signals.push({
      rule: 'trend',
      direction: t.direction,
      from: t.points[0]!,
      to: t.points[t.points.length - 1]!,
      length: t.length,
      points: t.points,
      effect: directionEffect(t.direction, desired),
    });
  }
  // IHI 3: too few or too many runs.
  const lim = runsLimits(useful);
  if (lim) {
    result.ihi.runsLower = lim.lower;
    result.ihi.runsUpper = lim.upper;
    if (runs.length < lim.lower)
      result.ihi.signals.push({
        rule: 'runs',
        kind: 'too-few',
        runs: runs.length,
        lower: lim.lower,
        upper: lim.upper,
        effect: 'neutral',
      });
    else if (runs.length > lim.upper)
      result.ihi.signals.push({
        rule: 'runs',
        kind: 'too-many',
        runs: runs.length,
        lower: lim.lower,
        upper: lim.upper,
        effect: 'neutral',
      });
  }
  // IHI 4: astronomical points, as flagged by the team.
  (input.astronomical ?? []).forEach((flag, i) => {
    if (flag && clean[i] !== null && clean[i] !== undefined)
      result.ihi.signals.push({ rule: 'astronomical', index: i, points: [i], effect: 'neutral' });
  });

  // Anhøj: longest run and crossings over the useful observations.
  if (useful >= 1) {
    const runLimit = anhojLongestRunLimit(useful);
    const crossLimit = anhojCrossingsLimit(useful);
    result.anhoj.longestRunLimit = runLimit;
    result.anhoj.crossingsLimit = crossLimit;
    for (const r of runs) {
      if (r.points.length > runLimit) {
        result.anhoj.signals.push({
          rule: 'longest-run',
          side: r.side,
          from: r.points[0]!,
          to: r.points[r.points.length - 1]!,
          length: r.points.length,
          limit: runLimit,
          points: r.points,
          effect: sideEffect(r.side, desired),
        });
      }
    }
    if (crossings < crossLimit)
      result.anhoj.signals.push({ rule: 'crossings', crossings, limit: crossLimit, effect: 'neutral' });
  }
  return result;
}

/** The indexes highlighted by a rule set's signals (for drawing). */
export function signalPoints(signals: readonly { rule: string; points?: readonly number[] }[]): Set<number> {
  const s = new Set<number>();
  for (const sig of signals) for (const i of sig.points ?? []) s.add(i);
  return s;
}
