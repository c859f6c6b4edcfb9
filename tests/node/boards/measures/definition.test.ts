import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { produce } from 'immer';
import { measuresBoard } from '../../../../shared/boards/measures/definition';
import { MeasuresCommand, MeasuresDoc, newMeasure, type MeasurePoint } from '../../../../shared/boards/measures/model';
import { analyseMeasure, measureSeries, pointValue } from '../../../../shared/boards/measures/analysis';
import { addPeriods, periodOrdinal } from '../../../../shared/boards/measures/periods';
import { BoardCommandError } from '../../../../shared/boards/types';
import { measuresDemo } from '../../../../shared/demo/boards/measures';
import { analyseMeasureControl } from '../../../../shared/boards/measures/control';
import { DEMO_TEAM_KEYS } from '../../../../shared/demo/content-fi';

const apply = (doc: MeasuresDoc, cmd: MeasuresCommand) => produce(doc, (d) => measuresBoard.apply(d, cmd));
const pt = (period: string, value: number | null, extra: Partial<MeasurePoint> = {}): MeasurePoint => ({
  period,
  value,
  denominator: null,
  note: '',
  astronomical: false,
  ...extra,
});

describe('measures apply', () => {
  const empty = measuresBoard.createEmpty();
  const withMeasure = apply(empty, { type: 'addMeasure', measure: newMeasure('m1', 'T3') });

  it('keeps points sorted by period and one per period', () => {
    let d = withMeasure;
    d = apply(d, { type: 'setPoint', measureId: 'm1', point: pt('2026-W05', 3) });
    d = apply(d, { type: 'setPoint', measureId: 'm1', point: pt('2026-W02', 1) });
    d = apply(d, { type: 'setPoint', measureId: 'm1', point: pt('2026-W05', 4) });
    expect(d.measures[0]!.points.map((p) => [p.period, p.value])).toEqual([
      ['2026-W02', 1],
      ['2026-W05', 4],
    ]);
    // An emptied point disappears.
    d = apply(d, { type: 'setPoint', measureId: 'm1', point: pt('2026-W02', null) });
    expect(d.measures[0]!.points).toHaveLength(1);
  });

  it('refuses bad references, wrong periods and a frequency change under data', () => {
    expect(() => apply(withMeasure, { type: 'setPoint', measureId: 'nope', point: pt('2026-W01', 1) })).toThrow(
      BoardCommandError,
    );
    expect(() => apply(withMeasure, { type: 'setPoint', measureId: 'm1', point: pt('2026-03', 1) })).toThrow(
      /wrongPeriod/,
    );
    expect(() => apply(withMeasure, { type: 'setPoint', measureId: 'm1', point: pt('2026-W60', 1) })).toThrow(
      /wrongPeriod/,
    );
    const d = apply(withMeasure, { type: 'setPoint', measureId: 'm1', point: pt('2026-W01', 1) });
    expect(() => apply(d, { type: 'updateMeasure', id: 'm1', patch: { frequency: 'month' } })).toThrow(
      /frequencyLocked/,
    );
    expect(() => apply(withMeasure, { type: 'addMeasure', measure: newMeasure('m1', 'again') })).toThrow(/duplicateId/);
  });

  it('rejects malformed commands at the schema', () => {
    expect(
      MeasuresCommand.safeParse({
        type: 'setPoint',
        measureId: 'm1',
        point: { period: '2026-W01', value: 1e12, denominator: null, note: '', astronomical: false },
      }).success,
    ).toBe(false);
    expect(
      MeasuresCommand.safeParse({
        type: 'setPoint',
        measureId: 'm1',
        point: { period: 'eilen', value: 1, denominator: null, note: '', astronomical: false },
      }).success,
    ).toBe(false);
  });

  it('plots rates as numerator / denominator × multiplier and skips a zero denominator', () => {
    const m = { ...newMeasure('r', 'osuus', { isRate: true, multiplier: 100 }) };
    expect(pointValue(m, { value: 3, denominator: 4 })).toBe(75);
    expect(pointValue(m, { value: 3, denominator: 0 })).toBeNull();
    const series = measureSeries({
      ...m,
      points: [pt('2026-W01', 1, { denominator: 2 }), pt('2026-W04', 1, { denominator: 4 })],
    });
    expect(series.periods).toEqual(['2026-W01', '2026-W02', '2026-W03', '2026-W04']);
    expect(series.values).toEqual([50, null, null, 25]);
  });

  it('setPoints applied in any order gives the same document (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 0, max: 1000 }),
        (weeks, seed) => {
          const points = weeks.map((w, i) => pt(addPeriods('2025-W40', w, 'week'), (seed + i * 7) % 50));
          const a = apply(withMeasure, { type: 'setPoints', measureId: 'm1', points });
          const b = apply(withMeasure, { type: 'setPoints', measureId: 'm1', points: [...points].reverse() });
          expect(b).toEqual(a);
          const ps = a.measures[0]!.points;
          for (let i = 1; i < ps.length; i++)
            expect(periodOrdinal(ps[i]!.period)).toBeGreaterThan(periodOrdinal(ps[i - 1]!.period));
          expect(MeasuresDoc.safeParse(a).success).toBe(true);
        },
      ),
    );
  });
});

describe('measures demo, summary and sheets', () => {
  it('each demo team has measures with 20-30 weekly points and a shift after the first PDSA', () => {
    for (const team of DEMO_TEAM_KEYS) {
      let n = 0;
      const [spec] = measuresDemo({ team, lang: 'fi', nextId: () => `id${n++}`, teamBoards: [] });
      const doc = MeasuresDoc.parse(spec!.doc);
      expect(doc.measures.length).toBeGreaterThanOrEqual(2);
      for (const m of doc.measures) expect(m.points.length).toBeGreaterThanOrEqual(20);
      const outcome = doc.measures.find((m) => m.type === 'outcome')!;
      const a = analyseMeasure(outcome);
      const shift = a.ihi.signals.find((s) => s.rule === 'shift' && s.effect === 'improvement');
      expect(shift, `${team} outcome has an improving shift`).toBeDefined();
      // The shift covers every week after the first PDSA start (2025-W47) up to the last point.
      const periods = measureSeries(outcome).periods;
      const s = shift as { from: number; to: number };
      expect(periodOrdinal(periods[s.from]!)).toBeLessThanOrEqual(periodOrdinal('2025-W48'));
      expect(s.to).toBe(periods.length - 1);
      const summary = measuresBoard.summary(doc);
      expect(Object.values(summary).some((v) => typeof v === 'string' && v.includes('siirtymä'))).toBe(true);
      const sheets = measuresBoard.toSheets(doc, {
        boardId: 'b',
        boardName: 'Mittarit',
        teamId: 't',
        teamName: 'Tiimi',
      });
      expect(sheets.map((s) => s.name)).toEqual([
        'Mittarit',
        'Mittauspisteet',
        'Seurantakaavioanalyysi',
        'Säätökaavioanalyysi',
      ]);
      for (const s of sheets) for (const r of s.rows) expect(r).toMatchObject({ team: 'Tiimi', board: 'Mittarit' });
    }
  });

  it('one demo measure is on an XmR chart with limits, in the summary and the control-chart sheet', () => {
    let n = 0;
    const [spec] = measuresDemo({ team: 'pirkanmaa', lang: 'fi', nextId: () => `id${n++}`, teamBoards: [] });
    const doc = MeasuresDoc.parse(spec!.doc);
    const xmr = doc.measures.filter((m) => m.chart === 'xmr');
    expect(xmr.map((m) => m.name)).toEqual(['Hoitajan ylityötunnit']);
    const a = analyseMeasureControl(xmr[0]!)!;
    expect(a.problem).toBeNull();
    expect(a.ucl[0]!).toBeGreaterThan(a.centre!);
    expect(String(measuresBoard.summary(doc)['Tasapainottava mittari: Hoitajan ylityötunnit'])).toMatch(
      /^XmR-kaavio, 26 pistettä, keskiviiva [\d,]+, rajat [\d,–-]+/,
    );
    const sheet = measuresBoard
      .toSheets(doc, { boardId: 'b', boardName: 'Mittarit', teamId: 't', teamName: 'Tiimi' })
      .find((s) => s.name === 'Säätökaavioanalyysi')!;
    expect(sheet.rows).toMatchObject([{ measure: 'Hoitajan ylityötunnit', chart: 'XmR', points: 26 }]);
  });
});
