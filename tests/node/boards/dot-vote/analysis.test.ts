import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  checkBallot,
  checkPaper,
  cutoff,
  dotsLeft,
  rankOptions,
  suggestDots,
  tallyRound,
  type BallotDots,
} from '../../../../shared/analysis/dot-vote';

const rules = { dotsPerVoter: 3, maxPerOption: 2 };

describe('dot-vote analysis: hand-worked examples', () => {
  it('suggests about a third of the options, 3 to 6, never more than there are options', () => {
    expect([0, 1, 2, 3, 9, 10, 12, 15, 18, 19, 30, 200].map(suggestDots)).toEqual([1, 1, 2, 3, 3, 3, 4, 5, 6, 6, 6, 6]);
  });

  it('checks a ballot against the dots and the per-option limit', () => {
    expect(checkBallot([1, 2, 0], 3, rules)).toBeNull();
    expect(checkBallot([1, 1, 1, 0], 4, rules)).toBeNull();
    expect(checkBallot([2, 2, 0], 3, rules)).toBe('overBudget');
    expect(checkBallot([3, 0, 0], 3, rules)).toBe('overOptionLimit');
    expect(checkBallot([-1, 2, 0], 3, rules)).toBe('negative');
    expect(checkBallot([0.5, 0, 0], 3, rules)).toBe('notWholeNumber');
    expect(checkBallot([1, 1], 3, rules)).toBe('wrongLength');
    expect(dotsLeft([1, 0, 1], rules)).toBe(1);
  });

  it('checks paper counts against what that many paper voters could give', () => {
    // 4 paper voters × 3 dots = 12 dots at most, at most 4 × 2 = 8 on one option.
    expect(checkPaper({ voters: 4, counts: [8, 4, 0] }, 3, rules)).toBeNull();
    expect(checkPaper({ voters: 4, counts: [8, 4, 1] }, 3, rules)).toBe('overBudget');
    expect(checkPaper({ voters: 4, counts: [9, 0, 0] }, 3, rules)).toBe('overOptionLimit');
    expect(checkPaper({ voters: 4, counts: [-1, 0, 0] }, 3, rules)).toBe('negative');
    expect(checkPaper({ voters: -1, counts: [0, 0, 0] }, 3, rules)).toBe('negative');
    expect(checkPaper({ voters: 0, counts: [1, 0, 0] }, 3, rules)).toBe('overOptionLimit');
    expect(checkPaper({ voters: 0, counts: [0, 0, 0] }, 3, rules)).toBeNull();
  });

  it('tallies ballots and paper by role', () => {
    const ballots: BallotDots[] = [
      { role: 'client-rep', dots: [2, 1, 0] },
      { role: 'professional', dots: [0, 1, 2] },
      { role: 'professional', dots: [1, 1, 1] },
      { role: '', dots: [0, 0, 3] },
    ];
    const t = tallyRound(3, ballots, { voters: 2, counts: [1, 0, 4] });
    expect(t.options.map((o) => o.total)).toEqual([4, 3, 10]);
    expect(t.options.map((o) => o.ballotDots)).toEqual([3, 3, 6]);
    expect(t.options.map((o) => o.paperDots)).toEqual([1, 0, 4]);
    expect(t.options[2]!.byRole).toEqual({ professional: 3, anonymous: 3, paper: 4 });
    expect(t.votersByRole).toEqual({ 'client-rep': 1, professional: 2, anonymous: 1, paper: 2 });
    expect(t).toMatchObject({ ballotsCast: 4, paperVoters: 2, voters: 6, totalDots: 17 });
  });

  it('ranks with shared places (1, 2, 2, 4) and keeps list order among equals', () => {
    const r = rankOptions([5, 7, 5, 1, 7]);
    expect(r.map((x) => [x.index, x.rank, x.tied])).toEqual([
      [1, 1, true],
      [4, 1, true],
      [0, 3, true],
      [2, 3, true],
      [3, 5, false],
    ]);
  });

  it('shows a tie at the cut-off as a tie, choosing only the options above it', () => {
    // Totals 9, 8, 6, 6, 6, 2 and three wanted: place 3 is shared by three options.
    const ranked = rankOptions([9, 6, 8, 6, 2, 6]);
    expect(cutoff(ranked, 3)).toEqual({ wanted: 3, chosen: [0, 2], tiedAtCut: [1, 3, 5], placesLeft: 1 });
    // A tie inside the cut is no problem.
    expect(cutoff(rankOptions([9, 9, 8, 1]), 3)).toEqual({
      wanted: 3,
      chosen: [0, 1, 2],
      tiedAtCut: [],
      placesLeft: 0,
    });
    // Wanting more than there are options, or none.
    expect(cutoff(rankOptions([1, 2]), 5).chosen).toEqual([1, 0]);
    expect(cutoff(rankOptions([1, 2]), 0).chosen).toEqual([]);
    // Everything tied.
    expect(cutoff(rankOptions([0, 0, 0]), 1)).toEqual({ wanted: 1, chosen: [], tiedAtCut: [0, 1, 2], placesLeft: 1 });
  });

  it('copes with one option and with 200 options', () => {
    expect(rankOptions([3])).toEqual([{ index: 0, total: 3, rank: 1, tied: false }]);
    expect(cutoff(rankOptions([3]), 3)).toEqual({ wanted: 1, chosen: [0], tiedAtCut: [], placesLeft: 0 });
    const totals = Array.from({ length: 200 }, (_, i) => i % 17);
    const r = rankOptions(totals);
    expect(r).toHaveLength(200);
    expect(r[0]!.total).toBe(16);
    expect(new Set(r.map((x) => x.index)).size).toBe(200);
  });
});

/** A valid ballot for n options under the given limits. */
function arbBallot(n: number, dots: number, max: number) {
  return fc
    .array(fc.integer({ min: 0, max: n - 1 }), { maxLength: dots })
    .map((picks) => {
      const d = Array.from({ length: n }, () => 0);
      for (const p of picks) if (d[p]! < max) d[p]! += 1;
      return d;
    })
    .chain((d) =>
      fc.record({ role: fc.constantFrom('', 'client-rep', 'professional', 'process-owner'), dots: fc.constant(d) }),
    );
}

const arbRound = fc
  .record({
    n: fc.integer({ min: 1, max: 25 }),
    dots: fc.integer({ min: 1, max: 6 }),
    max: fc.integer({ min: 1, max: 6 }),
  })
  .chain(({ n, dots, max }) =>
    fc.record({
      n: fc.constant(n),
      rules: fc.constant({ dotsPerVoter: dots, maxPerOption: Math.min(max, dots) }),
      ballots: fc.array(arbBallot(n, dots, Math.min(max, dots)), { maxLength: 30 }),
      paper: fc.record({
        voters: fc.integer({ min: 0, max: 10 }),
        counts: fc.array(fc.integer({ min: 0, max: 20 }), { minLength: n, maxLength: n }),
      }),
    }),
  );

describe('dot-vote analysis: properties', () => {
  it('the dots counted equal the dots cast on ballots plus the paper dots', () => {
    fc.assert(
      fc.property(arbRound, ({ n, ballots, paper }) => {
        const t = tallyRound(n, ballots, paper);
        const cast = ballots.reduce((s, b) => s + b.dots.reduce((a, c) => a + c, 0), 0);
        const onPaper = paper.counts.reduce((a, c) => a + c, 0);
        expect(t.options.reduce((s, o) => s + o.total, 0)).toBe(cast + onPaper);
        expect(t.totalDots).toBe(cast + onPaper);
        expect(t.options.reduce((s, o) => s + o.ballotDots, 0)).toBe(cast);
        expect(t.ballotsCast).toBe(ballots.length);
        for (const o of t.options) expect(Object.values(o.byRole).reduce((a, c) => a + c, 0)).toBe(o.total);
      }),
    );
  });

  it('tallies and ranks do not depend on the order ballots were cast', () => {
    fc.assert(
      fc.property(
        arbRound.chain((r) =>
          fc.record({
            r: fc.constant(r),
            order: fc.shuffledSubarray(r.ballots, { minLength: r.ballots.length, maxLength: r.ballots.length }),
          }),
        ),
        ({ r, order }) => {
          const a = tallyRound(r.n, r.ballots, r.paper);
          const b = tallyRound(r.n, order, r.paper);
          expect(b).toEqual(a);
          expect(rankOptions(b.options.map((o) => o.total))).toEqual(rankOptions(a.options.map((o) => o.total)));
        },
      ),
    );
  });

  it('every generated valid ballot passes, and adding one dot too many is always caught', () => {
    fc.assert(
      fc.property(arbRound, fc.nat(), ({ n, rules: rl, ballots }, k) => {
        for (const b of ballots) {
          expect(checkBallot(b.dots, n, rl)).toBeNull();
          const over = [...b.dots];
          const i = k % n;
          over[i]! += rl.maxPerOption + 1;
          expect(checkBallot(over, n, rl)).not.toBeNull();
        }
      }),
    );
  });

  it('ranks are a competition ranking: sorted by dots, equal dots share the place', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 60 }), (totals) => {
        const r = rankOptions(totals);
        r.forEach((x, pos) => {
          expect(x.rank).toBe(1 + totals.filter((t) => t > x.total).length);
          if (pos > 0) expect(r[pos - 1]!.total).toBeGreaterThanOrEqual(x.total);
        });
      }),
    );
  });
});
