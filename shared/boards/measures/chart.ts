import type { RunChartAnalysis } from '../../analysis/run-chart';
import type { MeasureSeries } from './analysis';

/**
 * Axis and median geometry shared by the board's run chart (renderer) and the run-chart picture
 * (shared/boards/measures/picture.ts), so both draw the same chart.
 */

/** Round values for a value axis (steps of 1, 2, 2.5 or 5 × 10^k), about `count` of them, covering lo…hi. */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  const span = hi - lo || Math.abs(hi) || 1;
  const raw = span / Math.max(1, count);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((k) => k * mag).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9 && out.length < 50; v += step)
    out.push(Math.round(v / step) * step);
  return out;
}

/** The index on the time axis where a frozen median's baseline ends (the last index when the median is not frozen). */
export function frozenEndIndex(
  series: Pick<MeasureSeries, 'values'>,
  analysis: Pick<RunChartAnalysis, 'frozen' | 'medianFrom'>,
): number {
  const n = series.values.length;
  if (!analysis.frozen) return n - 1;
  let seen = 0;
  for (let i = 0; i < n; i++) {
    if (series.values[i] !== null) seen++;
    if (seen === analysis.medianFrom) return i;
  }
  return n - 1;
}

/** One level of a control limit over a stretch of the time axis (indexes, fractional at the steps). */
export interface LimitStep {
  from: number;
  to: number;
  value: number;
}

/**
 * A control limit as horizontal steps (canvas and picture alike): each plotted period's limit spans half-way to
 * its neighbours, equal neighbouring limits merge, so a P or U chart's limits step where the denominator changes.
 */
export function limitSteps(limit: readonly (number | null)[]): LimitStep[] {
  const at = limit.flatMap((v, i) => (v === null ? [] : [{ i, v }]));
  const out: LimitStep[] = [];
  at.forEach(({ i, v }, k) => {
    const from = k === 0 ? i : (at[k - 1]!.i + i) / 2;
    const to = k === at.length - 1 ? i : (i + at[k + 1]!.i) / 2;
    const last = out[out.length - 1];
    if (last && last.value === v && last.to === from) last.to = to;
    else out.push({ from, to, value: v });
  });
  return out;
}

/** SVG path data of limit steps, given the axis scales. */
export function limitPath(steps: readonly LimitStep[], x: (i: number) => number, y: (v: number) => number): string {
  let d = '';
  let prev: LimitStep | null = null;
  for (const s of steps) {
    const yy = y(s.value).toFixed(1);
    d += `${prev && prev.to === s.from ? 'L' : 'M'}${x(s.from).toFixed(1)},${yy}L${x(s.to).toFixed(1)},${yy}`;
    prev = s;
  }
  return d;
}
