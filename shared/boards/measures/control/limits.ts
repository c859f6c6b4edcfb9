import type { Exact } from '../../../analysis/exact';

/** A chart's centre line and its sigma per period (null where nothing is plotted), before the rules are applied. */
export interface Limits {
  centre: Exact;
  sigma: (Exact | null)[];
  /** Limits never go past these (a proportion stays within 0…1, a count or rate above 0). */
  clip: { floor?: Exact; ceiling?: Exact };
}
