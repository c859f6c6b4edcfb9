import { Exact, exactSum } from '../../../analysis/exact';
import { cachedRoots, type Limits } from './limits';

/**
 * P chart (proportions, varying denominators): p̄ = Σ numerators / Σ denominators over the baseline;
 * sigma_i = √(p̄ (1 − p̄) / n_i) for the period's denominator n_i, so the limits step with the denominator;
 * limits stay within 0 … 1. Everything is multiplied by the measure's multiplier (100 for a percentage).
 */
export function pLimits(
  num: readonly (number | null)[],
  den: readonly (number | null)[],
  base: readonly number[],
  multiplier: number,
): Limits {
  const pBar = exactSum(base.map((i) => num[i]!)).div(exactSum(base.map((i) => den[i]!)));
  const spread = pBar.times(new Exact(1).minus(pBar));
  const f = spread.toNumber();
  return {
    centre: pBar.times(multiplier),
    sigma: num.map((v, i) => (v === null ? null : Math.sqrt(f / den[i]!) * multiplier)),
    kSigmaExact: cachedRoots((d) => spread.div(d).sqrt().times(multiplier), den),
    constant: false,
    clip: { floor: 0, ceiling: multiplier },
  };
}
