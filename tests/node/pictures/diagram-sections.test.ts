import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { drawBoard, drawBoardSections } from '../../../shared/boards/pictures';
import type { PictureOptions } from '../../../shared/boards/picture';
import { FiveWhysDoc, type WhyStep } from '../../../shared/boards/five-whys/model';
import { orderedSteps } from '../../../shared/boards/five-whys/tree';
import { DriverDiagramDoc, NODE_LEVELS, type DriverNode } from '../../../shared/boards/driver-diagram/model';
import { placedNodes } from '../../../shared/boards/driver-diagram/layout';
import { ValueStreamDoc, type VsStep } from '../../../shared/boards/value-stream/model';
import { IdeasWallDoc } from '../../../shared/boards/ideas-wall/model';
import { wallGroups } from '../../../shared/boards/ideas-wall/layout';
import { NOTE_COLORS } from '../../../shared/domain/vocab';
import { PROJECTOR, SMALL_PROJECTOR, THUMBNAIL, fi, texts, parseSvg } from './helpers';
import { checkBoxSections, expectEachOnceInOrder } from './section-layout';

const SIZES = [PROJECTOR, SMALL_PROJECTOR, THUMBNAIL] as const;
const words = fc.array(
  fc.constantFrom('ajanvaraus', 'hoitaja', 'takaisinsoittopyyntö', 'ei', 'jono', 'x', 'Äänekoski'),
  {
    maxLength: 40,
  },
);
const text = fc.oneof(
  words.map((w) => w.join(' ')),
  fc.string({ maxLength: 120 }),
);

const sections = (kind: string, doc: unknown, o: PictureOptions) =>
  drawBoardSections(kind, doc, { id: 'b', name: 'Taulu', kind }, o)!;

// --- generators (valid documents of each kind)

const why = (i: number, parentId: string | null, answer: string, over: Partial<WhyStep> = {}): WhyStep => ({
  id: `w${i}`,
  parentId,
  question: '',
  answer,
  rootCause: false,
  countermeasure: '',
  ...over,
});
const arbWhys = fc
  .record({
    problem: text,
    steps: fc.array(
      fc.record({ parent: fc.option(fc.nat(), { nil: null }), answer: text, root: fc.boolean(), cm: text }),
      {
        maxLength: 25,
      },
    ),
  })
  .map(({ problem, steps }) =>
    FiveWhysDoc.parse({
      problem,
      source: null,
      steps: steps.map((s, i) =>
        why(i, s.parent !== null && i > 0 ? `w${s.parent % i}` : null, s.answer, {
          rootCause: s.root,
          countermeasure: s.cm,
        }),
      ),
    }),
  );

const node = (id: string, level: DriverNode['level'], parentId: string | null, t: string): DriverNode => ({
  id,
  level,
  parentId,
  text: t,
  source: null,
  sourceBoardName: '',
});
const aim = (statement: string) => ({ what: '', forWhom: '', howMuch: '', byWhen: '', statement });
const arbDriver = fc
  .record({
    aim: text,
    nodes: fc.array(fc.record({ level: fc.nat({ max: 2 }), parent: fc.nat(), text }), { maxLength: 30 }),
  })
  .map(({ aim: a, nodes }) => {
    const out: DriverNode[] = [];
    nodes.forEach((n, i) => {
      const level = NODE_LEVELS[n.level]!;
      const parents = out.filter((x) => NODE_LEVELS.indexOf(x.level) === n.level - 1);
      const parent = n.level === 0 ? null : (parents[n.parent % Math.max(1, parents.length)]?.id ?? null);
      out.push(node(`n${i}`, parent === null ? 'primary' : level, parent, n.text));
    });
    return DriverDiagramDoc.parse({ aim: aim(a), nodes: out });
  });

const dur = (value: number | null) => ({ value, min: null, max: null, unit: value === null ? null : ('min' as const) });
const vsStep = (i: number, name: string, over: Partial<VsStep> = {}): VsStep => ({
  id: `s${i}`,
  name,
  performer: '',
  organisation: '',
  note: '',
  waitKind: 'queue',
  wait: dur(30),
  process: dur(15),
  complete: null,
  after: null,
  source: null,
  ...over,
});
const vsDoc = (steps: VsStep[]) =>
  ValueStreamDoc.parse({
    state: 'current',
    settings: { hoursPerWorkday: 8, workdaysPerWeek: 5, scale: 'compressed' },
    compareWith: null,
    source: null,
    steps,
  });
const arbStream = fc
  .array(
    fc.record({ name: text, performer: text, note: text, wait: fc.option(fc.nat({ max: 100_000 }), { nil: null }) }),
    { maxLength: 30 },
  )
  .map((steps) =>
    vsDoc(
      steps.map((s, i) => vsStep(i, s.name, { performer: s.performer.slice(0, 200), note: s.note, wait: dur(s.wait) })),
    ),
  );

const note = (i: number, t: string, clusterId: string | null) => ({
  id: `n${i}`,
  text: t,
  color: NOTE_COLORS[i % NOTE_COLORS.length]!,
  authorRole: '' as const,
  x: (i % 7) * 210,
  y: Math.floor(i / 7) * 140,
  clusterId,
});
const cluster = (i: number, name: string) => ({
  id: `c${i}`,
  name,
  x: (i % 4) * 700,
  y: Math.floor(i / 4) * 900,
  width: 600,
  height: 800,
});
const arbWall = fc
  .record({
    clusters: fc.array(
      text.map((t) => t.slice(0, 200)),
      { maxLength: 8 },
    ),
    notes: fc.array(fc.record({ text, cluster: fc.option(fc.nat(), { nil: null }) }), { maxLength: 60 }),
  })
  .map(({ clusters, notes }) =>
    IdeasWallDoc.parse({
      clusters: clusters.map((n, i) => cluster(i, n)),
      notes: notes.map((n, i) =>
        note(i, n.text, n.cluster === null || clusters.length === 0 ? null : `c${n.cluster % clusters.length}`),
      ),
    }),
  );

// --- the kinds: how to read each document's items in reading order

const KINDS = [
  {
    kind: 'five-whys',
    arb: arbWhys as fc.Arbitrary<unknown>,
    order: (d: unknown) => orderedSteps(d as FiveWhysDoc).map((s) => s.step.id),
  },
  {
    kind: 'driver-diagram',
    arb: arbDriver as fc.Arbitrary<unknown>,
    order: (d: unknown) => placedNodes(d as DriverDiagramDoc).map((n) => n.node.id),
  },
  {
    kind: 'value-stream',
    arb: arbStream as fc.Arbitrary<unknown>,
    order: (d: unknown) => (d as ValueStreamDoc).steps.map((s) => s.id),
  },
  {
    kind: 'ideas-wall',
    arb: arbWall as fc.Arbitrary<unknown>,
    order: (d: unknown) => wallGroups(d as IdeasWallDoc, '', '').flatMap((g) => g.notes.map((n) => n.id)),
  },
];

describe.each(KINDS)('$kind picture in sections', ({ kind, arb, order }) => {
  it('never overlaps boxes, keeps every text in its box and on the screen, shows every item once in reading order', () => {
    fc.assert(
      fc.property(arb, fc.constantFrom(...SIZES), (doc, o) => {
        const svgs = sections(kind, doc, o);
        expect(svgs.length).toBeGreaterThan(0);
        expectEachOnceInOrder(checkBoxSections(svgs, o), order(doc));
        // draw() is the first section.
        expect(drawBoard(kind, doc, { id: 'b', name: 'Taulu', kind }, o)).toBe(svgs[0]);
      }),
      { numRuns: 25 },
    );
  });
});

const LONG = `Alku ${'pitkä teksti jonka jokainen sana näkyy '.repeat(120)}loppu`.slice(0, 1990) + ' LOPPU';
const HUGE_AIM = `Alku ${'tavoite '.repeat(700)}`.slice(0, 4990) + ' LOPPU';

describe('bad input gives sections, never a throw or text off the screen', () => {
  const cases: { kind: string; name: string; doc: unknown; order: (d: unknown) => string[]; must: string[] }[] = [
    {
      kind: 'five-whys',
      name: 'empty',
      doc: { problem: '', source: null, steps: [] },
      order: () => [],
      must: [fi('whys.problemEmpty')],
    },
    {
      kind: 'five-whys',
      name: 'long texts, 200 whys',
      doc: {
        problem: LONG,
        source: null,
        steps: Array.from({ length: 200 }, (_, i) =>
          why(i, i % 10 === 0 ? null : `w${i - 1}`, i === 5 ? LONG : `Vastaus ${i}`, {
            rootCause: i === 5,
            countermeasure: i === 5 ? LONG : '',
          }),
        ),
      },
      order: (d) => orderedSteps(d as FiveWhysDoc).map((s) => s.step.id),
      must: ['LOPPU', 'Vastaus 199'],
    },
    {
      kind: 'driver-diagram',
      name: 'empty',
      doc: { aim: aim(''), nodes: [] },
      order: () => [],
      must: [fi('drivers.q1Empty')],
    },
    {
      kind: 'driver-diagram',
      name: '5,000-character aim, 200 nodes',
      doc: {
        aim: aim(HUGE_AIM),
        nodes: Array.from({ length: 200 }, (_, i) =>
          i % 20 === 0
            ? node(`n${i}`, 'primary', null, `Ajuri ${i}`)
            : node(`n${i}`, 'secondary', `n${i - (i % 20)}`, i === 7 ? LONG : `Kohta ${i}`),
        ),
      },
      order: (d) => placedNodes(d as DriverDiagramDoc).map((n) => n.node.id),
      must: ['LOPPU', 'Kohta 199'],
    },
    { kind: 'value-stream', name: 'empty', doc: vsDoc([]), order: () => [], must: [fi('pictures.empty')] },
    {
      kind: 'value-stream',
      name: '200 steps, a 2,000-character note',
      doc: vsDoc(Array.from({ length: 200 }, (_, i) => vsStep(i, `Vaihe ${i}`, { note: i === 3 ? LONG : '' }))),
      order: (d) => (d as ValueStreamDoc).steps.map((s) => s.id),
      must: ['LOPPU', 'Vaihe 199'],
    },
    {
      kind: 'ideas-wall',
      name: 'empty',
      doc: { clusters: [], notes: [] },
      order: () => [],
      must: [fi('pictures.empty')],
    },
    {
      kind: 'ideas-wall',
      name: '200 notes, 200 clusters, a 2,000-character note',
      doc: {
        clusters: Array.from({ length: 200 }, (_, i) => cluster(i, `Ryhmä ${i}`)),
        notes: Array.from({ length: 200 }, (_, i) =>
          note(i, i === 9 ? LONG : `Idea ${i}`, i % 3 === 0 ? null : `c${i % 200}`),
        ),
      },
      order: (d) => wallGroups(d as IdeasWallDoc, '', '').flatMap((g) => g.notes.map((n) => n.id)),
      must: ['LOPPU', 'Idea 199', 'Ryhmä 199'],
    },
  ];
  it.each(cases)('$kind: $name', ({ kind, doc, order, must }) => {
    for (const o of [PROJECTOR, THUMBNAIL]) {
      const svgs = sections(kind, doc, o);
      expect(svgs.length).toBeGreaterThan(0);
      expectEachOnceInOrder(checkBoxSections(svgs, o), order(doc));
      const all = svgs.map((s) => texts(parseSvg(s)).join(' ')).join(' ');
      expect(all).not.toContain(fi('pictures.cannotDraw'));
      for (const m of must) expect(all).toContain(m);
    }
  });

  it('a board that fits is one section', () => {
    const small = [
      {
        kind: 'five-whys',
        doc: { problem: 'Jono', source: null, steps: [why(0, null, 'A'), why(1, 'w0', 'B', { rootCause: true })] },
      },
      {
        kind: 'driver-diagram',
        doc: { aim: aim('Tavoite'), nodes: [node('p', 'primary', null, 'P'), node('s', 'secondary', 'p', 'S')] },
      },
      { kind: 'value-stream', doc: vsDoc([vsStep(0, 'A'), vsStep(1, 'B')]) },
      {
        kind: 'ideas-wall',
        doc: { clusters: [cluster(0, 'R')], notes: [note(0, 'Idea', 'c0'), note(1, 'Irtonainen', null)] },
      },
    ];
    for (const { kind, doc } of small) expect(sections(kind, doc, PROJECTOR)).toHaveLength(1);
  });
});
