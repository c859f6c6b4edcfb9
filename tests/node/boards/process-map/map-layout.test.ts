import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { flowColumns } from '../../../../shared/boards/process-map/layout';
import {
  HEADER_WIDTHS,
  LINE_HEIGHT,
  BOX_PAD_Y,
  MAP_FONT,
  STEP_WIDTHS,
  mapDrawing,
  type MapDrawing,
} from '../../../../shared/boards/process-map/drawing';
import { MIN_STEP_WIDTH } from '../../../../shared/boards/process-map/packing';
import { processMapSectionPlan } from '../../../../shared/boards/process-map/picture';
import { measureText } from '../../../../shared/picture/svg';
import type { ProcessMapDoc } from '../../../../shared/boards/process-map/model';
import { arbMap, chainMap } from './helpers';
import { PROJECTOR, fi } from '../../pictures/helpers';
import { finnishMap } from '../../../helpers/finnish-maps';

const WORDS = [
  'Ajanvaraus',
  'vastaanotolle',
  'nuorisopsykiatrian',
  'ja',
  'lähete',
  'odotus',
  'Päihdepoliklinikka',
  'tiedonsiirto',
  'x',
  'sosiaali-',
  'terveydenhuolto',
];
/** Generated maps with Finnish-like step texts of 0–30 words. */
const arbTextMap: fc.Arbitrary<ProcessMapDoc> = fc
  .tuple(
    arbMap,
    fc.array(fc.array(fc.constantFrom(...WORDS), { maxLength: 30 }), { minLength: 40, maxLength: 40 }),
    fc.array(fc.constantFrom(null, 'yes' as const, 'no' as const), { minLength: 60, maxLength: 60 }),
  )
  .map(([doc, texts, branches]) => ({
    ...doc,
    nodes: doc.nodes.map((n, i) => ({ ...n, text: (texts[i] ?? []).join(' ') })),
    edges: doc.edges.map((e, i) => ({ ...e, branch: branches[i] ?? null })),
  }));

const inside = (a: number, lo: number, hi: number) => a > lo + 0.5 && a < hi - 0.5;

/** Asserts the layout's geometric promises on one drawing. */
function checkDrawing(d: MapDrawing): void {
  const boxes = d.layout.boxes;
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i]!;
    // In its lane.
    const lane = d.layout.lanes[a.laneIndex]!;
    expect(a.y).toBeGreaterThanOrEqual(lane.top - 0.5);
    expect(a.y + a.height).toBeLessThanOrEqual(lane.top + lane.height + 0.5);
    // Its text fits.
    const step = d.steps.get(a.id)!;
    for (const line of step.text.lines)
      expect(measureText(line, { size: MAP_FONT })).toBeLessThanOrEqual(step.text.width + 0.01);
    expect(step.text.left + step.text.width).toBeLessThanOrEqual(a.width + 0.01);
    expect(step.text.top + step.text.lines.length * LINE_HEIGHT + BOX_PAD_Y).toBeLessThanOrEqual(a.height + 0.01);
    for (let j = i + 1; j < boxes.length; j++) {
      const b = boxes[j]!;
      const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
    }
  }
  // Connectors: orthogonal, and no segment runs through a step other than the connector's own two ends.
  for (const e of d.layout.edges) {
    for (let k = 0; k + 1 < e.points.length; k++) {
      const p = e.points[k]!;
      const q = e.points[k + 1]!;
      expect(Math.abs(p.x - q.x) < 0.01 || Math.abs(p.y - q.y) < 0.01, `${e.id} segment ${k} is not orthogonal`).toBe(
        true,
      );
      for (const b of boxes) {
        if (b.id === e.source || b.id === e.target) continue;
        const x0 = Math.min(p.x, q.x);
        const x1 = Math.max(p.x, q.x);
        const y0 = Math.min(p.y, q.y);
        const y1 = Math.max(p.y, q.y);
        const crosses =
          Math.abs(p.y - q.y) < 0.01
            ? inside(p.y, b.y, b.y + b.height) && x1 > b.x + 0.5 && x0 < b.x + b.width - 0.5
            : inside(p.x, b.x, b.x + b.width) && y1 > b.y + 0.5 && y0 < b.y + b.height - 0.5;
        expect(crosses, `${e.id} crosses ${b.id}`).toBe(false);
      }
    }
    // A label never covers a step.
    if (e.label) {
      const l = e.label;
      for (const b of boxes)
        expect(
          l.x < b.x + b.width - 0.5 &&
            b.x < l.x + l.width - 0.5 &&
            l.y < b.y + b.height - 0.5 &&
            b.y < l.y + l.height - 0.5,
          `label of ${e.id} covers ${b.id}`,
        ).toBe(false);
    }
  }
}

describe('process map layout (shared by canvas and picture)', () => {
  it('never overlaps boxes, fits every text, keeps lanes and routes connectors around steps (property)', () => {
    fc.assert(
      fc.property(
        arbTextMap,
        fc.constantFrom(undefined, 2, 4, 6),
        fc.constantFrom(...HEADER_WIDTHS),
        (doc, maxLines, headerWidth) => {
          // Fixed-width steps, and steps fitted to a line budget (each as narrow as its text allows): the projector's.
          const fit = maxLines ? { maxLines, minWidth: MIN_STEP_WIDTH, headerWidth } : undefined;
          checkDrawing(mapDrawing(doc, fi, 'fi', maxLines ? STEP_WIDTHS[2] : STEP_WIDTHS[0], fit));
        },
      ),
      { numRuns: 30 },
    );
  });

  it('puts parallel steps in one column and follows the flow, not the creation order', () => {
    const doc = chainMap(0, 2);
    const mk = (id: string, lane: string, x: number) => ({
      id,
      kind: 'step' as const,
      text: id,
      laneId: lane,
      x,
      y: 30,
      processTime: null,
      waitTime: null,
      performer: '',
    });
    // Created right to left: D first, A last.
    doc.nodes = [mk('D', 'L0', 0), mk('C', 'L1', 300), mk('B', 'L0', 600), mk('A', 'L0', 900)];
    const e = (id: string, s: string, t: string) => ({ id, source: s, target: t, label: '', branch: null });
    doc.edges = [e('ab', 'A', 'B'), e('ac', 'A', 'C'), e('bd', 'B', 'D'), e('cd', 'C', 'D')];
    const cols = flowColumns(doc);
    expect([cols.get('A'), cols.get('B'), cols.get('C'), cols.get('D')]).toEqual([0, 1, 1, 2]);
    const d = mapDrawing(doc, fi, 'fi');
    const box = (id: string) => d.layout.byId.get(id)!;
    expect(box('B').x).toBeCloseTo(box('C').x, 0);
    expect(box('A').x + box('A').width).toBeLessThan(box('B').x);
    expect(box('B').x + box('B').width).toBeLessThan(box('D').x);
    checkDrawing(d);
  });

  it('keeps its promises on a map longer than one ELK run, loops and long jumps included (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 41, max: 130 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 12 }),
        fc.integer({ min: 1, max: 5 }),
        (n, extra, lanes) => {
          const doc = chainMap(
            n,
            lanes,
            extra.map(([a, b]) => [a % n, b % n] as [number, number]).filter(([a, b]) => a !== b),
          );
          doc.edges = doc.edges.filter(
            (e, i, all) => all.findIndex((x) => x.source === e.source && x.target === e.target) === i,
          );
          doc.edges.forEach((e, i) => (e.branch = i % 9 === 0 ? 'yes' : null));
          checkDrawing(mapDrawing(doc, fi, 'fi'));
        },
      ),
      { numRuns: 8 },
    );
    // Eight ELK runs of up to 130 steps: a few seconds alone, much longer on a loaded 2-core machine.
  }, 180_000);

  it('labels decision branches next to the decision', () => {
    const d = mapDrawing(finnishMap(15, 4), fi, 'fi');
    for (const id of ['e3-yes', 'e3-no']) {
      const e = d.layout.edges.find((x) => x.id === id)!;
      expect(d.edges.get(id)!.lines.join(' ')).toBe(fi(`processMap.branch.${id.endsWith('yes') ? 'yes' : 'no'}`));
      expect(e.label).not.toBeNull();
      expect(Math.abs(e.label!.x - e.points[0]!.x)).toBeLessThan(MAP_FONT * 2);
    }
  });
});

/** Section index of every step; fails when a step is in none or in two. */
function sectionOf(windows: { stepIds: string[] }[], doc: ProcessMapDoc): Map<string, number> {
  const at = new Map<string, number>();
  windows.forEach((w, i) =>
    w.stepIds.forEach((id) => {
      expect(at.has(id), `${id} in two sections`).toBe(false);
      at.set(id, i);
    }),
  );
  for (const n of doc.nodes) expect(at.has(n.id), `${n.id} in no section`).toBe(true);
  return at;
}

describe('process map sections', () => {
  it('holds every step in exactly one section, stretches in flow order (property)', () => {
    fc.assert(
      fc.property(
        arbTextMap,
        fc.constantFrom(PROJECTOR, { ...PROJECTOR, width: 1280, height: 720, minFontPx: 24 }),
        (doc, o) => {
          const plan = processMapSectionPlan(doc, o);
          const at = sectionOf(plan.windows, doc);
          expect(plan.scale * MAP_FONT).toBeGreaterThanOrEqual(o.minFontPx);
          // Stretches (runs of columns) follow the flow: a step's stretch is never after a later step's.
          const cols = flowColumns(doc);
          const stretch = (id: string) => plan.windows[at.get(id)!]!.x0;
          for (const e of doc.edges) {
            if (!cols.has(e.source) || !cols.has(e.target) || cols.get(e.source)! >= cols.get(e.target)!) continue;
            expect(stretch(e.source)).toBeLessThanOrEqual(stretch(e.target));
          }
        },
      ),
      { numRuns: 20 },
    );
  });

  it('fills every section but the last to at least half its width or height (property)', () => {
    fc.assert(
      fc.property(arbTextMap, (doc) => {
        const plan = processMapSectionPlan(doc, PROJECTOR);
        plan.sections.slice(0, -1).forEach((sec, i) => {
          const width = Math.max(...sec.map((w) => w.x1 - w.x0)) / plan.room.width;
          const height = sec.reduce((a, w) => a + w.y1 - w.y0, 0) / plan.room.height;
          expect(Math.max(width, height), `section ${i + 1} of ${plan.sections.length}`).toBeGreaterThanOrEqual(0.5);
        });
      }),
      { numRuns: 25 },
    );
  });

  // The audience view's picture box at 1920x1080 (the section bar below it): gutters for continuation stubs only
  // where a connector is cut, and every line budget laid out for real, fill three screens with five steps each.
  it('shows the 15-step, 4-lane reference map in three sections at most and a 6-step map in one, at 24 px or more', () => {
    const room = { ...PROJECTOR, width: 1872, height: 885, hideTitle: true };
    for (const [doc, most] of [
      [finnishMap(15, 4), 3],
      [finnishMap(6, 3), 1],
    ] as const) {
      const plan = processMapSectionPlan(doc, room);
      expect(plan.sections.length).toBeLessThanOrEqual(most);
      expect(plan.scale * MAP_FONT).toBeGreaterThanOrEqual(24);
    }
  });
});
