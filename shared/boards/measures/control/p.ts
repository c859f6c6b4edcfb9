import { Exact } from '../../../analysis/exact';
import type { Limits } from './limits';

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
  const sumNum = base.reduce((s, i) => s.plus(num[i]!), new Exact(0));
  const sumDen = base.reduce((s, i) => s.plus(den[i]!), new Exact(0));
  const pBar = sumNum.div(sumDen);
  const spread = pBar.times(new Exact(1).minus(pBar));
  return {
    centre: pBar.times(multiplier),
    sigma: num.map((v, i) => (v === null ? null : spread.div(den[i]!).sqrt().times(multiplier))),
    clip: { floor: new Exact(0), ceiling: new Exact(multiplier) },
  };
}
