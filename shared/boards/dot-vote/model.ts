import { z } from 'zod';
import { Id } from '../../domain/ids';
import { MEMBER_ROLES } from '../../domain/vocab';
import { LIMITS } from '../../domain/limits';
import { ItemRef } from '../links';

/** Bounds that keep a bad package or a runaway loop from bloating a vote. */
export const DOT_VOTE_LIMITS = {
  options: 300,
  rounds: 10,
  /** Laptop ballots per round. */
  ballots: 300,
  dots: 50,
  /** Laptop voters per role, or anonymous voters. */
  voters: 300,
  paperVoters: 1000,
  paperCount: 50_000,
  corrections: 5000,
  /** The most options a team may want to choose. */
  cutoff: 20,
} as const;

/** Roles that vote in the "team members by role" mode (the coach facilitates and does not vote by default). */
export const VOTING_ROLES = MEMBER_ROLES;

/**
 * One option of the vote. `text` is a snapshot taken when the option was added, so the vote keeps what was voted
 * on even if the source note is later edited or deleted. `source` links back to the item on its board.
 */
export const VoteOption = z.object({
  id: Id,
  text: z.string().max(LIMITS.noteText),
  source: ItemRef.nullable(),
  /** Snapshot of the source board's name, for the result and the Excel sheet. */
  sourceBoardName: z.string().max(LIMITS.name),
  /** Snapshot of the source item's group (cluster, bone). */
  sourceGroup: z.string().max(LIMITS.name),
});
export type VoteOption = z.infer<typeof VoteOption>;

const VoterCount = z.number().int().min(0).max(DOT_VOTE_LIMITS.voters);

/** Who votes on the laptop: slots per member role (from the team roster), or a number of anonymous voters. */
export const VoterSetup = z.discriminatedUnion('mode', [
  z.object({
    mode: z.literal('roles'),
    slots: z.object(
      Object.fromEntries(MEMBER_ROLES.map((r) => [r, VoterCount])) as Record<
        (typeof MEMBER_ROLES)[number],
        typeof VoterCount
      >,
    ),
  }),
  z.object({ mode: z.literal('anonymous'), count: VoterCount }),
]);
export type VoterSetup = z.infer<typeof VoterSetup>;

export const COLLECTION_MODES = ['laptop', 'paper', 'mixed'] as const;
export type CollectionMode = (typeof COLLECTION_MODES)[number];

const Dots = z.number().int().min(1).max(DOT_VOTE_LIMITS.dots);

export const VoteRules = z.object({
  dotsPerVoter: Dots,
  maxPerOption: Dots,
  /** Private ballots on the laptop passed around, paper dots typed in by the coach, or both. */
  collection: z.enum(COLLECTION_MODES),
  voters: VoterSetup,
  /** Results stay hidden until the coach reveals them. */
  hideUntilReveal: z.boolean(),
  /** How many options the team wants to choose (ties across this place are shown as ties). */
  cutoff: z.number().int().min(1).max(DOT_VOTE_LIMITS.cutoff),
});
export type VoteRules = z.infer<typeof VoteRules>;

/**
 * A private ballot. Privacy by shape: a random id (not a member id, not a sequence number), the voter's role only,
 * no time stamp, and ballots are kept sorted by id, so neither the document nor the order of its ballots tells who
 * voted how. `dots[i]` belongs to the round's `optionIds[i]`.
 */
export const Ballot = z.object({
  id: Id,
  role: z.enum(MEMBER_ROLES).or(z.literal('')),
  dots: z.array(z.number().int().min(0).max(DOT_VOTE_LIMITS.dots)).max(DOT_VOTE_LIMITS.options),
});
export type Ballot = z.infer<typeof Ballot>;

export const PaperCounts = z.object({
  voters: z.number().int().min(0).max(DOT_VOTE_LIMITS.paperVoters),
  counts: z.array(z.number().int().min(0).max(DOT_VOTE_LIMITS.paperCount)).max(DOT_VOTE_LIMITS.options),
});
export type PaperCounts = z.infer<typeof PaperCounts>;

/** A paper count changed after the result was revealed; shown with the result. */
export const Correction = z.object({
  optionId: Id.nullable(),
  /** For `optionId: null`: the number of paper voters. */
  before: z.number().int().min(0),
  after: z.number().int().min(0),
});
export type Correction = z.infer<typeof Correction>;

export const ROUND_STATUSES = ['setup', 'voting', 'revealed'] as const;

export const VoteRound = z.object({
  id: Id,
  /** The options of this round, in display order; fixed once voting starts. */
  optionIds: z.array(Id).max(DOT_VOTE_LIMITS.options),
  rules: VoteRules,
  status: z.enum(ROUND_STATUSES),
  /** Sorted by `id` (canonical order, never the order of casting). */
  ballots: z.array(Ballot).max(DOT_VOTE_LIMITS.ballots),
  paper: PaperCounts,
  /** Totals per option at the moment of the reveal. */
  revealed: z.object({ totals: z.array(z.number().int().min(0)).max(DOT_VOTE_LIMITS.options) }).nullable(),
  corrections: z.array(Correction).max(DOT_VOTE_LIMITS.corrections),
});
export type VoteRound = z.infer<typeof VoteRound>;

export const DECISION_KINDS = ['root-cause', 'change-idea'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

/** What the team decided to do with the winners; offered to other boards through `items()`. */
export const Decision = z.object({
  roundId: Id,
  optionIds: z.array(Id).min(1).max(DOT_VOTE_LIMITS.options),
  as: z.enum(DECISION_KINDS),
  /** The winners' sources (a copy of their links, so the decision reads on its own). */
  sources: z.array(ItemRef).max(DOT_VOTE_LIMITS.options),
});
export type Decision = z.infer<typeof Decision>;

export const DotVoteDoc = z.object({
  question: z.string().max(LIMITS.shortText),
  options: z.array(VoteOption).max(DOT_VOTE_LIMITS.options),
  rounds: z.array(VoteRound).min(1).max(DOT_VOTE_LIMITS.rounds),
  decision: Decision.nullable(),
});
export type DotVoteDoc = z.infer<typeof DotVoteDoc>;

export const DotVoteCommand = z.discriminatedUnion('type', [
  z.object({ type: z.literal('setQuestion'), question: DotVoteDoc.shape.question }),
  z.object({ type: z.literal('addOptions'), options: z.array(VoteOption).min(1).max(DOT_VOTE_LIMITS.options) }),
  z.object({ type: z.literal('updateOption'), id: Id, text: VoteOption.shape.text }),
  z.object({ type: z.literal('removeOption'), id: Id }),
  z.object({ type: z.literal('setRules'), roundId: Id, rules: VoteRules }),
  z.object({ type: z.literal('startVoting'), roundId: Id }),
  z.object({ type: z.literal('castBallot'), roundId: Id, ballot: Ballot }),
  /** A voter corrects the ballot they just cast (before the reveal). */
  z.object({ type: z.literal('correctBallot'), roundId: Id, ballotId: Id, dots: Ballot.shape.dots }),
  z.object({ type: z.literal('setPaper'), roundId: Id, paper: PaperCounts }),
  z.object({ type: z.literal('reveal'), roundId: Id }),
  /** A second round on some options of a revealed round (the top N or the tied ones), in one step. */
  z.object({
    type: z.literal('startRunoff'),
    fromRoundId: Id,
    roundId: Id,
    optionIds: z.array(Id).min(2).max(DOT_VOTE_LIMITS.options),
  }),
  z.object({ type: z.literal('decide'), roundId: Id, optionIds: Decision.shape.optionIds, as: Decision.shape.as }),
  z.object({ type: z.literal('clearDecision') }),
]);
export type DotVoteCommand = z.infer<typeof DotVoteCommand>;

/** The id of the first round of every vote (later rounds get ids from their command). */
export const FIRST_ROUND_ID = 'round-1';
