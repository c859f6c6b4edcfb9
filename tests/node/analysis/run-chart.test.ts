import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  analyseRunChart,
  anhojCrossingsLimit,
  anhojLongestRunLimit,
  median,
  qbinomHalf,
  runsAround,
  runsLimits,
  trendsIn,
  type Signal,
} from '../../../shared/analysis/run-chart';

const rules = (s: readonly Signal[]) => s.map((x) => x.rule).sort();

describe('median and runs', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('skips points on the median: they neither count for nor break a run', () => {
    // median 5; sides: b b [on] b a a [on] a b -> runs: bbb | aaa | b
    const v = [1, 2, 5, 3, 8, 9, 5, 7, 4];
    const runs = runsAround(v, 5);
    expect(runs.map((r) => [r.side, r.points])).toEqual([
      ['below', [0, 1, 3]],
      ['above', [4, 5, 7]],
      ['below', [8]],
    ]);
  });
});

describe('IHI rules, hand-worked', () => {
  it('too early: fewer than 10 points gives no signal at all, even for an obvious shift', () => {
    const a = analyseRunChart({ values: [1, 1, 1, 1, 1, 9, 9, 9, 9] });
    expect(a.tooEarly).toBe(true);
    expect(a.ihi.signals).toEqual([]);
    expect(a.anhoj.signals).toEqual([]);
  });

  it('Balestracci (Quality Digest 2008): 16 points in runs of 7, 7, 1, 1 = 4 runs, fewer than the 5 the table allows', () => {
    // 7 above, 7 below, 1 above, 1 below (median 10 lies between the two groups).
    const v = [15, 14, 16, 13, 17, 14, 15, 5, 6, 4, 7, 5, 6, 3, 12, 8];
    const a = analyseRunChart({ values: v });
    expect(a.median).toBe(10);
    expect(a.useful).toBe(16);
    expect(a.runs.map((r) => r.points.length)).toEqual([7, 7, 1, 1]);
    expect(runsLimits(16)).toMatchObject({ lower: 5, upper: 13 });
    const runsSig = a.ihi.signals.find((s) => s.rule === 'runs');
    expect(runsSig).toMatchObject({ kind: 'too-few', runs: 4, lower: 5 });
    // Both runs of 7 are shifts (>= 6).
    expect(a.ihi.signals.filter((s) => s.rule === 'shift')).toHaveLength(2);
  });

  it('a shift of 6 counts across a point on the median; 5 is not a shift', () => {
    // 12 points, median 5.5 of the sorted list? Build it so the median is an actual value on the chart.
    const v = [6, 7, 6, 8, 7, 5, 3, 4, 2, 5, 3, 4, 1];
    // sorted: 1 2 3 3 4 4 5 5 6 6 7 7 8 -> median 5 (the 7th of 13).
    const a = analyseRunChart({ values: v });
    expect(a.median).toBe(5);
    expect(a.useful).toBe(11);
    // Above: 6 7 6 8 7 (5 points); then below 3 4 2 [5 on median] 3 4 1 = 6 points.
    const shifts = a.ihi.signals.filter((s) => s.rule === 'shift');
    expect(shifts).toHaveLength(1);
    expect(shifts[0]).toMatchObject({ side: 'below', length: 6, from: 6, to: 12, points: [6, 7, 8, 10, 11, 12] });
  });

  it('a trend of 5 counts equal neighbours once', () => {
    expect(trendsIn([1, 2, 2, 3, 4, 5])).toEqual([{ direction: 'up', length: 5, points: [0, 1, 2, 3, 4, 5] }]);
    // Only four distinct steps: not a trend.
    expect(trendsIn([1, 2, 2, 3, 4])).toEqual([]);
    // A turning point belongs to both trends.
    expect(trendsIn([1, 2, 3, 4, 5, 4, 3, 2, 1]).map((t) => [t.direction, t.length])).toEqual([
      ['up', 5],
      ['down', 5],
    ]);
  });

  it('reads shifts as improvement or deterioration from the desired direction', () => {
    const v = [9, 8, 9, 10, 9, 8, 3, 2, 3, 2, 3, 2];
    const down = analyseRunChart({ values: v, desired: 'down' });
    const below = down.ihi.signals.find((s) => s.rule === 'shift' && s.side === 'below');
    const above = down.ihi.signals.find((s) => s.rule === 'shift' && s.side === 'above');
    expect(below?.effect).toBe('improvement');
    expect(above?.effect).toBe('deterioration');
    expect(analyseRunChart({ values: v, desired: 'none' }).ihi.signals.every((s) => s.effect === 'neutral')).toBe(true);
  });

  it('freezes the median on a baseline and judges later points against it', () => {
    // Baseline of 10 weeks around 20, then 10 weeks around 12 (lower is better).
    const base = [20, 22, 19, 21, 20, 23, 18, 21, 19, 22];
    const after = [13, 12, 11, 14, 12, 10, 13, 12, 11, 12];
    const a = analyseRunChart({ values: [...base, ...after], baseline: 10, desired: 'down' });
    expect(a.frozen).toBe(true);
    expect(a.medianFrom).toBe(10);
    expect(a.median).toBe(20.5);
    const shift = a.ihi.signals.find((s) => s.rule === 'shift');
    expect(shift).toMatchObject({ side: 'below', length: 10, from: 10, to: 19, effect: 'improvement' });
  });

  it('flags astronomical points only where the team marked them', () => {
    const v = [5, 6, 5, 7, 6, 40, 5, 6, 7, 5, 6];
    const flags = v.map((_, i) => i === 5);
    const a = analyseRunChart({ values: v, astronomical: flags });
    expect(a.ihi.signals.filter((s) => s.rule === 'astronomical')).toEqual([
      { rule: 'astronomical', index: 5, points: [5], effect: 'neutral' },
    ]);
  });

  it('skips missing points everywhere', () => {
    const a = analyseRunChart({ values: [null, 1, 2, null, 3, 4, 5, 6, 7, 8, 9, 10, null] });
    expect(a.n).toBe(10);
    expect(a.ihi.signals.some((s) => s.rule === 'trend')).toBe(true);
  });

  it('uses the published table from 10 to 40 and the normal approximation beyond', () => {
    expect(runsLimits(9)).toBeNull();
    expect(runsLimits(10)).toEqual({ lower: 3, upper: 9, source: 'table' });
    expect(runsLimits(20)).toEqual({ lower: 6, upper: 16, source: 'table' });
    expect(runsLimits(40)).toEqual({ lower: 15, upper: 27, source: 'table' });
    // n = 100: mean 51, sd = sqrt(100*98/(4*99)) = 4.975; 51 ± 9.75 -> 41, 61.
    expect(runsLimits(100)).toEqual({ lower: 41, upper: 61, source: 'normal' });
    for (let n = 10; n < 100; n++) {
      const a = runsLimits(n)!;
      const b = runsLimits(n + 1)!;
      expect(b.lower).toBeGreaterThanOrEqual(a.lower);
      expect(b.upper).toBeGreaterThanOrEqual(a.upper);
    }
  });
});

describe('Anhøj rules, hand-worked', () => {
  it('limits match Anhøj & Olesen (2014) for 10 to 100 useful observations', () => {
    // Longest run: round(log2(n) + 3).
    expect([10, 11, 12, 22, 23, 45, 46, 90, 91, 100].map(anhojLongestRunLimit)).toEqual([
      6, 6, 7, 7, 8, 8, 9, 9, 10, 10,
    ]);
    // Crossings: qbinom(0.05, n - 1, 0.5); e.g. n = 60: P(X <= 22) = 0.034, P(X <= 23) = 0.059 for X ~ Bin(59, 1/2).
    expect([10, 11, 12, 13, 14, 16, 17, 20, 24, 30, 40, 50, 60, 100].map(anhojCrossingsLimit)).toEqual([
      2, 2, 3, 3, 4, 4, 5, 6, 8, 10, 14, 19, 23, 41,
    ]);
  });

  it('qbinom agrees with the binomial cdf for small sizes', () => {
    // size 9: P(X<=1)=10/512=0.0195, P(X<=2)=46/512=0.0898 -> 2.
    expect(qbinomHalf(0.05, 9)).toBe(2);
    expect(qbinomHalf(0.5, 4)).toBe(2);
    expect(qbinomHalf(0.05, 0)).toBe(0);
    // Large sizes do not underflow into nonsense.
    expect(qbinomHalf(0.05, 1999)).toBeGreaterThan(950);
    expect(qbinomHalf(0.05, 1999)).toBeLessThan(1000);
  });

  it('24 useful points: a run of 9 signals (limit 8), 7 crossings signal (limit 8)', () => {
    // 12 above and 12 below: a run of 9 above, then runs of 3 below and 1 above: 8 runs, 7 crossings.
    const v = [9, 9, 9, 9, 9, 9, 9, 9, 9, 1, 1, 1, 9, 1, 1, 1, 9, 1, 1, 1, 9, 1, 1, 1];
    const a = analyseRunChart({ values: v });
    expect(a.median).toBe(5);
    expect(a.useful).toBe(24);
    expect(a.longestRun).toBe(9);
    expect(a.anhoj.longestRunLimit).toBe(8);
    expect(a.anhoj.crossingsLimit).toBe(8);
    expect(a.crossings).toBe(7);
    expect(rules(a.anhoj.signals)).toEqual(['crossings', 'longest-run']);
  });

  it('a random-looking series of 20 gives no Anhøj signal', () => {
    const v = [5, 7, 4, 6, 8, 3, 6, 5, 7, 4, 8, 5, 3, 6, 7, 4, 6, 5, 8, 4];
    const a = analyseRunChart({ values: v });
    expect(a.anhoj.signals).toEqual([]);
  });
});

describe('properties', () => {
  const series = fc.array(fc.oneof(fc.integer({ min: -50, max: 50 }), fc.constant(null)), {
    minLength: 10,
    maxLength: 100,
  });

  it('reversing a series swaps upward and downward trends and keeps shifts', () => {
    fc.assert(
      fc.property(series, (v) => {
        const a = analyseRunChart({ values: v });
        const b = analyseRunChart({ values: [...v].reverse() });
        const trends = (s: Signal[], flip: boolean) =>
          s
            .filter((x) => x.rule === 'trend')
            .map((x) =>
              x.rule === 'trend' ? `${flip ? (x.direction === 'up' ? 'down' : 'up') : x.direction}:${x.length}` : '',
            )
            .sort();
        expect(trends(b.ihi.signals, false)).toEqual(trends(a.ihi.signals, true));
        const shifts = (s: Signal[]) =>
          s
            .filter((x) => x.rule === 'shift')
            .map((x) => (x.rule === 'shift' ? `${x.side}:${x.length}` : ''))
            .sort();
        expect(shifts(b.ihi.signals)).toEqual(shifts(a.ihi.signals));
        expect(b.crossings).toBe(a.crossings);
        expect(b.longestRun).toBe(a.longestRun);
      }),
    );
  });

  it('adding a constant changes no signal', () => {
    fc.assert(
      fc.property(series, fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 0, max: 30 }), (v, c, baseline) => {
        const a = analyseRunChart({ values: v, baseline });
        const b = analyseRunChart({ values: v.map((x) => (x === null ? null : x + c)), baseline });
        expect(b.ihi.signals).toEqual(a.ihi.signals);
        expect(b.anhoj.signals).toEqual(a.anhoj.signals);
        expect(b.useful).toBe(a.useful);
      }),
    );
  });

  it('useful points, runs and crossings are consistent', () => {
    fc.assert(
      fc.property(series, (v) => {
        const a = analyseRunChart({ values: v });
        expect(a.runs.reduce((s, r) => s + r.points.length, 0)).toBe(a.useful);
        expect(a.crossings).toBe(Math.max(0, a.runs.length - 1));
        for (let i = 1; i < a.runs.length; i++) expect(a.runs[i]!.side).not.toBe(a.runs[i - 1]!.side);
        expect(a.useful).toBeLessThanOrEqual(a.n);
      }),
    );
  });

  it('mirroring a series (negating it) swaps sides and directions', () => {
    fc.assert(
      fc.property(series, (v) => {
        const a = analyseRunChart({ values: v, desired: 'down' });
        const b = analyseRunChart({ values: v.map((x) => (x === null ? null : -x)), desired: 'up' });
        expect(b.ihi.signals.map((s) => s.effect)).toEqual(a.ihi.signals.map((s) => s.effect));
      }),
    );
  });
});
