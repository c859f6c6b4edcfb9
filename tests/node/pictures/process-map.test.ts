import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LANE_TYPES, NODE_KINDS, PROBLEM_KINDS, type ProcessMapDoc } from '../../../shared/boards/process-map/model';
import { processMapKindStyles } from '../../../shared/boards/process-map/picture';
import { drawBoard } from '../../../shared/boards/pictures';
import { contrastRatio } from '../../../shared/picture/svg';
import { PROJECTOR, checkPicture, describePictureKind, fi, texts } from './helpers';

const text = fc.string({ maxLength: 120 });

/** A valid map: lanes, nodes placed on the layout grid in those lanes, edges and markers between existing items. */
const arbMap: fc.Arbitrary<ProcessMapDoc> = fc
  .record({
    lanes: fc.array(fc.record({ type: fc.constantFrom(...LANE_TYPES), name: fc.string({ maxLength: 60 }), collapsed: fc.boolean() }), { minLength: 0, maxLength: 8 }),
    nodes: fc.array(fc.record({ lane: fc.nat(), col: fc.nat(30), row: fc.nat(2), kind: fc.constantFrom(...NODE_KINDS), text }), { maxLength: 40 }),
    edges: fc.array(fc.record({ a: fc.nat(), b: fc.nat(), label: fc.string({ maxLength: 80 }), branch: fc.constantFrom(null, 'yes' as const, 'no' as const) }), { maxLength: 60 }),
    markers: fc.array(fc.record({ on: fc.nat(), edge: fc.boolean(), kind: fc.constantFrom(...PROBLEM_KINDS), note: text }), { maxLength: 20 }),
  })
  .map(({ lanes, nodes, edges, markers }) => {
    const ls = lanes.map((l, i) => ({ id: `l${i}`, ...l }));
    const ns =
      ls.length === 0
        ? []
        : nodes.map((n, i) => ({
            id: `n${i}`,
            kind: n.kind,
            text: n.text,
            laneId: ls[n.lane % ls.length]!.id,
            x: n.col * 270,
            y: 30 + n.row * 140,
            processTime: null,
            waitTime: null,
            performer: '',
          }));
    const es = ns.length === 0 ? [] : edges.map((e, i) => ({ id: `e${i}`, source: ns[e.a % ns.length]!.id, target: ns[e.b % ns.length]!.id, label: e.label, branch: e.branch }));
    const ms = markers
      .filter((m) => (m.edge ? es.length > 0 : ns.length > 0))
      .map((m, i) => ({
        id: `m${i}`,
        kind: m.kind,
        note: m.note,
        target: m.edge ? { type: 'edge' as const, id: es[m.on % es.length]!.id } : { type: 'node' as const, id: ns[m.on % ns.length]!.id },
        links: [],
      }));
    return { lanes: ls, nodes: ns, edges: es, markers: ms };
  });

/** 300 steps over 8 lanes, 400 edges, a marker on every third step, every step text 5,000 characters. */
function hugeMap(): ProcessMapDoc {
  const lanes = Array.from({ length: 8 }, (_, i) => ({ id: `l${i}`, type: 'other' as const, name: `Kaista ${i} ${'x'.repeat(190)}`, collapsed: false }));
  const nodes = Array.from({ length: 300 }, (_, i) => ({
    id: `n${i}`,
    kind: NODE_KINDS[i % NODE_KINDS.length]!,
    text: `Vaihe ${i} ${'pitkä teksti '.repeat(400)}`.slice(0, 5000),
    laneId: `l${i % 8}`,
    x: Math.floor(i / 2) * 270,
    y: 30 + (i % 2) * 140,
    processTime: null,
    waitTime: null,
    performer: '',
  }));
  const edges = Array.from({ length: 400 }, (_, i) => ({ id: `e${i}`, source: `n${i % 300}`, target: `n${(i * 7 + 1) % 300}`, label: i % 5 === 0 ? 'Kyllä' : '', branch: null }));
  const markers = nodes.filter((_, i) => i % 3 === 0).map((n, i) => ({ id: `m${i}`, kind: PROBLEM_KINDS[i % PROBLEM_KINDS.length]!, note: '', target: { type: 'node' as const, id: n.id }, links: [] }));
  return { lanes, nodes, edges, markers };
}

describePictureKind({
  kind: 'process-map',
  arb: arbMap,
  huge: hugeMap,
  withText: (t) => ({
    lanes: [{ id: 'l1', type: 'client', name: t, collapsed: false }],
    nodes: [{ id: 'n1', kind: 'step', text: t, laneId: 'l1', x: 0, y: 30, processTime: null, waitTime: null, performer: '' }],
    edges: [],
    markers: [],
  }),
  maxChars: 400_000,
});

describe('process-map picture specifics', () => {
  it('says how many steps did not fit in a huge map', () => {
    const svg = drawBoard('process-map', hugeMap(), { id: 'b', name: 'Iso', kind: 'process-map' }, PROJECTOR)!;
    const all = texts(checkPicture(svg, PROJECTOR)).join(' ');
    const more = /\+(\d+) lisää/.exec(all);
    expect(more).not.toBeNull();
    const shown = (svg.match(/<text [^>]*text-anchor="middle"[^>]*>Vaihe\b/g) ?? []).length;
    expect(shown).toBeGreaterThan(0);
    expect(shown + Number(more![1])).toBe(300);
  });

  it('names the problem kinds in the legend with their counts', () => {
    const doc = hugeMap();
    const svg = drawBoard('process-map', doc, { id: 'b', name: 'Iso', kind: 'process-map' }, PROJECTOR)!;
    const all = texts(checkPicture(svg, PROJECTOR)).join(' ');
    expect(all).toContain(`${fi('processMap.problem.bottleneck')} ${doc.markers.filter((m) => m.kind === 'bottleneck').length}`);
  });

  it('every node kind keeps its text readable on its fill (AA light, AAA high contrast)', () => {
    for (const [theme, min] of [['light', 4.5], ['high-contrast', 7]] as const) {
      for (const s of Object.values(processMapKindStyles(theme))) expect(contrastRatio(s.text, s.fill)).toBeGreaterThanOrEqual(min);
    }
  });
});
