import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dotVote } from '../../../../shared/boards/dot-vote/definition';
import { DotVoteCommand, DotVoteDoc, type VoteOption, type VoteRules } from '../../../../shared/boards/dot-vote/model';
import { roundResult, openSlots, slotsFromRoster } from '../../../../shared/boards/dot-vote/results';
import { runCommand, BoardCommandError, patchDoc } from '../../../../shared/boards/run';
import { checkBallot } from '../../../../shared/analysis/dot-vote';

type Cmd = DotVoteCommand;

function run(doc: DotVoteDoc, ...cmds: Cmd[]): DotVoteDoc {
  for (const c of cmds) doc = runCommand(dotVote, doc, DotVoteCommand.parse(c)).doc;
  return doc;
}

function errorKey(doc: DotVoteDoc, cmd: Cmd): string {
  try {
    run(doc, cmd);
  } catch (e) {
    if (e instanceof BoardCommandError) return e.key;
    throw e;
  }
  throw new Error('expected the command to be refused');
}

const opt = (i: number, source = true): VoteOption => ({
  id: `o${i}`,
  text: `Vaihtoehto ${i}`,
  source: source ? { boardId: 'wall', itemId: `n${i}`, kind: 'ideas-wall' } : null,
  sourceBoardName: source ? 'Ideaseinä' : '',
  sourceGroup: '',
});
const options = (n: number) => Array.from({ length: n }, (_, i) => opt(i + 1));
const rolesRules = (over: Partial<VoteRules> = {}): VoteRules => ({
  dotsPerVoter: 3,
  maxPerOption: 2,
  collection: 'mixed',
  voters: slotsFromRoster([
    'client-rep',
    'professional',
    'professional',
    'professional',
    'professional',
    'process-owner',
    'coach',
  ]),
  hideUntilReveal: true,
  cutoff: 3,
  ...over,
});
const R1 = 'round-1';

function started(n = 9, rules = rolesRules()): DotVoteDoc {
  return run(
    dotVote.createEmpty(),
    { type: 'addOptions', options: options(n) },
    { type: 'setRules', roundId: R1, rules },
    { type: 'startVoting', roundId: R1 },
  );
}

const ballot = (
  id: string,
  role: '' | 'client-rep' | 'professional' | 'process-owner',
  picks: number[],
  n = 9,
): Cmd => {
  const dots = Array.from({ length: n }, () => 0);
  for (const p of picks) dots[p]! += 1;
  return { type: 'castBallot', roundId: R1, ballot: { id, role, dots } };
};

describe('dot-vote board: model and apply', () => {
  it('starts empty with one round in setup, and the dots follow the one-third suggestion while options are added', () => {
    const empty = dotVote.createEmpty();
    expect(DotVoteDoc.parse(empty)).toEqual(empty);
    const nine = run(empty, { type: 'addOptions', options: options(9) });
    expect(nine.rounds[0]!.rules).toMatchObject({ dotsPerVoter: 3, maxPerOption: 2 });
    const fifteen = run(nine, { type: 'addOptions', options: [10, 11, 12, 13, 14, 15].map((i) => opt(i)) });
    expect(fifteen.rounds[0]!.rules.dotsPerVoter).toBe(5);
    // Once the coach picks a number, it stays.
    const custom = run(
      fifteen,
      { type: 'setRules', roundId: R1, rules: { ...fifteen.rounds[0]!.rules, dotsPerVoter: 4 } },
      { type: 'removeOption', id: 'o15' },
    );
    expect(custom.rounds[0]!.rules.dotsPerVoter).toBe(4);
  });

  it('runs a whole vote: private ballots by role, paper counts, reveal, tie at place 3, second round, winners as change ideas', () => {
    let doc = started();
    expect(doc.rounds[0]!.optionIds).toEqual(options(9).map((o) => o.id));
    // 6 voters, 3 dots each: totals before paper o1 6, o2 5, o3 3, o4 2, o5 1, o6 1
    doc = run(
      doc,
      ballot('b5', 'client-rep', [0, 0, 1]),
      ballot('b2', 'professional', [0, 1, 2]),
      ballot('b9', 'professional', [0, 1, 3]),
      ballot('b1', 'professional', [0, 1, 4]),
      ballot('b7', 'professional', [0, 2, 5]),
      ballot('b3', 'process-owner', [1, 2, 3]),
    );
    // Ballots are kept in id order, never in the order they were cast.
    expect(doc.rounds[0]!.ballots.map((b) => b.id)).toEqual(['b1', 'b2', 'b3', 'b5', 'b7', 'b9']);
    expect(openSlots(doc.rounds[0]!)).toEqual({
      'client-rep': 0,
      professional: 0,
      'process-owner': 0,
      supervisor: 0,
      coach: 0,
    });
    // Paper from 4 more voters: o3 +2, o4 +3, o7 +2, o8 +1 → o3 5, o4 5 tie with o2 5 at place 2–4.
    doc = run(
      doc,
      { type: 'setPaper', roundId: R1, paper: { voters: 4, counts: [0, 0, 2, 3, 0, 0, 2, 1, 0] } },
      { type: 'reveal', roundId: R1 },
    );
    const r1 = roundResult(doc, doc.rounds[0]!);
    expect(r1.tally.options.map((o) => o.total)).toEqual([6, 5, 5, 5, 1, 1, 2, 1, 0]);
    expect(doc.rounds[0]!.revealed?.totals).toEqual([6, 5, 5, 5, 1, 1, 2, 1, 0]);
    expect(r1.cut).toEqual({ wanted: 3, chosen: [0], tiedAtCut: [1, 2, 3], placesLeft: 2 });
    expect(r1.tally.options[0]!.byRole).toEqual({ 'client-rep': 2, professional: 4 });
    // Second round on the tied options, in one step; two places are left.
    doc = run(doc, { type: 'startRunoff', fromRoundId: R1, roundId: 'r2', optionIds: ['o4', 'o2', 'o3'] });
    const r2 = doc.rounds[1]!;
    expect(r2).toMatchObject({ status: 'voting', optionIds: ['o2', 'o3', 'o4'], ballots: [] });
    expect(r2.rules).toMatchObject({ dotsPerVoter: 3, maxPerOption: 2, cutoff: 2 });
    const b2 = (id: string, role: 'professional' | 'client-rep' | 'process-owner', d: number[]): Cmd => ({
      type: 'castBallot',
      roundId: 'r2',
      ballot: { id, role, dots: d },
    });
    doc = run(
      doc,
      b2('x1', 'client-rep', [2, 1, 0]),
      b2('x2', 'professional', [1, 2, 0]),
      b2('x3', 'professional', [2, 0, 1]),
      b2('x4', 'process-owner', [1, 1, 1]),
      { type: 'reveal', roundId: 'r2' },
    );
    const res2 = roundResult(doc, doc.rounds[1]!);
    expect(res2.cut.chosen.map((i) => res2.options[i]!.id)).toEqual(['o2', 'o3']);
    doc = run(doc, { type: 'decide', roundId: 'r2', optionIds: ['o1', 'o2', 'o3'], as: 'change-idea' });
    expect(doc.decision).toMatchObject({ roundId: 'r2', as: 'change-idea', optionIds: ['o1', 'o2', 'o3'] });
    expect(doc.decision!.sources.map((s) => s.itemId)).toEqual(['n1', 'n2', 'n3']);
    // Winners are offered to the change-idea / PDSA boards through items().
    const items = dotVote.items(doc);
    expect(items.filter((i) => i.tag === 'change-idea').map((i) => i.itemId)).toEqual(['o1', 'o2', 'o3']);
    expect(items.filter((i) => i.tag === 'option')).toHaveLength(6);
    expect(String(dotVote.summary(doc).result)).toMatch(/^1\. Vaihtoehto [23] /);
    expect(DotVoteDoc.parse(doc)).toEqual(doc);
  });

  it('marks winners as root causes', () => {
    let doc = run(started(), ballot('a', 'professional', [0, 1, 2]), { type: 'reveal', roundId: R1 });
    doc = run(doc, { type: 'decide', roundId: R1, optionIds: ['o1'], as: 'root-cause' });
    expect(dotVote.items(doc)[0]).toMatchObject({ itemId: 'o1', tag: 'root-cause' });
    expect(run(doc, { type: 'clearDecision' }).decision).toBeNull();
  });

  it('lets a voter correct their ballot before the reveal, and refuses ballots over the rules', () => {
    let doc = run(started(), ballot('a', 'professional', [0, 1, 2]));
    doc = run(doc, { type: 'correctBallot', roundId: R1, ballotId: 'a', dots: [2, 0, 0, 0, 0, 0, 0, 0, 1] });
    expect(doc.rounds[0]!.ballots[0]!.dots).toEqual([2, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(errorKey(doc, ballot('b', 'professional', [0, 1, 2, 3]))).toBe('dotVote.errors.overBudget');
    expect(errorKey(doc, ballot('b', 'professional', [0, 0, 0]))).toBe('dotVote.errors.overOptionLimit');
    expect(errorKey(doc, ballot('a', 'professional', [0]))).toBe('errors.board.duplicateId');
    expect(errorKey(doc, ballot('b', '', [0]))).toBe('dotVote.errors.wrongRole');
    expect(
      errorKey(doc, { type: 'castBallot', roundId: R1, ballot: { id: 'b', role: 'professional', dots: [1, 1] } }),
    ).toBe('dotVote.errors.wrongLength');
    // The client representative slot is used once.
    doc = run(doc, ballot('c', 'client-rep', [0]));
    expect(errorKey(doc, ballot('d', 'client-rep', [1]))).toBe('dotVote.errors.allVoted');
    // After the reveal a ballot can no longer be corrected.
    doc = run(doc, { type: 'reveal', roundId: R1 });
    expect(
      errorKey(doc, { type: 'correctBallot', roundId: R1, ballotId: 'a', dots: [0, 0, 0, 0, 0, 0, 0, 0, 1] }),
    ).toBe('dotVote.errors.notVoting');
  });

  it('keeps a revealed result, and records paper changes after the reveal as corrections', () => {
    let doc = run(
      started(),
      ballot('a', 'professional', [0, 1, 2]),
      { type: 'setPaper', roundId: R1, paper: { voters: 2, counts: [1, 0, 0, 0, 0, 0, 0, 0, 0] } },
      { type: 'reveal', roundId: R1 },
    );
    expect(doc.rounds[0]!.corrections).toEqual([]);
    doc = run(doc, { type: 'setPaper', roundId: R1, paper: { voters: 3, counts: [2, 0, 0, 0, 0, 0, 0, 0, 0] } });
    expect(doc.rounds[0]!.corrections).toEqual([
      { optionId: null, before: 2, after: 3 },
      { optionId: 'o1', before: 1, after: 2 },
    ]);
    expect(doc.rounds[0]!.revealed?.totals[0]).toBe(2);
    expect(roundResult(doc, doc.rounds[0]!).tally.options[0]!.total).toBe(3);
    expect(dotVote.summary(doc).correctedAfterReveal).toBe(true);
    expect(
      dotVote.toSheets(doc, { boardId: 'b', boardName: 'Äänestys', teamId: 't', teamName: 'Tiimi' })[0]!.rows[0],
    ).toMatchObject({
      total: 3,
      revealedTotal: 2,
      correctedAfterReveal: true,
    });
  });

  it('locks options and rules once voting starts', () => {
    const doc = run(started(), ballot('a', 'professional', [0]));
    expect(errorKey(doc, { type: 'addOptions', options: [opt(20)] })).toBe('dotVote.errors.optionsLocked');
    expect(errorKey(doc, { type: 'removeOption', id: 'o1' })).toBe('dotVote.errors.optionsLocked');
    expect(errorKey(doc, { type: 'setRules', roundId: R1, rules: rolesRules() })).toBe('dotVote.errors.rulesLocked');
    expect(errorKey(doc, { type: 'startVoting', roundId: R1 })).toBe('dotVote.errors.alreadyStarted');
    expect(errorKey(doc, { type: 'decide', roundId: R1, optionIds: ['o1'], as: 'root-cause' })).toBe(
      'dotVote.errors.notRevealed',
    );
    expect(errorKey(doc, { type: 'reveal', roundId: 'nope' })).toBe('errors.board.noSuchItem');
  });
});

describe('dot-vote board: bad input', () => {
  it('a vote with one option cannot start, with a clear message, and nothing is lost', () => {
    const doc = run(dotVote.createEmpty(), { type: 'addOptions', options: [opt(1)] });
    expect(errorKey(doc, { type: 'startVoting', roundId: R1 })).toBe('dotVote.errors.tooFewOptions');
    expect(doc.options).toHaveLength(1);
  });

  it('a vote with 200 options runs and ranks', () => {
    let doc = run(dotVote.createEmpty(), { type: 'addOptions', options: options(200) });
    expect(doc.rounds[0]!.rules.dotsPerVoter).toBe(6);
    doc = run(
      doc,
      { type: 'setRules', roundId: R1, rules: { ...doc.rounds[0]!.rules, voters: { mode: 'anonymous', count: 3 } } },
      { type: 'startVoting', roundId: R1 },
    );
    const d = (picks: number[]) => {
      const dots = Array.from({ length: 200 }, () => 0);
      for (const p of picks) dots[p]! += 1;
      return dots;
    };
    doc = run(
      doc,
      { type: 'castBallot', roundId: R1, ballot: { id: 'a', role: '', dots: d([199, 199, 5, 7, 9, 11]) } },
      { type: 'castBallot', roundId: R1, ballot: { id: 'b', role: '', dots: d([199, 5, 100]) } },
      { type: 'reveal', roundId: R1 },
    );
    const res = roundResult(doc, doc.rounds[0]!);
    expect(res.ranked.slice(0, 2).map((r) => [res.options[r.index]!.id, r.total])).toEqual([
      ['o200', 3],
      ['o6', 2],
    ]);
    expect(dotVote.toSheets(doc, { boardId: 'b', boardName: 'x', teamId: 't', teamName: 'y' })[0]!.rows).toHaveLength(
      200,
    );
    expect(
      DotVoteCommand.safeParse({ type: 'startRunoff', fromRoundId: R1, roundId: 'r2', optionIds: ['o1'] }).success,
    ).toBe(false);
    expect(errorKey(doc, { type: 'startRunoff', fromRoundId: R1, roundId: 'r2', optionIds: ['o1', 'o1'] })).toBe(
      'dotVote.errors.tooFewOptions',
    );
  });

  it('zero voters: a laptop vote cannot start, a paper vote can; an empty vote cannot be revealed', () => {
    const zero = run(
      dotVote.createEmpty(),
      { type: 'addOptions', options: options(3) },
      {
        type: 'setRules',
        roundId: R1,
        rules: rolesRules({ collection: 'laptop', voters: { mode: 'anonymous', count: 0 } }),
      },
    );
    expect(errorKey(zero, { type: 'startVoting', roundId: R1 })).toBe('dotVote.errors.noVoters');
    const paper = run(
      zero,
      {
        type: 'setRules',
        roundId: R1,
        rules: rolesRules({ collection: 'paper', voters: { mode: 'anonymous', count: 0 } }),
      },
      { type: 'startVoting', roundId: R1 },
    );
    expect(errorKey(paper, { type: 'reveal', roundId: R1 })).toBe('dotVote.errors.nothingToReveal');
    expect(errorKey(paper, { type: 'castBallot', roundId: R1, ballot: { id: 'a', role: '', dots: [1, 0, 0] } })).toBe(
      'dotVote.errors.paperOnly',
    );
    expect(
      DotVoteCommand.safeParse({
        type: 'setRules',
        roundId: R1,
        rules: rolesRules({ voters: { mode: 'anonymous', count: -1 } }),
      }).success,
    ).toBe(false);
  });

  it('negative or impossible paper counts are refused with a message; the saved counts stay', () => {
    const doc = started();
    expect(
      DotVoteCommand.safeParse({
        type: 'setPaper',
        roundId: R1,
        paper: { voters: 2, counts: [-1, 0, 0, 0, 0, 0, 0, 0, 0] },
      }).success,
    ).toBe(false);
    expect(
      errorKey(doc, { type: 'setPaper', roundId: R1, paper: { voters: 1, counts: [2, 2, 0, 0, 0, 0, 0, 0, 0] } }),
    ).toBe('dotVote.errors.paper.overBudget');
    expect(
      errorKey(doc, { type: 'setPaper', roundId: R1, paper: { voters: 1, counts: [3, 0, 0, 0, 0, 0, 0, 0, 0] } }),
    ).toBe('dotVote.errors.paper.overOptionLimit');
    expect(doc.rounds[0]!.paper.counts.every((c) => c === 0)).toBe(true);
  });

  it('options keep their text and link when the source is deleted later; the result stays as it was', () => {
    const doc = run(started(), ballot('a', 'professional', [0, 1, 2]), { type: 'reveal', roundId: R1 });
    // Deleting the source board is outside this doc: nothing in the vote changes, the snapshot text remains.
    const before = JSON.stringify(doc);
    expect(doc.options[0]).toMatchObject({ text: 'Vaihtoehto 1', source: { boardId: 'wall', itemId: 'n1' } });
    expect(JSON.stringify(roundResult(doc, doc.rounds[0]!).options)).toContain('Vaihtoehto 1');
    expect(JSON.stringify(doc)).toBe(before);
  });

  it('refuses a document with broken ballots on load', () => {
    const doc = started();
    const broken = structuredClone(doc) as unknown as { rounds: { ballots: unknown[] }[] };
    broken.rounds[0]!.ballots.push({ id: 'x', role: 'nobody', dots: [1] });
    expect(DotVoteDoc.safeParse(broken).success).toBe(false);
  });
});

describe('dot-vote board: invariants (property)', () => {
  const arbCmd = fc.oneof(
    fc.record({
      type: fc.constant('castBallot' as const),
      roundId: fc.constant(R1),
      ballot: fc.record({
        id: fc.uuid(),
        role: fc.constantFrom('' as const, 'client-rep' as const, 'professional' as const, 'process-owner' as const),
        dots: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 9, maxLength: 9 }),
      }),
    }),
    fc.record({
      type: fc.constant('setPaper' as const),
      roundId: fc.constant(R1),
      paper: fc.record({
        voters: fc.integer({ min: 0, max: 5 }),
        counts: fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 9, maxLength: 9 }),
      }),
    }),
    fc.constant({ type: 'reveal' as const, roundId: R1 }),
  );

  it('no stored ballot exceeds the budget or the per-option limit, ballots stay sorted, undo patches restore the doc', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(arbCmd, { maxLength: 25 }), (anonymous, cmds) => {
        let doc = started(9, rolesRules(anonymous ? { voters: { mode: 'anonymous', count: 8 } } : {}));
        for (const c of cmds) {
          try {
            const out = runCommand(dotVote, doc, c);
            expect(patchDoc(out.doc, out.inversePatches)).toEqual(doc);
            doc = out.doc;
          } catch (e) {
            expect(e).toBeInstanceOf(BoardCommandError);
          }
        }
        const r = doc.rounds[0]!;
        for (const b of r.ballots) {
          expect(checkBallot(b.dots, 9, r.rules)).toBeNull();
          expect(Object.keys(b).sort()).toEqual(['dots', 'id', 'role']);
        }
        const ids = r.ballots.map((b) => b.id);
        expect(ids).toEqual([...ids].sort());
        expect(r.ballots.length).toBeLessThanOrEqual(anonymous ? 8 : 6);
        expect(DotVoteDoc.safeParse(doc).success).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
