import { MEMBER_ROLES } from '../../domain/vocab';
import {
  checkBallot,
  cutoff,
  rankOptions,
  suggestDots,
  tallyRound,
  type CutoffResult,
  type RankedOption,
  type RoundTally,
} from '../../analysis/dot-vote';
import type { DotVoteDoc, VoteOption, VoteRound, VoteRules, VoterSetup } from './model';

/** How many laptop ballots a round expects (0 when only paper is used). */
export function expectedBallots(rules: VoteRules): number {
  if (rules.collection === 'paper') return 0;
  const v = rules.voters;
  return v.mode === 'anonymous' ? v.count : MEMBER_ROLES.reduce((sum, r) => sum + v.slots[r], 0);
}

/** Laptop ballot slots still open per role (roles mode), or overall (anonymous mode, under ''). */
export function openSlots(round: VoteRound): Record<string, number> {
  const v = round.rules.voters;
  if (v.mode === 'anonymous') return { '': Math.max(0, v.count - round.ballots.length) };
  const out: Record<string, number> = {};
  for (const r of MEMBER_ROLES) out[r] = Math.max(0, v.slots[r] - round.ballots.filter((b) => b.role === r).length);
  return out;
}

/** Voter slots from a roster: one per member and role; the coach facilitates and gets no slot. */
export function slotsFromRoster(roles: readonly string[]): VoterSetup {
  const slots = Object.fromEntries(MEMBER_ROLES.map((r) => [r, 0])) as Record<(typeof MEMBER_ROLES)[number], number>;
  for (const r of roles) if (r !== 'coach' && r in slots) slots[r as (typeof MEMBER_ROLES)[number]] += 1;
  return { mode: 'roles', slots };
}

/** Rules a new vote starts with for `optionCount` options. */
export function defaultRules(optionCount: number, voters: VoterSetup = { mode: 'anonymous', count: 6 }): VoteRules {
  const dots = suggestDots(optionCount);
  return {
    dotsPerVoter: dots,
    maxPerOption: Math.min(2, dots),
    collection: 'laptop',
    voters,
    hideUntilReveal: true,
    cutoff: 3,
  };
}

/** The options of a round, in its order; ids without an option (should not happen) are skipped. */
export function roundOptions(doc: DotVoteDoc, round: VoteRound): VoteOption[] {
  const byId = new Map(doc.options.map((o) => [o.id, o]));
  const ids = round.status === 'setup' ? doc.options.map((o) => o.id) : round.optionIds;
  return ids.map((id) => byId.get(id)).filter((o): o is VoteOption => o !== undefined);
}

export interface RoundResult {
  round: VoteRound;
  options: VoteOption[];
  tally: RoundTally;
  ranked: RankedOption[];
  cut: CutoffResult;
}

/** Tally, ranking and cut-off of a round (whether or not it is revealed; callers decide what to show). */
export function roundResult(doc: DotVoteDoc, round: VoteRound): RoundResult {
  const options = roundOptions(doc, round);
  const paper =
    round.paper.counts.length === options.length
      ? round.paper
      : { voters: round.paper.voters, counts: options.map(() => 0) };
  const tally = tallyRound(options.length, round.ballots, paper);
  const ranked = rankOptions(tally.options.map((o) => o.total));
  return { round, options, tally, ranked, cut: cutoff(ranked, round.rules.cutoff) };
}

/** The latest revealed round, if any. */
export function lastRevealed(doc: DotVoteDoc): VoteRound | undefined {
  return [...doc.rounds].reverse().find((r) => r.status === 'revealed');
}

/** Checks a ballot for a round; the problem key suffix or null. */
export function ballotProblem(round: VoteRound, dots: readonly number[]): string | null {
  return checkBallot(dots, round.optionIds.length, round.rules);
}

/** One line per option for `cli info`: "1. text (12)", ties marked with "=". */
export function rankedText(r: RoundResult, limit = 10): string {
  return r.ranked
    .slice(0, limit)
    .map((x) => `${x.rank}${x.tied ? '=' : ''}. ${r.options[x.index]?.text ?? ''} (${x.total})`)
    .join(' · ');
}
