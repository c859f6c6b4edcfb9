import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LANE_TYPES, NODE_KINDS, PROBLEM_KINDS, type ProcessMapDoc } from '../../../shared/boards/process-map/model';
import { processMapKindStyles, processMapSectionPlan } from '../../../shared/boards/process-map/picture';
import { drawBoard, drawBoardSections } from '../../../shared/boards/pictures';
import { finnishMap } from '../../helpers/finnish-maps';
import { contrastRatio } from '../../../shared/picture/svg';
import { PROJECTOR, checkPicture, describePictureKind, fi, parseSvg, texts } from './helpers';

const text = fc.string({ maxLength: 120 });

/** A valid map: lanes, nodes placed on the layout grid in those lanes, edges and markers between existing items. */
const arbMap: fc.Arbitrary<ProcessMapDoc> = fc
  .record({
    lanes: fc.array(
      fc.record({ type: fc.constantFrom(...LANE_TYPES), name: fc.string({ maxLength: 60 }), collapsed: fc.boolean() }),
      { minLength: 0, maxLength: 8 },
    ),
    nodes: fc.array(
      fc.record({ lane: fc.nat(), col: fc.nat(30), row: fc.nat(2), kind: fc.constantFrom(...NODE_KINDS), text }),
      { maxLength: 40 },
    ),
    edges: fc.array(
      fc.record({
        a: fc.nat(),
        b: fc.nat(),
        label: fc.string({ maxLength: 80 }),
        branch: fc.constantFrom(null, 'yes' as const, 'no' as const),
      }),
      { maxLength: 60 },
    ),
    markers: fc.array(
      fc.record({ on: fc.nat(), edge: fc.boolean(), kind: fc.constantFrom(...PROBLEM_KINDS), note: text }),
      { maxLength: 20 },
    ),
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
    const es =
      ns.length === 0
        ? []
        : edges.map((e, i) => ({
            id: `e${i}`,
            source: ns[e.a % ns.length]!.id,
            target: ns[e.b % ns.length]!.id,
            label: e.label,
            branch: e.branch,
          }));
    const ms = markers
      .filter((m) => (m.edge ? es.length > 0 : ns.length > 0))
      .map((m, i) => ({
        id: `m${i}`,
        kind: m.kind,
        note: m.note,
        target: m.edge
          ? { type: 'edge' as const, id: es[m.on % es.length]!.id }
          : { type: 'node' as const, id: ns[m.on % ns.length]!.id },
        links: [],
      }));
    return { lanes: ls, nodes: ns, edges: es, markers: ms };
  });

/** 300 steps over 8 lanes, 400 edges (loops and long jumps), a marker on every third step (5,000-character steps: below). */
function hugeMap(): ProcessMapDoc {
  const lanes = Array.from({ length: 8 }, (_, i) => ({
    id: `l${i}`,
    type: 'other' as const,
    name: `Kaista ${i} ${'x'.repeat(190)}`,
    collapsed: false,
  }));
  const nodes = Array.from({ length: 300 }, (_, i) => ({
    id: `n${i}`,
    kind: NODE_KINDS[i % NODE_KINDS.length]!,
    text: `Vaihe ${i} ${'pitkä teksti '.repeat(400)}`.slice(0, 120),
    laneId: `l${i % 8}`,
    x: Math.floor(i / 2) * 270,
    y: 30 + (i % 2) * 140,
    processTime: null,
    waitTime: null,
    performer: '',
  }));
  const edges = Array.from({ length: 400 }, (_, i) => ({
    id: `e${i}`,
    source: `n${i % 300}`,
    target: `n${(i * 7 + 1) % 300}`,
    label: i % 5 === 0 ? 'Kyllä' : '',
    branch: null,
  }));
  const markers = nodes
    .filter((_, i) => i % 3 === 0)
    .map((n, i) => ({
      id: `m${i}`,
      kind: PROBLEM_KINDS[i % PROBLEM_KINDS.length]!,
      note: '',
      target: { type: 'node' as const, id: n.id },
      links: [],
    }));
  return { lanes, nodes, edges, markers };
}

describePictureKind({
  kind: 'process-map',
  arb: arbMap,
  huge: hugeMap,
  withText: (t) => ({
    lanes: [{ id: 'l1', type: 'client', name: t, collapsed: false }],
    nodes: [
      { id: 'n1', kind: 'step', text: t, laneId: 'l1', x: 0, y: 30, processTime: null, waitTime: null, performer: '' },
    ],
    edges: [],
    markers: [],
  }),
  maxChars: 400_000,
});

describe('process-map picture specifics', () => {
  const board = { id: 'b', name: 'Iso', kind: 'process-map' } as const;

  it('shows every step of a huge map whole, each in exactly one section, never smaller than minFontPx', () => {
    const doc = hugeMap();
    const sections = drawBoardSections('process-map', doc, board, PROJECTOR)!;
    expect(sections.length).toBeGreaterThan(1);
    const plan = processMapSectionPlan(doc, PROJECTOR);
    expect(plan.sections.length).toBe(sections.length);
    expect(plan.sections.flat()).toEqual(plan.windows);
    const seen = new Set<string>();
    for (const w of plan.windows)
      for (const id of w.stepIds) {
        expect(seen.has(id)).toBe(false);
        seen.add(id);
      }
    expect(seen.size).toBe(doc.nodes.length);
    const all = sections.map((svg) => texts(checkPicture(svg, PROJECTOR)).join(' ')).join(' ');
    expect(all).not.toMatch(/lisää|…/);
  }, 300_000);

  it('shows the whole text of every step of a 30-step, 5-lane Finnish map over its sections', () => {
    const doc = finnishMap(30, 5);
    const sections = drawBoardSections('process-map', doc, board, PROJECTOR)!;
    const words = sections
      .flatMap((svg) => texts(checkPicture(svg, PROJECTOR)))
      .join(' ')
      .replace(/-\s/g, '')
      .replace(/\s+/g, ' ');
    // Line-end hyphens are dropped above, so a written hyphen before a space ("hoito- ja") is compared without it.
    for (const n of doc.nodes)
      expect(words.replace(/\s/g, '')).toContain(n.text.replace(/-\s/g, '').replace(/\s/g, ''));
    for (const l of doc.lanes) expect(words).toContain(l.name.split(' ')[0]!);
  });

  it('draws a small map whole in one section', () => {
    const doc = finnishMap(4, 2);
    expect(drawBoardSections('process-map', doc, board, PROJECTOR)).toHaveLength(1);
  });

  it('stacks stretches of the flow of a map of few lanes into one screen, each text at minFontPx', () => {
    const doc = finnishMap(6, 3);
    const plan = processMapSectionPlan(doc, PROJECTOR);
    expect(plan.windows.length).toBeGreaterThan(1);
    expect(plan.sections).toHaveLength(1);
    const [svg] = drawBoardSections('process-map', doc, board, PROJECTOR)!;
    const words = texts(checkPicture(svg!, PROJECTOR)).join(' ').replace(/-\s/g, '').replace(/\s/g, '');
    for (const n of doc.nodes) expect(words).toContain(n.text.replace(/-\s/g, '').replace(/\s/g, ''));
  });

  it('draws the first section as the picture: the whole map when it fits, else the start of the flow', () => {
    const small = finnishMap(6, 3);
    expect(drawBoard('process-map', small, board, PROJECTOR)).toBe(
      drawBoardSections('process-map', small, board, PROJECTOR)![0],
    );
    const big = finnishMap(30, 5);
    const sections = drawBoardSections('process-map', big, board, PROJECTOR)!;
    expect(sections.length).toBeGreaterThan(1);
    const first = drawBoard('process-map', big, board, PROJECTOR)!;
    expect(first).toBe(sections[0]);
    expect(texts(checkPicture(first, PROJECTOR)).join(' ')).toContain('Nuori tai huoltaja');
  });

  it('copes with a 5,000-character step and with 2,000 steps: sections within the screen, no crash', () => {
    const long = finnishMap(5, 2);
    long.nodes[2]!.text = 'Pitkä kuvaus vaiheesta, jossa kerrotaan kaikki. '.repeat(110).slice(0, 5000);
    const longSections = drawBoardSections('process-map', long, board, PROJECTOR)!;
    for (const svg of longSections) checkPicture(svg, PROJECTOR);
    const joined = longSections.flatMap((svg) => texts(parseSvg(svg))).join(' ');
    expect(joined).toContain('kaikki.');
    const big = finnishMap(2000, 5);
    const plan = processMapSectionPlan(big, PROJECTOR);
    expect(new Set(plan.windows.flatMap((w) => w.stepIds)).size).toBe(2000);
    const bigSections = drawBoardSections('process-map', big, board, PROJECTOR)!;
    expect(bigSections.length).toBe(plan.sections.length);
    checkPicture(bigSections[bigSections.length - 1]!, PROJECTOR);
  }, 300_000);

  it('numbers problem badges as the legend names the kinds, with their counts', () => {
    const doc = finnishMap(15, 4);
    const all = drawBoardSections('process-map', doc, board, PROJECTOR)!
      .flatMap((svg) => texts(checkPicture(svg, PROJECTOR)))
      .join(' ');
    expect(all).toContain(`${fi('processMap.problem.bottleneck')} (1)`);
    expect(all).toContain(`${fi('processMap.problem.delay')} (1)`);
    expect(all).toContain(fi('processMap.branch.yes'));
    expect(all).toContain(fi('processMap.branch.no'));
  });

  it('every node kind keeps its text readable on its fill (AA light, AAA high contrast)', () => {
    for (const [theme, min] of [
      ['light', 4.5],
      ['high-contrast', 7],
    ] as const) {
      for (const s of Object.values(processMapKindStyles(theme)))
        expect(contrastRatio(s.text, s.fill)).toBeGreaterThanOrEqual(min);
    }
  });
});
