import { BoardCommandError, type BoardDefinition } from '../types';
import type { BoardCounts } from '../counts';
import { BOARD_SHEET_COLUMNS, type SheetSpec, type CellValue, type ExportHeaderKey } from '../../export/sheet';
import type { BoardItem, ItemRef } from '../links';
import { checkPaper, suggestDots, ANONYMOUS_BUCKET, PAPER_BUCKET } from '../../analysis/dot-vote';
import { MEMBER_ROLES, type MemberRole } from '../../domain/vocab';
import {
  DOT_VOTE_LIMITS,
  DotVoteCommand,
  DotVoteDoc,
  FIRST_ROUND_ID,
  type VoteOption,
  type VoteRound,
  type VoteRules,
  type VoterSetup,
} from './model';
import {
  ballotProblem,
  defaultRules,
  expectedBallots,
  lastRevealed,
  openSlots,
  rankedText,
  roundResult,
} from './results';

function round(doc: DotVoteDoc, id: string): VoteRound {
  const r = doc.rounds.find((x) => x.id === id);
  if (!r) throw new BoardCommandError('errors.board.noSuchItem', { id });
  return r;
}

function option(doc: DotVoteDoc, id: string): VoteOption {
  const o = doc.options.find((x) => x.id === id);
  if (!o) throw new BoardCommandError('errors.board.noSuchItem', { id });
  return o;
}

function fail(key: string, params: Record<string, string | number> = {}): never {
  throw new BoardCommandError(`dotVote.errors.${key}`, params);
}

/** Options can change only while the first round is being set up (later, ballots refer to them). */
function assertOptionsEditable(doc: DotVoteDoc): void {
  if (doc.rounds[0]?.status !== 'setup') fail('optionsLocked');
}

/**
 * While the first round is set up, the dots follow the suggestion (about a third of the options) until the coach
 * picks another number.
 */
function followSuggestion(doc: DotVoteDoc, countBefore: number): void {
  const r = doc.rounds[0];
  if (!r || r.status !== 'setup' || r.rules.dotsPerVoter !== suggestDots(countBefore)) return;
  const dots = suggestDots(doc.options.length);
  const followMax = r.rules.maxPerOption === Math.min(2, r.rules.dotsPerVoter);
  r.rules.dotsPerVoter = dots;
  r.rules.maxPerOption = followMax ? Math.min(2, dots) : Math.min(r.rules.maxPerOption, dots);
}

/** A plain copy of rules (also from an immer draft, which structuredClone cannot copy). */
function copyRules(r: VoteRules): VoteRules {
  const voters: VoterSetup =
    r.voters.mode === 'roles'
      ? { mode: 'roles', slots: { ...r.voters.slots } }
      : { mode: 'anonymous', count: r.voters.count };
  return { ...r, voters };
}

function isPaperEmpty(r: VoteRound): boolean {
  return r.paper.voters === 0 && r.paper.counts.every((c) => c === 0);
}

const ROLE_HEADERS: Record<MemberRole | typeof ANONYMOUS_BUCKET | typeof PAPER_BUCKET, ExportHeaderKey> = {
  'client-rep': 'export.header.clientRepresentative',
  professional: 'export.header.professional',
  'process-owner': 'export.header.processOwner',
  supervisor: 'export.header.supervisor',
  coach: 'export.header.coach',
  [ANONYMOUS_BUCKET]: 'export.header.anonymous',
  [PAPER_BUCKET]: 'export.header.paper',
};
const STATUS_FI: Record<VoteRound['status'], string> = {
  setup: 'valmistelu',
  voting: 'äänestys käynnissä',
  revealed: 'paljastettu',
};
const DECISION_FI = { 'root-cause': 'juurisyy', 'change-idea': 'muutosidea' } as const;

/** The board's items counted once (header, storyboard, Excel, cli info). */
function countItems(doc: DotVoteDoc) {
  return { options: doc.options.length } satisfies BoardCounts;
}

export const dotVote = {
  kind: 'dot-vote' as const,
  docVersion: 1,
  docSchema: DotVoteDoc,
  commandSchema: DotVoteCommand,
  migrations: {},
  createEmpty: (): DotVoteDoc => ({
    question: '',
    options: [],
    rounds: [
      {
        id: FIRST_ROUND_ID,
        optionIds: [],
        rules: defaultRules(0),
        status: 'setup',
        ballots: [],
        paper: { voters: 0, counts: [] },
        revealed: null,
        corrections: [],
      },
    ],
    decision: null,
  }),

  apply(doc, cmd) {
    switch (cmd.type) {
      case 'setQuestion':
        doc.question = cmd.question;
        return;
      case 'addOptions': {
        assertOptionsEditable(doc);
        if (doc.options.length + cmd.options.length > DOT_VOTE_LIMITS.options)
          fail('tooManyOptions', { max: DOT_VOTE_LIMITS.options });
        const ids = new Set(doc.options.map((o) => o.id));
        const before = doc.options.length;
        for (const o of cmd.options) {
          if (ids.has(o.id)) throw new BoardCommandError('errors.board.duplicateId', { id: o.id });
          ids.add(o.id);
          doc.options.push({ ...o, source: o.source ? { ...o.source } : null });
        }
        followSuggestion(doc, before);
        return;
      }
      case 'updateOption':
        assertOptionsEditable(doc);
        option(doc, cmd.id).text = cmd.text;
        return;
      case 'removeOption':
        assertOptionsEditable(doc);
        option(doc, cmd.id);
        doc.options = doc.options.filter((o) => o.id !== cmd.id);
        followSuggestion(doc, doc.options.length + 1);
        return;
      case 'setRules': {
        const r = round(doc, cmd.roundId);
        if (r.status === 'revealed' || r.ballots.length > 0 || !isPaperEmpty(r)) fail('rulesLocked');
        if (cmd.rules.maxPerOption > cmd.rules.dotsPerVoter) fail('maxAboveDots');
        r.rules = copyRules(cmd.rules);
        return;
      }
      case 'startVoting': {
        const r = round(doc, cmd.roundId);
        if (r.status !== 'setup') fail('alreadyStarted');
        if (doc.options.length < 2) fail('tooFewOptions');
        if (r.rules.collection === 'laptop' && expectedBallots(r.rules) === 0) fail('noVoters');
        r.optionIds = doc.options.map((o) => o.id);
        r.paper = { voters: 0, counts: r.optionIds.map(() => 0) };
        r.status = 'voting';
        return;
      }
      case 'castBallot': {
        const r = round(doc, cmd.roundId);
        if (r.status !== 'voting') fail('notVoting');
        if (r.rules.collection === 'paper') fail('paperOnly');
        if (r.ballots.some((b) => b.id === cmd.ballot.id))
          throw new BoardCommandError('errors.board.duplicateId', { id: cmd.ballot.id });
        const mode = r.rules.voters.mode;
        if ((mode === 'anonymous') !== (cmd.ballot.role === '')) fail('wrongRole');
        if ((openSlots(r)[cmd.ballot.role] ?? 0) <= 0) fail('allVoted');
        const problem = ballotProblem(r, cmd.ballot.dots);
        if (problem) fail(problem);
        // Canonical place by the random id: the array order never reflects who voted first.
        const at = r.ballots.findIndex((b) => b.id > cmd.ballot.id);
        r.ballots.splice(at === -1 ? r.ballots.length : at, 0, {
          id: cmd.ballot.id,
          role: cmd.ballot.role,
          dots: [...cmd.ballot.dots],
        });
        return;
      }
      case 'correctBallot': {
        const r = round(doc, cmd.roundId);
        if (r.status !== 'voting') fail('notVoting');
        const b = r.ballots.find((x) => x.id === cmd.ballotId);
        if (!b) throw new BoardCommandError('errors.board.noSuchItem', { id: cmd.ballotId });
        const problem = ballotProblem(r, cmd.dots);
        if (problem) fail(problem);
        b.dots = [...cmd.dots];
        return;
      }
      case 'setPaper': {
        const r = round(doc, cmd.roundId);
        if (r.status === 'setup') fail('notVoting');
        if (r.rules.collection === 'laptop') fail('laptopOnly');
        const problem = checkPaper(cmd.paper, r.optionIds.length, r.rules);
        if (problem) fail(`paper.${problem}`);
        if (r.status === 'revealed') {
          // After the reveal a change is a correction, recorded and shown with the result.
          if (cmd.paper.voters !== r.paper.voters)
            r.corrections.push({ optionId: null, before: r.paper.voters, after: cmd.paper.voters });
          r.optionIds.forEach((id, i) => {
            const before = r.paper.counts[i] ?? 0;
            const after = cmd.paper.counts[i] ?? 0;
            if (before !== after) r.corrections.push({ optionId: id, before, after });
          });
          if (r.corrections.length > DOT_VOTE_LIMITS.corrections) fail('tooManyCorrections');
        }
        r.paper = { voters: cmd.paper.voters, counts: [...cmd.paper.counts] };
        return;
      }
      case 'reveal': {
        const r = round(doc, cmd.roundId);
        if (r.status !== 'voting') fail('notVoting');
        const res = roundResult(doc, r);
        if (res.tally.voters === 0) fail('nothingToReveal');
        r.status = 'revealed';
        r.revealed = { totals: res.tally.options.map((o) => o.total) };
        return;
      }
      case 'startRunoff': {
        const from = round(doc, cmd.fromRoundId);
        if (from.status !== 'revealed') fail('notRevealed');
        if (doc.rounds[doc.rounds.length - 1]?.id !== from.id) fail('notLastRound');
        if (doc.rounds.length >= DOT_VOTE_LIMITS.rounds) fail('tooManyRounds', { max: DOT_VOTE_LIMITS.rounds });
        if (doc.rounds.some((r) => r.id === cmd.roundId))
          throw new BoardCommandError('errors.board.duplicateId', { id: cmd.roundId });
        const ids = [...new Set(cmd.optionIds)];
        if (ids.length < 2) fail('tooFewOptions');
        for (const id of ids)
          if (!from.optionIds.includes(id)) throw new BoardCommandError('errors.board.noSuchItem', { id });
        // Keep the round's option order (its display order), not the order the ids came in.
        const optionIds = from.optionIds.filter((id) => ids.includes(id));
        const dots = Math.min(from.rules.dotsPerVoter, suggestDots(optionIds.length), optionIds.length);
        const placesLeft = roundResult(doc, from).cut.placesLeft;
        doc.rounds.push({
          id: cmd.roundId,
          optionIds,
          rules: {
            ...copyRules(from.rules),
            dotsPerVoter: Math.max(1, dots),
            maxPerOption: Math.max(1, Math.min(from.rules.maxPerOption, dots)),
            cutoff: Math.max(1, Math.min(placesLeft > 0 ? placesLeft : from.rules.cutoff, optionIds.length - 1)),
          },
          status: 'voting',
          ballots: [],
          paper: { voters: 0, counts: optionIds.map(() => 0) },
          revealed: null,
          corrections: [],
        });
        return;
      }
      case 'decide': {
        const r = round(doc, cmd.roundId);
        if (r.status !== 'revealed') fail('notRevealed');
        // Winners may span rounds: the clear winners of round 1 plus the winner of a second round on its tie.
        const ids = [...new Set(cmd.optionIds)];
        for (const id of ids) option(doc, id);
        const sources: ItemRef[] = ids
          .map((id) => option(doc, id).source)
          .filter((s): s is ItemRef => s !== null)
          .map((s) => ({ ...s }));
        doc.decision = { roundId: r.id, optionIds: ids, as: cmd.as, sources };
        return;
      }
      case 'clearDecision':
        doc.decision = null;
        return;
    }
  },

  commandLabel: (cmd) => `boards.dot-vote.commands.${cmd.type}`,

  counts: countItems,

  summary: (doc) => {
    const current = doc.rounds[doc.rounds.length - 1]!;
    const shown = lastRevealed(doc);
    const res = shown ? roundResult(doc, shown) : null;
    const out: Record<string, CellValue> = {
      question: doc.question,
      options: countItems(doc).options,
      rounds: doc.rounds.length,
      status: current.status,
      ballots: current.ballots.length,
      paperVoters: current.paper.voters,
      result: res ? rankedText(res) : null,
      tiedAtCut: res ? res.cut.tiedAtCut.length : null,
      correctedAfterReveal: doc.rounds.some((r) => r.corrections.length > 0),
      decision: doc.decision
        ? `${doc.decision.as}: ${doc.decision.optionIds.map((id) => doc.options.find((o) => o.id === id)?.text ?? '').join(' · ')}`
        : null,
    };
    return out;
  },

  // Ballots are cast one voter after another in the room; the file must not keep that order.
  privateCommands: ['castBallot', 'correctBallot'],

  items: (doc) => {
    // Winners the team decided on are offered as root causes or change ideas; other options of the vote as options.
    const decided = new Set(doc.decision?.optionIds ?? []);
    const tag = doc.decision?.as ?? 'option';
    const group = doc.question || undefined;
    const winners: BoardItem[] = doc.options
      .filter((o) => decided.has(o.id))
      .map((o) => ({ itemId: o.id, text: o.text, tag, group }));
    const others: BoardItem[] = doc.options
      .filter((o) => !decided.has(o.id))
      .map((o) => ({ itemId: o.id, text: o.text, tag: 'option', group }));
    return [...winners, ...others];
  },

  toSheets(doc, ctx): SheetSpec[] {
    const buckets = [...MEMBER_ROLES, ANONYMOUS_BUCKET, PAPER_BUCKET] as const;
    const rows: Record<string, CellValue>[] = [];
    doc.rounds.forEach((r, ri) => {
      const res = roundResult(doc, r);
      const shown = r.status === 'revealed';
      const rankOf = new Map(res.ranked.map((x) => [x.index, x]));
      const corrected = new Set<string | null>(r.corrections.map((c) => c.optionId));
      res.options.forEach((o, i) => {
        const t = res.tally.options[i]!;
        const rk = rankOf.get(i)!;
        const row: Record<string, CellValue> = {
          team: ctx.teamName,
          board: ctx.boardName,
          question: doc.question,
          round: ri + 1,
          status: STATUS_FI[r.status],
          option: o.text,
          sourceBoard: o.source ? o.sourceBoardName : 'kirjoitettu äänestyksessä',
          sourceGroup: o.sourceGroup,
          sourceKind: o.source?.kind ?? '',
          dotsPerVoter: r.rules.dotsPerVoter,
          maxPerOption: r.rules.maxPerOption,
          ballots: r.ballots.length,
          paperVoters: r.paper.voters,
          ballotDots: shown ? t.ballotDots : null,
          paperDots: shown ? t.paperDots : null,
          total: shown ? t.total : null,
          revealedTotal: shown ? (r.revealed?.totals[i] ?? null) : null,
          rank: shown ? rk.rank : null,
          tied: shown ? rk.tied : null,
          tiedAtCut: shown ? res.cut.tiedAtCut.includes(i) : null,
          chosen: shown ? res.cut.chosen.includes(i) : null,
          correctedAfterReveal: corrected.has(o.id) || corrected.has(null),
          decision: doc.decision?.optionIds.includes(o.id) ? DECISION_FI[doc.decision.as] : '',
          optionId: o.id,
          sourceBoardId: o.source?.boardId ?? '',
          sourceItemId: o.source?.itemId ?? '',
        };
        for (const b of buckets) row[`role_${b}`] = shown ? (t.byRole[b] ?? 0) : null;
        rows.push(row);
      });
    });
    return [
      {
        name: 'Pisteäänestys',
        columns: [
          ...BOARD_SHEET_COLUMNS,
          { key: 'question', headerKey: 'export.header.question', type: 'text', width: 30 },
          { key: 'round', headerKey: 'export.header.round', type: 'integer', width: 8 },
          { key: 'status', headerKey: 'export.header.status', type: 'text', width: 16 },
          { key: 'option', headerKey: 'export.header.option', type: 'text', width: 50 },
          { key: 'sourceBoard', headerKey: 'export.header.sourceBoard', type: 'text', width: 24 },
          { key: 'sourceGroup', headerKey: 'export.header.clusterInSource', type: 'text', width: 20 },
          { key: 'sourceKind', headerKey: 'export.header.sourceKind', type: 'text', width: 14 },
          { key: 'dotsPerVoter', headerKey: 'export.header.dotsPerVoter', type: 'integer', width: 10 },
          { key: 'maxPerOption', headerKey: 'export.header.mostPerOption', type: 'integer', width: 10 },
          { key: 'ballots', headerKey: 'export.header.laptopVoters', type: 'integer', width: 10 },
          { key: 'paperVoters', headerKey: 'export.header.paperVoters', type: 'integer', width: 10 },
          { key: 'total', headerKey: 'export.header.dotsInAll', type: 'integer', width: 10 },
          { key: 'ballotDots', headerKey: 'export.header.laptopDots', type: 'integer', width: 10 },
          { key: 'paperDots', headerKey: 'export.header.paperDots', type: 'integer', width: 10 },
          ...buckets.map((b) => ({
            key: `role_${b}`,
            headerKey: ROLE_HEADERS[b],
            type: 'integer' as const,
            width: 12,
          })),
          { key: 'rank', headerKey: 'export.header.rank', type: 'integer', width: 6 },
          { key: 'tied', headerKey: 'export.header.tied', type: 'boolean', width: 10 },
          { key: 'tiedAtCut', headerKey: 'export.header.tiedAtTheCut', type: 'boolean', width: 10 },
          { key: 'chosen', headerKey: 'export.header.chosen', type: 'boolean', width: 8 },
          { key: 'revealedTotal', headerKey: 'export.header.dotsWhenRevealed', type: 'integer', width: 10 },
          { key: 'correctedAfterReveal', headerKey: 'export.header.correctedAfterReveal', type: 'boolean', width: 12 },
          { key: 'decision', headerKey: 'export.header.decision', type: 'text', width: 12 },
          { key: 'optionId', headerKey: 'export.header.optionId', type: 'id', width: 38 },
          { key: 'sourceBoardId', headerKey: 'export.header.sourceBoardId', type: 'id', width: 38 },
          { key: 'sourceItemId', headerKey: 'export.header.sourceItemId', type: 'id', width: 38 },
        ],
        rows,
      },
    ];
  },
} satisfies BoardDefinition<DotVoteDoc, DotVoteCommand>;
