/**
 * Dot-voting arithmetic: ballot checks, tallies, ranks and ties at the cut-off. Pure functions over plain arrays,
 * so the renderer, the backend, the Excel export and `cli info` all count the same way.
 *
 * Dots are arrays aligned with a round's option list: `dots[i]` is the number of dots on option `i`.
 */

/** The two limits a voter must keep. */
export interface DotRules {
  /** Dots each voter has. */
  dotsPerVoter: number;
  /** The most dots one voter may put on one option. */
  maxPerOption: number;
}

/** A private ballot as far as counting is concerned: who (by role only) and where the dots went. */
export interface BallotDots {
  /** Member role of the voter, or '' for an anonymous voter. Never a person. */
  role: string;
  dots: readonly number[];
}

/** Paper dots typed in by the coach: how many people voted on paper and the dots counted per option. */
export interface PaperDots {
  voters: number;
  counts: readonly number[];
}

/** Why a ballot or a paper count does not fit the rules (an i18n key suffix under `dotVote.errors`). */
export type DotProblem = 'wrongLength' | 'notWholeNumber' | 'negative' | 'overBudget' | 'overOptionLimit';

/** Checks one voter's ballot against the rules; `null` when it fits. */
export function checkBallot(dots: readonly number[], optionCount: number, rules: DotRules): DotProblem | null {
  if (dots.length !== optionCount) return 'wrongLength';
  let sum = 0;
  for (const d of dots) {
    if (!Number.isInteger(d)) return 'notWholeNumber';
    if (d < 0) return 'negative';
    if (d > rules.maxPerOption) return 'overOptionLimit';
    sum += d;
  }
  return sum > rules.dotsPerVoter ? 'overBudget' : null;
}

/**
 * Checks paper counts: whole, non-negative, and possible for that many paper voters (no option above
 * `voters × maxPerOption`, no more than `voters × dotsPerVoter` dots in all).
 */
export function checkPaper(paper: PaperDots, optionCount: number, rules: DotRules): DotProblem | null {
  if (paper.counts.length !== optionCount) return 'wrongLength';
  if (!Number.isInteger(paper.voters)) return 'notWholeNumber';
  if (paper.voters < 0) return 'negative';
  let sum = 0;
  for (const c of paper.counts) {
    if (!Number.isInteger(c)) return 'notWholeNumber';
    if (c < 0) return 'negative';
    if (c > paper.voters * rules.maxPerOption) return 'overOptionLimit';
    sum += c;
  }
  return sum > paper.voters * rules.dotsPerVoter ? 'overBudget' : null;
}

/** The role bucket paper dots are counted in (paper carries no role). */
export const PAPER_BUCKET = 'paper';
/** The role bucket anonymous laptop ballots are counted in. */
export const ANONYMOUS_BUCKET = 'anonymous';

export interface OptionTally {
  /** Index in the round's option list. */
  index: number;
  ballotDots: number;
  paperDots: number;
  total: number;
  /** Dots by role bucket (member role, `anonymous`, `paper`); buckets with no dots are left out. */
  byRole: Record<string, number>;
}

export interface RoundTally {
  options: OptionTally[];
  ballotsCast: number;
  paperVoters: number;
  /** Laptop ballots plus paper voters. */
  voters: number;
  totalDots: number;
  /** How many laptop ballots each role bucket cast (paper voters under `paper`). */
  votersByRole: Record<string, number>;
}

/** Adds up the ballots and the paper counts of one round. Order of ballots does not matter. */
export function tallyRound(optionCount: number, ballots: readonly BallotDots[], paper: PaperDots | null): RoundTally {
  const options: OptionTally[] = Array.from({ length: optionCount }, (_, index) => ({
    index,
    ballotDots: 0,
    paperDots: 0,
    total: 0,
    byRole: {},
  }));
  const votersByRole: Record<string, number> = {};
  let totalDots = 0;
  for (const b of ballots) {
    const bucket = b.role === '' ? ANONYMOUS_BUCKET : b.role;
    votersByRole[bucket] = (votersByRole[bucket] ?? 0) + 1;
    for (let i = 0; i < optionCount; i++) {
      const d = b.dots[i] ?? 0;
      if (d <= 0) continue;
      const o = options[i]!;
      o.ballotDots += d;
      o.total += d;
      o.byRole[bucket] = (o.byRole[bucket] ?? 0) + d;
      totalDots += d;
    }
  }
  const paperVoters = paper?.voters ?? 0;
  if (paper) {
    if (paperVoters > 0) votersByRole[PAPER_BUCKET] = paperVoters;
    for (let i = 0; i < optionCount; i++) {
      const c = paper.counts[i] ?? 0;
      if (c <= 0) continue;
      const o = options[i]!;
      o.paperDots += c;
      o.total += c;
      o.byRole[PAPER_BUCKET] = (o.byRole[PAPER_BUCKET] ?? 0) + c;
      totalDots += c;
    }
  }
  return {
    options,
    ballotsCast: ballots.length,
    paperVoters,
    voters: ballots.length + paperVoters,
    totalDots,
    votersByRole,
  };
}

export interface RankedOption {
  /** Index in the round's option list. */
  index: number;
  total: number;
  /** Competition rank ("1, 2, 2, 4"): options with equal dots share a rank. */
  rank: number;
  /** True when another option has the same number of dots. */
  tied: boolean;
}

/**
 * Ranks options by dots, most first. Equal totals share a rank and keep the option list's order among themselves,
 * so the result depends on the totals only (never on the order ballots were cast).
 */
export function rankOptions(totals: readonly number[]): RankedOption[] {
  const order = totals.map((total, index) => ({ index, total })).sort((a, b) => b.total - a.total || a.index - b.index);
  const count = new Map<number, number>();
  for (const t of totals) count.set(t, (count.get(t) ?? 0) + 1);
  const out: RankedOption[] = [];
  order.forEach((o, pos) => {
    const prev = out[pos - 1];
    const rank = prev && prev.total === o.total ? prev.rank : pos + 1;
    out.push({ index: o.index, total: o.total, rank, tied: (count.get(o.total) ?? 0) > 1 });
  });
  return out;
}

export interface CutoffResult {
  /** How many options the team wanted to choose. */
  wanted: number;
  /** Options clearly inside the cut (indices, in rank order). */
  chosen: number[];
  /** Options sharing the last place inside the cut with options outside it (indices); empty when there is no tie. */
  tiedAtCut: number[];
  /** How many of the tied options would still fit. */
  placesLeft: number;
}

/**
 * Which options make the top `wanted`, and whether a tie straddles the cut-off: then the tied options are shown as
 * tied (never silently cut by list order) and only the options above them count as chosen.
 */
export function cutoff(ranked: readonly RankedOption[], wanted: number): CutoffResult {
  const n = Math.max(0, Math.min(Math.floor(wanted), ranked.length));
  if (n === 0) return { wanted: n, chosen: [], tiedAtCut: [], placesLeft: 0 };
  const last = ranked[n - 1]!;
  const next = ranked[n];
  if (!next || next.total !== last.total)
    return { wanted: n, chosen: ranked.slice(0, n).map((r) => r.index), tiedAtCut: [], placesLeft: 0 };
  const chosen = ranked.filter((r) => r.total > last.total).map((r) => r.index);
  const tiedAtCut = ranked.filter((r) => r.total === last.total).map((r) => r.index);
  return { wanted: n, chosen, tiedAtCut, placesLeft: n - chosen.length };
}

/** The dots per voter to suggest: about a third of the options, at least 3 and at most 6, never more than options. */
export function suggestDots(optionCount: number): number {
  if (optionCount <= 0) return 1;
  const third = Math.round(optionCount / 3);
  return Math.max(1, Math.min(optionCount, Math.max(3, Math.min(6, third))));
}

/** Dots a voter has left on a ballot. */
export function dotsLeft(dots: readonly number[], rules: DotRules): number {
  return rules.dotsPerVoter - dots.reduce((a, b) => a + b, 0);
}
