import { Exact, exact, exactMean } from '../../../analysis/exact';
import type { Limits } from './limits';

/** 3 / d2 with d2 = 1.128 for moving ranges of two points, rounded as in the literature: UCL = mean + 2.66 × mean MR. */
export const XMR_FACTOR = new Exact('2.66');

/**
 * XmR (individuals) chart: centre = mean of the baseline's values; moving range = |x − previous x| between
 * consecutive plotted points of the baseline; limits = centre ± 2.66 × mean moving range (sigma = 2.66/3 × that).
 */
export function xmrLimits(values: readonly (number | null)[], base: readonly number[]): Limits {
  const xs = base.map((i) => values[i]!);
  const centre = exactMean(xs)!;
  const ranges: Exact[] = [];
  for (let k = 1; k < xs.length; k++)
    ranges.push(
      exact(xs[k]!)
        .minus(xs[k - 1]!)
        .abs(),
    );
  const mrBar = ranges.reduce((s, r) => s.plus(r), new Exact(0)).div(Math.max(1, ranges.length));
  const sigma = mrBar.times(XMR_FACTOR).div(3);
  return { centre, sigma: values.map((v) => (v === null ? null : sigma)), clip: {} };
}
