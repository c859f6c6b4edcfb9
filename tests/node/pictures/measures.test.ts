import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { newMeasure, type Measure, type MeasuresDoc } from '../../../shared/boards/measures/model';
import { emptyCycle } from '../../../shared/boards/pdsa/model';
import { drawRunChart } from '../../../shared/boards/measures/picture';
import {
  PROJECTOR,
  PROJECTOR_HC,
  THUMBNAIL,
  checkPicture,
  describePictureKind,
  expectNothingLeftOut,
  fi,
  parseSvg,
  sectionTexts,
  squash,
  texts,
} from './helpers';

/** Weekly points from 2025-W36 on; null values are gaps. */
function weekly(values: readonly (number | null)[]): Measure['points'] {
  return values.flatMap((v, i) => {
    const w = 36 + i;
    const period = w <= 52 ? `2025-W${String(w).padStart(2, '0')}` : `2026-W${String(w - 52).padStart(2, '0')}`;
    return v === null ? [] : [{ period, value: v, denominator: null, note: '', astronomical: false }];
  });
}

const measure = (
  i: number,
  name: string,
  values: readonly (number | null)[],
  over: Partial<Measure> = {},
): Measure => ({ ...newMeasure(`m${i}`, name), points: weekly(values), ...over });

const arbDoc: fc.Arbitrary<MeasuresDoc> = fc
  .record({
    ruleSet: fc.constantFrom<'ihi' | 'anhoj'>('ihi', 'anhoj'),
    measures: fc.array(
      fc.record({
        name: fc.string({ maxLength: 120 }),
        values: fc.array(fc.option(fc.double({ min: -1000, max: 1000, noNaN: true }), { nil: null }), {
          maxLength: 60,
        }),
        target: fc.option(fc.integer({ min: -100, max: 1000 }), { nil: null }),
        freeze: fc.nat({ max: 20 }),
      }),
      { maxLength: 8 },
    ),
  })
  .map(({ ruleSet, measures }) => ({
    ruleSet,
    measures: measures.map((m, i) => measure(i, m.name, m.values, { target: m.target, freezeAfter: m.freeze })),
  }));

describePictureKind({
  kind: 'measures',
  arb: arbDoc,
  huge: () => ({
    ruleSet: 'ihi',
    measures: Array.from({ length: 40 }, (_, i) => ({
      ...measure(i, `Mittari ${i} ${'m'.repeat(190)}`.slice(0, 200), []),
      unit: 'u'.repeat(60),
      points: Array.from({ length: 1000 }, (_, k) => ({
        period: `${1900 + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`,
        value: (k * 37) % 101,
        denominator: null,
        note: 'n'.repeat(500),
        astronomical: k % 97 === 0,
      })),
      frequency: 'month' as const,
    })),
  }),
  withText: (t) => ({ ruleSet: 'ihi', measures: [measure(0, t, [1, 2, 3], { unit: t.slice(0, 60) })] }),
  maxChars: 400_000,
});

describe('run chart picture', () => {
  const base = [30, 28, 31, 29, 30, 27, 29, 31, 30, 28, 29, 30];
  const shifted = [...base, 15, 14, 16, 15, 14, 13, 15, 16];

  it('says too early to judge under 10 points and highlights no signal', () => {
    const svg = drawRunChart(measure(0, 'Odotusaika', [5, 6, 5, 7, 6, 5, 6]), 'ihi', PROJECTOR);
    const doc = checkPicture(svg, PROJECTOR);
    expect(texts(doc)).toContain(fi('pictures.measures.tooEarly', { n: 7 }));
    expect(svg).not.toContain(`fill="#b42318"`);
  });

  it('draws median, target and a shift highlighted with its effect; PDSA starts as P1, P2 on the time axis', () => {
    const m = measure(0, 'Odotusaika', shifted, { target: 14, direction: 'down', unit: 'vrk' });
    const cycles = [
      { title: 'Testi A', date: '2025-11-24' },
      { title: 'Testi B', date: '2025-12-10' },
    ];
    const svg = drawRunChart(m, 'ihi', PROJECTOR, cycles);
    const doc = parseSvg(svg);
    const t = texts(checkPicture(svg, PROJECTOR));
    expect(t.some((s) => s.startsWith(fi('measures.chart.median', { value: '' }).trim()))).toBe(true);
    expect(t).toContain(fi('measures.chart.target', { value: '14' }));
    expect(t).toContain('P1');
    expect(t).toContain('P2');
    expect(t.join(' ')).toContain(`${fi('measures.signal.shift.title')}`);
    expect(t.join(' ')).toContain(fi('measures.effect.improvement'));
    // The eight points of the shift are drawn larger, in the signal colour.
    const signal = Array.from(doc.getElementsByTagName('circle')).filter((c) => c.getAttribute('fill') === '#b42318');
    expect(signal.length).toBeGreaterThanOrEqual(6);
    expect(Array.from(doc.getElementsByTagName('circle')).length).toBe(shifted.length);
  });

  it('takes PDSA starts from the team boards given in the options, and draws a frozen median dashed beyond its baseline', () => {
    const m = measure(0, 'Osuus', shifted, { freezeAfter: 12 });
    const pdsa = { cycles: [emptyCycle('c1', 'Testi', { startDate: '2025-12-01' })] };
    const svg = drawRunChart(m, 'anhoj', {
      ...PROJECTOR_HC,
      teamBoards: [
        { kind: 'pdsa', doc: pdsa },
        { kind: 'pdsa', doc: { broken: true } },
      ],
    });
    const t = texts(checkPicture(svg, PROJECTOR_HC));
    expect(t).toContain('P1');
    expect(svg).toContain('stroke-dasharray="10 7"');
  });

  it('fits a thumbnail and a chart with no points', () => {
    checkPicture(drawRunChart(measure(0, 'Tyhjä', []), 'ihi', THUMBNAIL), THUMBNAIL);
    const t = texts(parseSvg(drawRunChart(measure(0, 'Tyhjä', []), 'ihi', PROJECTOR)));
    expect(t).toContain(fi('pictures.measures.noData'));
  });

  it('wraps a 200-character measure name in the chart heading: whole, no ellipsis, at the minimum size or more', () => {
    const name =
      `Takaisinsoittopyyntöjen osuus kaikista puheluista, joihin vastattiin samana päivänä ${'ajanvarauksen '.repeat(9)}`
        .slice(0, 200)
        .trim();
    const doc: MeasuresDoc = {
      ruleSet: 'ihi',
      measures: [measure(0, name, base, { unit: 'kpl' }), measure(1, 'Toinen', base)],
    };
    for (const o of [PROJECTOR, PROJECTOR_HC]) {
      const all = sectionTexts('measures', doc, o).join(' ');
      expect(all).not.toContain('…');
      expect(squash(all)).toContain(squash(`${name} (kpl)`));
    }
  });

  it("stacks the board's measures, the ones that do not fit in the next sections, each chart once", () => {
    const doc: MeasuresDoc = {
      ruleSet: 'ihi',
      measures: Array.from({ length: 9 }, (_, i) => measure(i, `Mittari ${i}`, base)),
    };
    const secs = sectionTexts('measures', doc, PROJECTOR);
    expect(secs.length).toBeGreaterThan(1);
    expectNothingLeftOut(secs.join(' '));
    for (let i = 0; i < 9; i++)
      expect(
        secs.filter((s) => new RegExp(`Mittari ${i}( |$)`).test(s)),
        `measure ${i}`,
      ).toHaveLength(1);
    const first = (i: number) => secs.findIndex((s) => new RegExp(`Mittari ${i}( |$)`).test(s));
    expect(Array.from({ length: 9 }, (_, i) => first(i))).toEqual(
      [...Array.from({ length: 9 }, (_, i) => first(i))].sort((a, b) => a - b),
    );
  });
});
