import { Exact } from '../../../analysis/exact';
import type { Limits } from './limits';

/**
 * U chart (rates per unit, e.g. falls per 1,000 patient days): ū = Σ counts / Σ units over the baseline;
 * sigma_i = √(ū / n_i) for the period's units n_i (limits step with the denominator); the lower limit stays at or
 * above 0. Multiplied by the measure's multiplier.
 */
export function uLimits(
  num: readonly (number | null)[],
  den: readonly (number | null)[],
  base: readonly number[],
  multiplier: number,
): Limits {
  const sumNum = base.reduce((s, i) => s.plus(num[i]!), new Exact(0));
  const sumDen = base.reduce((s, i) => s.plus(den[i]!), new Exact(0));
  const uBar = sumNum.div(sumDen);
  return {
    centre: uBar.times(multiplier),
    sigma: num.map((v, i) => (v === null ? null : uBar.div(den[i]!).sqrt().times(multiplier))),
    clip: { floor: new Exact(0) },
  };
}
