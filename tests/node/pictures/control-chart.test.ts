import { describe, expect, it } from 'vitest';
import { newMeasure, type Measure } from '../../../shared/boards/measures/model';
import { drawRunChart } from '../../../shared/boards/measures/picture';
import { measuresBoard } from '../../../shared/boards/measures/definition';
import { PROJECTOR, PROJECTOR_HC, checkPicture, fi, texts } from './helpers';

const weekly = (values: readonly number[], denominators?: readonly number[]): Measure['points'] =>
  values.map((value, i) => ({
    period: `2026-W${String(i + 1).padStart(2, '0')}`,
    value,
    denominator: denominators?.[i] ?? null,
    note: '',
    astronomical: false,
  }));

const ordinary = Array.from({ length: 14 }, (_, i) => (i % 2 ? 12 : 10));
const xmr = newMeasure('m1', 'Jonossa olevat', { chart: 'xmr', direction: 'down', freezeAfter: 14 });
xmr.points = weekly([...ordinary, 19]);

describe('control chart picture (projector, storyboard, Excel)', () => {
  it('draws the limits, the mean and a point outside them, named with its effect', () => {
    for (const o of [PROJECTOR, PROJECTOR_HC]) {
      const svg = drawRunChart(xmr, 'ihi', o, []);
      const doc = checkPicture(svg, o);
      const all = texts(doc);
      expect(all).toContain(fi('measures.control.ucl', { value: '16,32' }));
      expect(all).toContain(fi('measures.control.lcl', { value: '5,68' }));
      expect(all).toContain(fi('measures.control.centre', { value: '11' }));
      expect(all.join(' ')).toContain(`${fi('measures.signal.outside.title')}: ${fi('measures.effect.deterioration')}`);
      expect(svg.match(/data-limit="true"/g)).toHaveLength(2);
    }
  });

  it('says plainly when there are too few points or the values are all equal', () => {
    const few = { ...xmr, freezeAfter: 0, points: weekly([3, 4, 5]) };
    expect(texts(checkPicture(drawRunChart(few, 'ihi', PROJECTOR, []), PROJECTOR))).toContain(
      fi('measures.control.verdict.too-few'),
    );
    const flat = { ...xmr, freezeAfter: 0, points: weekly(Array(12).fill(4)) };
    expect(texts(checkPicture(drawRunChart(flat, 'ihi', PROJECTOR, []), PROJECTOR))).toContain(
      fi('measures.control.verdict.collapsed'),
    );
  });

  it('a P chart steps its limits with the denominator, and the Excel sheets carry limits and signals', () => {
    const p = newMeasure('m2', 'Ajallaan hoidetut', { chart: 'p', isRate: true, multiplier: 100, direction: 'up' });
    p.points = weekly([...Array(11).fill(10), 40], [...Array(11).fill(100), 400]);
    const svg = drawRunChart(p, 'ihi', PROJECTOR, []);
    checkPicture(svg, PROJECTOR);
    const sheets = measuresBoard.toSheets(
      { ruleSet: 'ihi', measures: [xmr, p, newMeasure('m3', 'Seuranta')] },
      { boardId: 'b1', boardName: 'Mittarit', teamId: 't1', teamName: 'Tiimi' },
    );
    const control = sheets.find((s) => s.name === 'Säätökaavioanalyysi')!;
    expect(control.rows).toMatchObject([
      { measure: 'Jonossa olevat', chart: 'XmR', points: 15, baseline: 14, centre: 11, lcl: 5.68, ucl: 16.32 },
      { measure: 'Ajallaan hoidetut', chart: 'P', centre: 10, lcl: 5.5, ucl: 14.5, stepped: true },
    ]);
    expect(String(control.rows[0]!.signals)).toContain('piste rajojen ulkopuolella 2026-W15 (yli ylärajan)');
    const points = sheets.find((s) => s.name === 'Mittauspisteet')!;
    const pRows = points.rows.filter((r) => r.measure === 'Ajallaan hoidetut');
    expect(pRows[0]).toMatchObject({ centre: 10, lcl: 1, ucl: 19 });
    expect(pRows[11]).toMatchObject({ centre: 10, lcl: 5.5, ucl: 14.5 });
    expect(points.rows.find((r) => r.measure === 'Seuranta')).toBeUndefined();
  });
});
