import { boardDefinition } from '../../boards/registry';
import { dotVote } from '../../boards/dot-vote/definition';
import { DotVoteCommand, type DotVoteDoc, type VoteOption } from '../../boards/dot-vote/model';
import { runCommand } from '../../boards/run';
import { defaultRules, roundResult } from '../../boards/dot-vote/results';
import type { DecisionKind } from '../../boards/dot-vote/model';
import type { MemberRole } from '../../domain/vocab';
import type { DemoTeamKey } from '../content-fi';
import type { DemoBoardBuilder } from './types';

interface VoteContent {
  board: string;
  question: string;
  /** Each laptop ballot: the voter's role and the note indexes the dots went on (an index twice = two dots). */
  ballots: readonly (readonly [MemberRole, readonly number[]])[];
  paperVoters: number;
  /** Paper dots as note index → count. */
  paper: Readonly<Record<number, number>>;
  decision: DecisionKind;
}

/**
 * A finished vote on each team's ideas wall (options are the wall's notes, in wall order). Pirkanmaa wall:
 * 0 numeroita neljä, 1 lähete, 2 ajanvaraus 8–10, 3 chat, 4 eri järjestelmät, 5 ei konsultaatioaikaa,
 * 6 konsultaatiotunti, 7 sama tarina, 8 suostumus, 9 ei tukea odotusaikana, 10 nimetty yhteyshenkilö.
 */
const VOTES_FI: Record<DemoTeamKey, VoteContent> = {
  pirkanmaa: {
    board: 'Pisteäänestys: mihin tartumme ensin?',
    question: 'Mihin tartumme ensin, jotta nuori pääsee hoitoon nopeammin?',
    ballots: [
      ['client-rep', [0, 7, 7, 10]],
      ['professional', [3, 3, 5, 6]],
      ['professional', [4, 6, 10, 1]],
      ['professional', [5, 6, 0, 10]],
      ['professional', [1, 9, 10, 7]],
      ['professional', [0, 9, 6, 6]],
      ['process-owner', [6, 1, 10, 2]],
    ],
    paperVoters: 3,
    paper: { 10: 3, 6: 2, 3: 3, 9: 2, 7: 1, 0: 1 },
    decision: 'change-idea',
  },
  // 0 perjantai, 1 kotihoito kuulee samana päivänä, 2 apuvälineet, 3 idea: soitto edellisenä päivänä,
  // 4 lääkelista, 5 yhteenveto puuttuu, 6 idea: tarkistuslista, 7 omainen ei tiedä yhteyshenkilöä,
  // 8 ensimmäinen yö yksin, 9 idea: kotikuntoutus seuraavana päivänä
  'pohjois-karjala': {
    board: 'Pisteäänestys: kotiutuksen juurisyyt',
    question: 'Mitkä syyt selittävät kotiutumisen katkokset eniten?',
    ballots: [
      ['client-rep', [7, 7, 8]],
      ['professional', [1, 4, 4]],
      ['professional', [1, 1, 0]],
      ['professional', [4, 5, 1]],
      ['professional', [0, 2, 4]],
      ['professional', [1, 7, 0]],
      ['process-owner', [4, 1, 7]],
    ],
    paperVoters: 2,
    paper: { 1: 2, 4: 1, 7: 1, 0: 1, 8: 1 },
    decision: 'root-cause',
  },
  // 0 maanantairuuhka, 1 kiireellisyysarvio, 2 tulkki, 3 idea: arviointipari, 4 neuvola ei saa tietoa,
  // 5 palaverit viikkojen päähän, 6 työttömyys ei näy, 7 idea: työllisyysasiantuntija, 8 kirjeen kieli,
  // 9 sama työntekijä, 10 idea: soitto ennen kirjettä
  'vantaa-kerava': {
    board: 'Pisteäänestys: ensimmäiset muutosideat',
    question: 'Mitä kokeilemme ensimmäisenä?',
    ballots: [
      ['client-rep', [10, 10, 8, 9]],
      ['professional', [3, 3, 1, 10]],
      ['professional', [3, 7, 5, 10]],
      ['professional', [1, 3, 4, 10]],
      ['professional', [7, 7, 6, 3]],
      ['professional', [10, 3, 5, 8]],
      ['process-owner', [3, 1, 10, 7]],
    ],
    paperVoters: 2,
    paper: { 10: 2, 3: 1, 7: 2, 9: 1, 8: 1, 1: 1 },
    decision: 'change-idea',
  },
};

/** A deterministic "random" ballot id, so the demo is reproducible (real ballots get random ids). */
function ballotId(nextId: () => string): string {
  return `b-${nextId()}`;
}

/** One finished dot-vote per demo team, on the notes of the team's ideas wall (linked by ItemRef). */
export const dotVoteDemo: DemoBoardBuilder = (ctx) => {
  const content = VOTES_FI[ctx.team];
  const wall = ctx.teamBoards.find((b) => b.kind === 'ideas-wall');
  const def = wall ? boardDefinition(wall.kind) : undefined;
  if (!wall || !def) return [];
  const items = def.items(def.docSchema.parse(wall.doc));
  const options: VoteOption[] = items.map((it) => ({
    id: ctx.nextId(),
    text: it.text,
    source: { boardId: wall.id, itemId: it.itemId, kind: wall.kind },
    sourceBoardName: wall.name,
    sourceGroup: it.group ?? '',
  }));
  const n = options.length;
  const slots = { 'client-rep': 0, professional: 0, 'process-owner': 0, supervisor: 0, coach: 0 };
  for (const [role] of content.ballots) slots[role] += 1;
  const rules = {
    ...defaultRules(n, { mode: 'roles', slots }),
    collection: 'mixed' as const,
    dotsPerVoter: content.ballots[0]![1].length,
    maxPerOption: 2,
  };

  const commands: DotVoteCommand[] = [
    { type: 'setQuestion', question: content.question },
    { type: 'addOptions', options },
    { type: 'setRules', roundId: 'round-1', rules },
    { type: 'startVoting', roundId: 'round-1' },
    ...content.ballots.map(([role, picks]): DotVoteCommand => {
      const dots = options.map(() => 0);
      for (const i of picks) dots[i] = (dots[i] ?? 0) + 1;
      return { type: 'castBallot', roundId: 'round-1', ballot: { id: ballotId(ctx.nextId), role, dots } };
    }),
    {
      type: 'setPaper',
      roundId: 'round-1',
      paper: { voters: content.paperVoters, counts: options.map((_, i) => content.paper[i] ?? 0) },
    },
    { type: 'reveal', roundId: 'round-1' },
  ];
  let doc: DotVoteDoc = dotVote.createEmpty();
  for (const c of commands) doc = runCommand(dotVote, doc, DotVoteCommand.parse(c)).doc;
  const round = doc.rounds[0]!;
  const res = roundResult(doc, round);
  const winners = res.cut.chosen.map((i) => res.options[i]!.id);
  if (winners.length > 0) {
    const decide: DotVoteCommand = { type: 'decide', roundId: round.id, optionIds: winners, as: content.decision };
    doc = runCommand(dotVote, doc, decide).doc;
  }
  return [{ name: content.board, docVersion: dotVote.docVersion, doc }];
};
