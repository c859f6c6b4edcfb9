import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PARETO_MAX_BARS, pareto } from '../../../shared/analysis/pareto';
import { drawPareto } from '../../../shared/picture/pareto';
import { PROJECTOR, PROJECTOR_HC, checkPicture, fi, texts } from '../pictures/helpers';

const items = (counts: number[]) => counts.map((count, i) => ({ label: `K${i + 1}`, count }));

describe('Pareto analysis, worked by hand', () => {
  it('sorts largest first, shares and cumulative shares of 50 dots; three bars reach 80 %', () => {
    // 5, 20, 3, 12, 10 → 20 (40 %), 12 (64 %), 10 (84 %), 5 (94 %), 3 (100 %).
    const a = pareto(items([5, 20, 3, 12, 10]));
    expect(a.total).toBe(50);
    expect(a.bars.map((b) => [b.label, b.count, b.share, b.cumulative, b.vital])).toEqual([
      ['K2', 20, 40, 40, true],
      ['K4', 12, 24, 64, true],
      ['K5', 10, 20, 84, true],
      ['K1', 5, 10, 94, false],
      ['K3', 3, 6, 100, false],
    ]);
    expect(a.vitalFew).toBe(3);
  });

  it('a bar that lands exactly on 80 % closes the vital few (integer test, no rounding)', () => {
    const a = pareto(items([50, 30, 20]));
    expect(a.bars.map((b) => b.cumulative)).toEqual([50, 80, 100]);
    expect(a.vitalFew).toBe(2);
    // Thirds: 1/3 + 1/3 is 66.67 %, the third bar is needed.
    expect(pareto(items([1, 1, 1])).vitalFew).toBe(3);
  });

  it('equal counts keep their order; the last cumulative share is exactly 100', () => {
    const a = pareto(items([7, 7, 7]));
    expect(a.bars.map((b) => b.label)).toEqual(['K1', 'K2', 'K3']);
    expect(a.bars.at(-1)!.cumulative).toBe(100);
  });

  it('a long tail of 1,000 categories becomes one "other" bar, last', () => {
    const counts = Array.from({ length: 1000 }, (_, i) => (i < 5 ? 100 - i : 1));
    const a = pareto(items(counts));
    expect(a.bars).toHaveLength(PARETO_MAX_BARS);
    const other = a.bars.at(-1)!;
    expect(other.grouped).toBe(1000 - (PARETO_MAX_BARS - 1));
    expect(other.count).toBe(1000 - (PARETO_MAX_BARS - 1));
    expect(a.total).toBe(100 + 99 + 98 + 97 + 96 + 995);
  });

  it('says why there is no chart: nothing, all zero, a negative or fractional count', () => {
    expect(pareto([]).problem).toEqual({ kind: 'empty' });
    expect(pareto(items([0, 0])).problem).toEqual({ kind: 'all-zero' });
    expect(pareto(items([3, -1])).problem).toEqual({ kind: 'bad-count', label: 'K2' });
    expect(pareto(items([3, 1.5])).problem).toEqual({ kind: 'bad-count', label: 'K2' });
  });
});

describe('Pareto properties', () => {
  const counts = fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 1, maxLength: 60 });
  it('bars add up to the total, fall (except "other"), cumulative rises to 100, vital bars reach 80 % first', () => {
    fc.assert(
      fc.property(counts, fc.integer({ min: 2, max: 12 }), (c, max) => {
        const a = pareto(items(c), max);
        if (c.every((x) => x === 0)) {
          expect(a.problem).toEqual({ kind: 'all-zero' });
          return;
        }
        expect(a.bars.reduce((s, b) => s + b.count, 0)).toBe(a.total);
        expect(a.bars.length).toBeLessThanOrEqual(max);
        const named = a.bars.filter((b) => b.grouped === 0);
        for (let k = 1; k < named.length; k++) expect(named[k]!.count).toBeLessThanOrEqual(named[k - 1]!.count);
        for (let k = 1; k < a.bars.length; k++)
          expect(a.bars[k]!.cumulative).toBeGreaterThanOrEqual(a.bars[k - 1]!.cumulative);
        expect(a.bars.at(-1)!.cumulative).toBe(100);
        const vitalSum = a.bars.slice(0, a.vitalFew).reduce((s, b) => s + b.count, 0);
        expect(vitalSum * 100).toBeGreaterThanOrEqual(80 * a.total);
        const before = vitalSum - a.bars[a.vitalFew - 1]!.count;
        expect(before * 100).toBeLessThan(80 * a.total);
      }),
    );
  });

  it('scaling every count by k changes no bar order, share or vital bar', () => {
    fc.assert(
      fc.property(counts, fc.integer({ min: 2, max: 9 }), (c, k) => {
        const a = pareto(items(c));
        const b = pareto(items(c.map((x) => x * k)));
        expect(b.problem).toEqual(a.problem);
        expect(b.bars.map((x) => [x.label, x.vital, x.grouped])).toEqual(
          a.bars.map((x) => [x.label, x.vital, x.grouped]),
        );
        b.bars.forEach((x, i) => expect(x.cumulative).toBeCloseTo(a.bars[i]!.cumulative, 9));
      }),
    );
  });
});

describe('Pareto picture', () => {
  it('draws bars, the cumulative line and the 80 % mark legibly; names the long tail', () => {
    const counts = Array.from({ length: 40 }, (_, i) => Math.max(1, 60 - i * 3));
    for (const o of [PROJECTOR, PROJECTOR_HC]) {
      const svg = drawPareto(pareto(items(counts)), 'Pareto: juurisyyt', o);
      const doc = checkPicture(svg, o);
      expect(texts(doc)).toContain(fi('pareto.other', { count: 31 }));
      expect(svg).toContain('data-mark="80"');
      expect(svg).toContain('data-cumulative="true"');
      expect(svg.match(/data-vital="true"/g)!.length).toBe(pareto(items(counts)).vitalFew);
    }
    const none = drawPareto(pareto(items([0, 0])), 'Pareto', PROJECTOR);
    expect(texts(checkPicture(none, PROJECTOR))).toContain(fi('pareto.problem.all-zero'));
  });
});
