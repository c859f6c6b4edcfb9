import { exactSum } from '../../../analysis/exact';
import { cachedRoots, type Limits } from './limits';

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
  const uBar = exactSum(base.map((i) => num[i]!)).div(exactSum(base.map((i) => den[i]!)));
  const f = uBar.toNumber();
  return {
    centre: uBar.times(multiplier),
    sigma: num.map((v, i) => (v === null ? null : Math.sqrt(f / den[i]!) * multiplier)),
    kSigmaExact: cachedRoots((d) => uBar.div(d).sqrt().times(multiplier), den),
    constant: false,
    clip: { floor: 0 },
  };
}
