import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  analyseControl,
  analyseMeasureControl,
  type ControlAnalysis,
  type ControlSignal,
} from '../../../../shared/boards/measures/control';
import { MeasuresCommand, newMeasure } from '../../../../shared/boards/measures/model';
import { measuresBoard } from '../../../../shared/boards/measures/definition';
import { runCommand, upgradeDoc } from '../../../../shared/boards/run';

const alternating = (n: number, a = 10, b = 12) => Array.from({ length: n }, (_, i) => (i % 2 ? b : a));
const rules = (a: ControlAnalysis) => a.signals.map((s) => s.rule);
const find = <R extends ControlSignal['rule']>(a: ControlAnalysis, rule: R) =>
  a.signals.filter((s): s is Extract<ControlSignal, { rule: R }> => s.rule === rule);

// Every example below is worked by hand in docs/control-charts.md.
describe('limits, worked by hand', () => {
  it('XmR: 10, 12, 10, 12 … mean 11, mean moving range 2, limits 11 ± 2.66 × 2', () => {
    const a = analyseControl({ chart: 'xmr', values: alternating(12) });
    expect(a.centre).toBe(11);
    expect(a.ucl[0]).toBe(16.32);
    expect(a.lcl[0]).toBe(5.68);
    expect(a.stepped).toBe(false);
    expect(a.trial).toBe(true);
    expect(a.signals).toEqual([]);
  });

  it('XmR of one-decimal data is exact: 1.0, 1.2 … gives 1.1 ± 0.532', () => {
    const a = analyseControl({ chart: 'xmr', values: alternating(12, 1.0, 1.2) });
    expect(a.centre).toBe(1.1);
    expect(a.ucl[3]).toBe(1.632);
    expect(a.lcl[3]).toBe(0.568);
  });

  it('P chart: p̄ = 150 / 1500 = 10 %; n = 100 gives 10 ± 9 %, n = 400 gives 10 ± 4.5 % (stepped)', () => {
    const values = [...Array(11).fill(10), 40];
    const denominators = [...Array(11).fill(100), 400];
    const a = analyseControl({ chart: 'p', values, denominators, multiplier: 100 });
    expect(a.centre).toBe(10);
    expect(a.ucl[0]).toBe(19);
    expect(a.lcl[0]).toBe(1);
    expect(a.ucl[11]).toBe(14.5);
    expect(a.lcl[11]).toBe(5.5);
    expect(a.stepped).toBe(true);
    expect(a.values[11]).toBe(10);
  });

  it('U chart: 4 events per 100 days is 40 per 1,000; sigma √(0.04/100) = 20 per 1,000; LCL clipped at 0', () => {
    const a = analyseControl({
      chart: 'u',
      values: Array(12).fill(4),
      denominators: Array(12).fill(100),
      multiplier: 1000,
    });
    expect(a.centre).toBe(40);
    expect(a.ucl[0]).toBe(100);
    expect(a.lcl[0]).toBe(0);
  });

  it('C chart: counts 6, 12, 6, 12 … mean 9, sigma 3, limits 0 … 18', () => {
    const a = analyseControl({ chart: 'c', values: alternating(12, 6, 12) });
    expect(a.centre).toBe(9);
    expect(a.ucl[0]).toBe(18);
    expect(a.lcl[0]).toBe(0);
  });

  it('a frozen baseline: limits from the first 12 points carry over the rest', () => {
    const a = analyseControl({ chart: 'xmr', values: [...alternating(12), 30, 31, 32], baseline: 12 });
    expect(a.frozen).toBe(true);
    expect(a.centre).toBe(11);
    expect(a.ucl[14]).toBe(16.32);
  });
});

describe('special-cause rules (Provost & Murray)', () => {
  const base = alternating(12, 12, 10); // ends below the centre line; mean 11, sigma 2.66 × 2 / 3 = 1.7733…, UCL 16.32, 2 sigma above 14.5467
  const run = (after: number[], desired: 'up' | 'down' | 'none' = 'up') =>
    analyseControl({ chart: 'xmr', values: [...base, ...after], baseline: 12, desired });

  it('a point exactly on the limit is not outside it; a hundredth beyond is (decimal comparison)', () => {
    expect(find(run([16.32]), 'outside')).toEqual([]);
    expect(find(run([16.33]), 'outside')).toHaveLength(1);
    expect(find(run([5.68]), 'outside')).toEqual([]);
    expect(find(run([5.67]), 'outside')).toHaveLength(1);
  });

  it('1: a point outside the limits', () => {
    const a = run([17]);
    expect(find(a, 'outside')).toEqual([
      { rule: 'outside', side: 'above', index: 12, points: [12], effect: 'improvement' },
    ]);
  });

  it('2: eight in a row on one side of the centre line (seven is not enough)', () => {
    expect(find(run(Array(7).fill(11.5)), 'shift')).toEqual([]);
    const a = run(Array(8).fill(11.5), 'down');
    expect(find(a, 'shift')).toMatchObject([{ side: 'above', from: 12, to: 19, length: 8, effect: 'deterioration' }]);
  });

  it('3: six in a row going up (five is not enough)', () => {
    expect(find(run([10, 10.5, 11, 11.5, 12].map((x) => x - 0.5)), 'trend')).toEqual([]);
    const a = run([9.5, 10, 10.5, 11, 11.5, 12]);
    expect(find(a, 'trend')).toMatchObject([{ direction: 'up', from: 12, to: 17, length: 6, effect: 'improvement' }]);
  });

  it('4: two of three beyond 2 sigma on one side', () => {
    const a = run([15, 11, 15]);
    expect(find(a, 'two-of-three')).toMatchObject([{ side: 'above', from: 12, to: 14, points: [12, 14] }]);
    expect(find(run([15, 11, 11, 15]), 'two-of-three')).toEqual([]);
    expect(find(run([15, 11, 7]), 'two-of-three')).toEqual([]);
  });

  it('5: fifteen in a row within 1 sigma', () => {
    const a = analyseControl({ chart: 'xmr', values: alternating(16) });
    expect(rules(a)).toEqual(['inner-third']);
    expect(find(a, 'inner-third')).toMatchObject([{ from: 0, to: 15, length: 16, effect: 'neutral' }]);
    expect(rules(analyseControl({ chart: 'xmr', values: alternating(14) }))).toEqual([]);
  });
});

describe('bad input', () => {
  it('fewer than 12 points: no limits, and how many more are needed', () => {
    const a = analyseControl({ chart: 'xmr', values: [1, 2, 3, null, 4] });
    expect(a.problem).toEqual({ kind: 'too-few', have: 4, needed: 8, frozen: false });
    expect(a.ucl.every((u) => u === null)).toBe(true);
    const b = analyseControl({ chart: 'xmr', values: alternating(20), baseline: 5 });
    expect(b.problem).toEqual({ kind: 'too-few', have: 5, needed: 7, frozen: true });
  });

  it('all values equal: the limits collapse onto the centre line, said plainly, no rule applied', () => {
    const a = analyseControl({ chart: 'xmr', values: Array(15).fill(7) });
    expect(a.problem).toEqual({ kind: 'collapsed' });
    expect(a.centre).toBe(7);
    expect(a.ucl[0]).toBe(7);
    expect(a.signals).toEqual([]);
    expect(analyseControl({ chart: 'p', values: Array(12).fill(0), denominators: Array(12).fill(5) }).problem).toEqual({
      kind: 'collapsed',
    });
  });

  it('a denominator of 0, a numerator above the denominator or a negative count leaves the point out', () => {
    const values = [...Array(12).fill(1), 3, 6, -1];
    const denominators = [...Array(12).fill(10), 0, 5, 10];
    const a = analyseControl({ chart: 'p', values, denominators });
    expect(a.excluded).toEqual([
      { index: 12, reason: 'denominator' },
      { index: 13, reason: 'numerator-above-denominator' },
      { index: 14, reason: 'negative' },
    ]);
    expect(a.n).toBe(12);
    expect(a.values.slice(12)).toEqual([null, null, null]);
    expect(analyseControl({ chart: 'c', values: [...Array(12).fill(3), -2] }).excluded).toEqual([
      { index: 12, reason: 'negative' },
    ]);
  });

  it('a P or U chart needs a ratio measure; a C chart needs counts', () => {
    const plain = newMeasure('m1', 'Jono', { chart: 'p' });
    expect(analyseMeasureControl(plain)?.problem).toEqual({ kind: 'needs-rate' });
    const rate = newMeasure('m2', 'Osuus', { chart: 'c', isRate: true, multiplier: 100 });
    expect(analyseMeasureControl(rate)?.problem).toEqual({ kind: 'needs-count' });
    expect(analyseMeasureControl(newMeasure('m3', 'Run'))).toBeNull();
  });

  it('a measure added without a chart is on a run chart; editing another field keeps the chosen chart', () => {
    const { chart: _omit, ...old } = newMeasure('m1', 'Vanha asiakas');
    void _omit;
    const add = MeasuresCommand.parse({ type: 'addMeasure', measure: old });
    let doc = runCommand(measuresBoard, measuresBoard.createEmpty(), add).doc;
    expect(doc.measures[0]!.chart).toBe('run');
    doc = runCommand(
      measuresBoard,
      doc,
      MeasuresCommand.parse({ type: 'updateMeasure', id: 'm1', patch: { chart: 'xmr' } }),
    ).doc;
    const rename = MeasuresCommand.parse({ type: 'updateMeasure', id: 'm1', patch: { name: 'Uusi nimi' } });
    expect(rename).toEqual({ type: 'updateMeasure', id: 'm1', patch: { name: 'Uusi nimi' } });
    doc = runCommand(measuresBoard, doc, rename).doc;
    expect(doc.measures[0]).toMatchObject({ name: 'Uusi nimi', chart: 'xmr' });
  });

  it('a version-1 board document opens with every measure on a run chart', () => {
    const old = { ruleSet: 'ihi', measures: [{ ...newMeasure('m1', 'Vanha'), chart: undefined }] };
    const up = upgradeDoc(measuresBoard, 1, JSON.parse(JSON.stringify(old)));
    expect(up.ok && (up.doc as { measures: { chart: string }[] }).measures[0]!.chart).toBe('run');
  });
});

describe('properties', () => {
  const series = fc.array(fc.integer({ min: -40, max: 40 }), { minLength: 12, maxLength: 60 });
  const limitsOf = (a: ControlAnalysis) => [a.centre, a.ucl[0], a.lcl[0]];

  it('shifting every value by c shifts the centre line and limits by c and changes no signal', () => {
    fc.assert(
      fc.property(series, fc.integer({ min: -100, max: 100 }), (v, c) => {
        const a = analyseControl({ chart: 'xmr', values: v });
        const b = analyseControl({ chart: 'xmr', values: v.map((x) => x + c) });
        if (a.problem) {
          expect(b.problem).toEqual(a.problem);
          return;
        }
        b.ucl.forEach((u, i) => expect(u! - c).toBeCloseTo(a.ucl[i]!, 9));
        expect(b.centre! - c).toBeCloseTo(a.centre!, 9);
        expect(b.signals).toEqual(a.signals);
      }),
    );
  });

  it('scaling every value by k > 0 scales the centre line and limits by k and changes no signal', () => {
    fc.assert(
      fc.property(series, fc.integer({ min: 1, max: 50 }), (v, k) => {
        const a = analyseControl({ chart: 'xmr', values: v });
        const b = analyseControl({ chart: 'xmr', values: v.map((x) => x * k) });
        if (a.problem) {
          expect(b.problem).toEqual(a.problem);
          return;
        }
        limitsOf(b).forEach((x, i) => expect(x! / k).toBeCloseTo(limitsOf(a)[i]!, 9));
        expect(b.signals).toEqual(a.signals);
      }),
    );
  });

  it('dividing integer data by 10 or 100 changes no signal (one-decimal data judged as written)', () => {
    fc.assert(
      fc.property(series, fc.constantFrom(10, 100), fc.integer({ min: 0, max: 30 }), (v, k, baseline) => {
        const a = analyseControl({ chart: 'xmr', values: v, baseline });
        const b = analyseControl({ chart: 'xmr', values: v.map((x) => x / k), baseline });
        expect(b.problem).toEqual(a.problem);
        expect(b.signals).toEqual(a.signals);
      }),
      { numRuns: 200 },
    );
  });

  it('reversing the series swaps upward and downward trends and keeps the limits', () => {
    fc.assert(
      fc.property(series, (v) => {
        const a = analyseControl({ chart: 'xmr', values: v });
        const b = analyseControl({ chart: 'xmr', values: [...v].reverse() });
        const trends = (s: ControlSignal[], flip: boolean) =>
          s
            .flatMap((x) =>
              x.rule === 'trend' ? [`${flip === (x.direction === 'up') ? 'down' : 'up'}:${x.length}`] : [],
            )
            .sort();
        expect(trends(b.signals, false)).toEqual(trends(a.signals, true));
        expect(b.centre).toBe(a.centre);
        expect(b.ucl[0]).toBe(a.ucl[0]);
        const count = (s: ControlSignal[], r: string) => s.filter((x) => x.rule === r).length;
        for (const r of ['outside', 'shift', 'two-of-three', 'inner-third'])
          expect(count(b.signals, r)).toBe(count(a.signals, r));
      }),
    );
  });

  it('P chart limits stay within 0 … 100 % and narrow as the denominator grows', () => {
    const rows = fc.array(
      fc.integer({ min: 1, max: 500 }).chain((d) => fc.tuple(fc.integer({ min: 0, max: d }), fc.constant(d))),
      { minLength: 12, maxLength: 40 },
    );
    fc.assert(
      fc.property(rows, (r) => {
        const a = analyseControl({
          chart: 'p',
          values: r.map((x) => x[0]),
          denominators: r.map((x) => x[1]),
          multiplier: 100,
        });
        r.forEach((_, i) => {
          if (a.ucl[i] === null) return;
          expect(a.lcl[i]!).toBeGreaterThanOrEqual(0);
          expect(a.ucl[i]!).toBeLessThanOrEqual(100);
        });
        for (let i = 1; i < r.length; i++)
          if (r[i]![1] > r[0]![1] && a.ucl[i] !== null && a.ucl[0]! < 100)
            expect(a.ucl[i]!).toBeLessThanOrEqual(a.ucl[0]!);
      }),
    );
  });
});
