import { Exact, exactMean, exactMovingRangeSum } from '../../../analysis/exact';
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
  const mrBar = exactMovingRangeSum(xs).div(Math.max(1, xs.length - 1));
  const threeSigma = mrBar.times(XMR_FACTOR);
  const s = threeSigma.div(3).toNumber();
  return {
    centre,
    sigma: values.map((v) => (v === null ? null : s)),
    kSigmaExact: (_i, k) => (k === 3 ? threeSigma : threeSigma.times(k).div(3)),
    constant: true,
    clip: {},
  };
}
