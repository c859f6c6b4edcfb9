import type { Exact } from '../../../analysis/exact';

/** A chart's centre line and its sigma per period (null where nothing is plotted), before the rules are applied. */
export interface Limits {
  centre: Exact;
  /** Sigma per period as a double, for drawing and for every comparison that is not a near-tie. */
  sigma: (number | null)[];
  /**
   * Exactly k sigma at period i, computed only when a point is within a hair of a zone or limit. (k × sigma, not
   * sigma then × k: an XmR limit is 11 + 2.66 × 2 = 16.32 exactly, where (2.66 × 2 / 3) × 3 is 16.319…9.)
   */
  kSigmaExact: (i: number, k: number) => Exact;
  /** True when sigma is one exact decimal for the whole chart (XmR, C): the limits are then exact too. */
  constant: boolean;
  /** Limits never go past these (a proportion stays within 0…1, a count or rate above 0). */
  clip: { floor?: number; ceiling?: number };
}

/** A square root per distinct denominator, computed on first use (decimal.js roots are slow). */
export function cachedRoots(
  root: (den: number) => Exact,
  den: readonly (number | null)[],
): (i: number, k: number) => Exact {
  const cache = new Map<number, Exact>();
  return (i, k) => {
    const d = den[i]!;
    let r = cache.get(d);
    if (!r) cache.set(d, (r = root(d)));
    return r.times(k);
  };
}
