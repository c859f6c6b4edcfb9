import { Exact, exactMean } from '../../../analysis/exact';
import type { Limits } from './limits';

/** C chart (counts of events in equal areas of opportunity): c̄ = mean count of the baseline; sigma = √c̄; LCL ≥ 0. */
export function cLimits(values: readonly (number | null)[], base: readonly number[]): Limits {
  const centre = exactMean(base.map((i) => values[i]!))!;
  const sigma = centre.sqrt();
  return { centre, sigma: values.map((v) => (v === null ? null : sigma)), clip: { floor: new Exact(0) } };
}
