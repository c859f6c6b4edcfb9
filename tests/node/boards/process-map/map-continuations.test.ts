import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { measureText } from '../../../../shared/picture/svg';
import {
  processMapPicture,
  processMapRows,
  processMapSectionPlan,
} from '../../../../shared/boards/process-map/picture';
import { STUB_ROW } from '../../../../shared/boards/process-map/continuations';
import { BOX_PAD, LANE_HEADER_WIDTH, MAP_FONT } from '../../../../shared/boards/process-map/drawing';
import { arbMap, chainMap } from './helpers';
import { PROJECTOR } from '../../pictures/helpers';
import { finnishMap } from '../../../helpers/finnish-maps';
import type { ProcessMapDoc } from '../../../../shared/boards/process-map/model';

/** Every connector between two windows has its stub on both sides, numbered with the other end. */
function checkStubs(doc: ProcessMapDoc): void {
  const plan = processMapSectionPlan(doc, PROJECTOR);
  const windowOf = new Map<string, number>();
  plan.windows.forEach((w, i) => w.stepIds.forEach((id) => windowOf.set(id, i)));
  const cont = plan.continuations;
  if (plan.windows.length <= 1) {
    expect(cont).toBeNull();
    return;
  }
  expect(cont).not.toBeNull();
  const reading = [...plan.drawing.layout.boxes].sort((a, b) => a.column - b.column || a.y - b.y);
  const number = new Map(reading.map((b, i) => [b.id, i + 1]));
  let cut = 0;
  for (const e of plan.drawing.layout.edges) {
    const ws = windowOf.get(e.source);
    const wt = windowOf.get(e.target);
    const mine = (i: number) => cont!.stubs[i]!.filter((s) => s.edgeId === e.id);
    if (ws === undefined || wt === undefined || ws === wt || e.points.length < 2) {
      for (const list of cont!.stubs) expect(list.filter((s) => s.edgeId === e.id)).toEqual([]);
      continue;
    }
    cut++;
    expect(mine(ws).map((s) => [s.side, s.other])).toEqual([['out', number.get(e.target)]]);
    expect(mine(wt).map((s) => [s.side, s.other])).toEqual([['in', number.get(e.source)]]);
    expect(cont!.numbers.get(e.source)).toBe(number.get(e.source));
    expect(cont!.numbers.get(e.target)).toBe(number.get(e.target));
  }
  // Stubs of one gutter keep their own rows inside their window, and the window has that gutter.
  plan.windows.forEach((w, i) => {
    if (cont!.stubs[i]!.some((s) => s.side === 'in')) expect(w.gutters?.left).toBeGreaterThan(0);
    if (cont!.stubs[i]!.some((s) => s.side === 'out')) expect(w.gutters?.right).toBeGreaterThan(0);
    for (const side of ['in', 'out'] as const) {
      const ys = cont!.stubs[i]!.filter((s) => s.side === side)
        .map((s) => s.y)
        .sort((a, b) => a - b);
      ys.forEach((y, k) => {
        expect(y).toBeGreaterThanOrEqual(w.y0 - 0.01);
        expect(y).toBeLessThanOrEqual(w.y1 + 0.01);
        if (k > 0 && (ys.length - 1) * STUB_ROW <= w.y1 - w.y0)
          expect(y - ys[k - 1]!).toBeGreaterThanOrEqual(STUB_ROW - 0.01);
      });
    }
  });
  // The pictures draw them: one titled stub per side of every cut connector, over all sections.
  const svgs = processMapPicture.sections!(doc, { id: 'm', name: 'm', kind: 'process-map' }, PROJECTOR);
  const titles = svgs.join('').match(/<title>jatkuu vaihee(seen|sta) \d+<\/title>/g) ?? [];
  expect(titles.length).toBe(2 * cut);
}

describe('process map continuation stubs', () => {
  it('gives every connector cut between windows a stub on both sides (property)', () => {
    fc.assert(
      fc.property(arbMap, fc.integer({ min: 0, max: 3 }), (doc, extra) => {
        const big = { ...doc, nodes: doc.nodes.map((n) => ({ ...n, text: `${n.id} `.repeat(8 + extra * 6) })) };
        checkStubs(big);
      }),
      { numRuns: 25 },
    );
  });

  it('cuts the 30-step, 5-lane map into sections whose connectors all continue', () => {
    const doc = finnishMap(30, 5);
    const plan = processMapSectionPlan(doc, PROJECTOR);
    expect(plan.windows.length).toBeGreaterThan(1);
    checkStubs(doc);
    checkStubs(chainMap(40, 3, [[30, 2]]));
    // The flow's first and last stretches keep no gutter where nothing is cut: that room goes to steps.
    expect(plan.windows[0]!.gutters?.left).toBe(0);
    expect(plan.windows.at(-1)!.gutters?.right).toBe(0);
  });
});

describe('process map rows on paper (the storyboard)', () => {
  it('continue every connector cut between two rows with a numbered stub on both rows', () => {
    const doc = finnishMap(30, 5);
    const rows = processMapRows(
      doc,
      { id: 'm', name: 'm' },
      {
        width: 1600,
        fontPx: 18.5,
        maxRowHeight: 1039,
        theme: 'light',
        t: PROJECTOR.t,
      },
    ).filter((r) => r.stepIds.length > 0);
    expect(rows.length).toBeGreaterThan(1);
    const rowOf = new Map<string, number>();
    rows.forEach((r, i) => r.stepIds.forEach((id) => rowOf.set(id, i)));
    for (const e of doc.edges) {
      const a = rowOf.get(e.source)!;
      const b = rowOf.get(e.target)!;
      const out = (rows[a]!.svg.match(/<title>jatkuu vaiheeseen \d+<\/title>/g) ?? []).length;
      const into = (rows[b]!.svg.match(/<title>jatkuu vaiheesta \d+<\/title>/g) ?? []).length;
      if (a !== b) expect(Math.min(out, into), `${e.id} between rows ${a} and ${b}`).toBeGreaterThan(0);
    }
    const cut = doc.edges.filter((e) => rowOf.get(e.source) !== rowOf.get(e.target)).length;
    const titles =
      rows
        .map((r) => r.svg)
        .join('')
        .match(/<title>jatkuu vaihee(seen|sta) \d+<\/title>/g) ?? [];
    expect(titles.length).toBe(2 * cut);
    for (const r of rows) expect(r.width).toBeLessThanOrEqual(1600);
  });
});

describe('process map lane-name column', () => {
  it('is wide enough for every word of every lane name, hyphenating only a word wider than the widest column', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            'Päihdepoliklinikka',
            'Nuorten',
            'mielenterveys-',
            'ja',
            'Kouluterveydenhuolto',
            'Sosiaalitoimi',
          ),
          {
            minLength: 1,
            maxLength: 4,
          },
        ),
        (words) => {
          const doc = { ...finnishMap(15, 4) };
          doc.lanes = doc.lanes.map((l, i) => ({ ...l, name: i === 1 ? words.join(' ') : l.name }));
          const plan = processMapSectionPlan(doc, PROJECTOR);
          const style = { size: MAP_FONT, bold: true };
          const fits = (w: string) => measureText(w, style) <= LANE_HEADER_WIDTH - 2 * BOX_PAD;
          for (const [li, lane] of doc.lanes.entries()) {
            const lines = plan.drawing.laneLines[li]!;
            const tokens = lines.join(' ').split(' ');
            for (const word of lane.name.split(' ').filter(fits)) expect(tokens).toContain(word);
            expect(plan.drawing.headerWidth).toBeLessThanOrEqual(LANE_HEADER_WIDTH);
          }
        },
      ),
      { numRuns: 15 },
    );
  });
});
