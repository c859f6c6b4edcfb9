import { exactMean } from '../../../analysis/exact';
import type { Limits } from './limits';

/** C chart (counts of events in equal areas of opportunity): c̄ = mean count of the baseline; sigma = √c̄; LCL ≥ 0. */
export function cLimits(values: readonly (number | null)[], base: readonly number[]): Limits {
  const centre = exactMean(base.map((i) => values[i]!))!;
  const sigma = centre.sqrt();
  const s = sigma.toNumber();
  return {
    centre,
    sigma: values.map((v) => (v === null ? null : s)),
    kSigmaExact: (_i, k) => sigma.times(k),
    constant: true,
    clip: { floor: 0 },
  };
}
