/**
 * Pareto analysis, pure: categories sorted by count (largest first), each with its share and the cumulative share,
 * the "vital few" that together reach 80 %, and a long tail grouped into one "other" bar (always last). Counts are
 * whole numbers, so shares are one division each (no accumulated rounding) and the 80 % test is exact integer
 * arithmetic: cumulative × 100 ≥ 80 × total.
 */

export const PARETO_MARK = 80;
/** At most this many bars; beyond it the smallest categories become one "other" bar (the last of the bars). */
export const PARETO_MAX_BARS = 10;

export interface ParetoItem {
  label: string;
  count: number;
}

export interface ParetoBar {
  label: string;
  count: number;
  /** Per cent of the total. */
  share: number;
  /** Per cent of the total up to and including this bar. */
  cumulative: number;
  /** For the "other" bar: how many categories it groups; 0 for a single category. */
  grouped: number;
  /** Among the bars that first reach 80 % together. */
  vital: boolean;
}

export interface ParetoAnalysis {
  total: number;
  bars: ParetoBar[];
  /** How many bars reach the 80 % mark together (0 when the total is 0). */
  vitalFew: number;
  /** A reason there is no chart: no categories, every count 0, or a count that is not a whole number ≥ 0. */
  problem: null | { kind: 'empty' } | { kind: 'all-zero' } | { kind: 'bad-count'; label: string };
}

export function pareto(items: readonly ParetoItem[], maxBars: number = PARETO_MAX_BARS): ParetoAnalysis {
  const empty = (problem: ParetoAnalysis['problem']): ParetoAnalysis => ({ total: 0, bars: [], vitalFew: 0, problem });
  if (items.length === 0) return empty({ kind: 'empty' });
  const bad = items.find((i) => !Number.isSafeInteger(i.count) || i.count < 0);
  if (bad) return empty({ kind: 'bad-count', label: bad.label });
  const total = items.reduce((s, i) => s + i.count, 0);
  if (total === 0) return empty({ kind: 'all-zero' });

  // Largest first; equal counts keep their given order (Array.prototype.sort is stable).
  const sorted = [...items].sort((a, b) => b.count - a.count);
  const keep = sorted.length > maxBars ? Math.max(1, maxBars - 1) : sorted.length;
  const groups = sorted.slice(0, keep).map((i) => ({ label: i.label, count: i.count, grouped: 0 }));
  const tail = sorted.slice(keep);
  if (tail.length > 0) groups.push({ label: '', count: tail.reduce((s, i) => s + i.count, 0), grouped: tail.length });

  let running = 0;
  let vitalFew = 0;
  const bars = groups.map((g, k) => {
    const before = running;
    running += g.count;
    // A bar is vital while the share before it is still under 80 %.
    const vital = before * 100 < PARETO_MARK * total;
    if (vital) vitalFew = k + 1;
    return {
      label: g.label,
      count: g.count,
      share: (g.count * 100) / total,
      cumulative: (running * 100) / total,
      grouped: g.grouped,
      vital,
    };
  });
  return { total, bars, vitalFew, problem: null };
}
