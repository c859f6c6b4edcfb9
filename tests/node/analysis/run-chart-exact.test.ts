import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyseRunChart, median, runsAround } from '../../../shared/analysis/run-chart';
import { Exact, exactMean, exactMedian } from '../../../shared/analysis/exact';
import { pointValue } from '../../../shared/boards/measures/analysis';

describe('exact decimal centre lines', () => {
  it('(12.1 + 12.2) / 2 is 12.15 and a point of 12.15 is on it', () => {
    expect((12.1 + 12.2) / 2).not.toBe(12.15); // what binary floating point gives
    expect(median([12.1, 12.2])).toBe(12.15);
    expect(exactMedian([12.2, 12.1])!.toString()).toBe('12.15');
    expect(runsAround([12.15, 12.0, 12.3], exactMedian([12.1, 12.2])!).map((r) => r.points)).toEqual([[1], [2]]);
  });

  it('a point on a decimal median neither breaks a shift nor counts: the verdict follows', () => {
    // Baseline 12.1, 12.2, 12.0, 12.3 -> median 12.15; then three below, 12.15 on it, three below: a shift of 6.
    const values = [12.1, 12.2, 12.0, 12.3, 12.0, 12.0, 12.0, 12.15, 12.0, 12.0, 12.0];
    const a = analyseRunChart({ values, baseline: 4, desired: 'up' });
    expect(a.median).toBe(12.15);
    expect(a.useful).toBe(10);
    const shift = a.ihi.signals.find((s) => s.rule === 'shift');
    expect(shift).toMatchObject({ side: 'below', from: 4, to: 10, length: 6, effect: 'deterioration' });
    expect(a.runs.map((r) => r.points.length)).toEqual([1, 1, 1, 1, 6]);
    expect(a.longestRun).toBe(6);
  });

  it('(0.1 + 0.2) / 2 is 0.15, and means are exact for decimal data', () => {
    expect(median([0.2, 0.1])).toBe(0.15);
    expect(exactMean([0.1, 0.2, 0.3])!.toString()).toBe('0.2');
    expect(exactMean([12.1, 12.2, 12.3, 12.4])!.toString()).toBe('12.25');
  });

  it('a rate is computed exactly: 29 / 100 as a percentage is 29', () => {
    const pct = { isRate: true, multiplier: 100 as const };
    expect((29 / 100) * 100).not.toBe(29);
    expect(pointValue(pct, { value: 29, denominator: 100 })).toBe(29);
    expect(pointValue(pct, { value: 1, denominator: 3 })).toBeCloseTo(33.3333333333, 9);
    expect(pointValue({ isRate: true, multiplier: 1000 }, { value: 7, denominator: 0 })).toBeNull();
  });

  it('property: dividing integer data by 10 or 100 changes no run, crossing or signal', () => {
    const series = fc.array(fc.oneof(fc.integer({ min: -300, max: 300 }), fc.constant(null)), {
      minLength: 10,
      maxLength: 80,
    });
    fc.assert(
      fc.property(series, fc.integer({ min: 0, max: 20 }), fc.constantFrom(10, 100), (v, baseline, scale) => {
        const a = analyseRunChart({ values: v, baseline });
        const b = analyseRunChart({ values: v.map((x) => (x === null ? null : x / scale)), baseline });
        expect(b.runs).toEqual(a.runs);
        expect(b.useful).toBe(a.useful);
        expect(b.crossings).toBe(a.crossings);
        expect(b.ihi.signals).toEqual(a.ihi.signals);
        expect(b.anhoj.signals).toEqual(a.anhoj.signals);
        expect(b.median).toBe(a.median === null ? null : new Exact(a.median).div(scale).toNumber());
      }),
      { numRuns: 300 },
    );
  });
});
