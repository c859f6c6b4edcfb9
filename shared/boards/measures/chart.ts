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
