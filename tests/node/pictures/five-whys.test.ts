import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { FiveWhysDoc, WhyStep } from '../../../shared/boards/five-whys/model';
import { drawBoard, drawBoardSections } from '../../../shared/boards/pictures';

const BOARD = { id: 'b', name: '5', kind: 'five-whys' };
import { PROJECTOR, checkPicture, describePictureKind, expectNothingLeftOut, fi, squash, texts } from './helpers';

function why(i: number, parentId: string | null, answer: string, over: Partial<WhyStep> = {}): WhyStep {
  return { id: `w${i}`, parentId, question: '', answer, rootCause: false, countermeasure: '', ...over };
}

/** A forest of whys: each step's parent is an earlier step (or none), depth at most 40. */
const arbWhys: fc.Arbitrary<FiveWhysDoc> = fc
  .record({
    problem: fc.string({ maxLength: 300 }),
    steps: fc.array(
      fc.record({
        parent: fc.option(fc.nat(), { nil: null }),
        answer: fc.string({ maxLength: 200 }),
        question: fc.string({ maxLength: 60 }),
        root: fc.boolean(),
        cm: fc.string({ maxLength: 100 }),
      }),
      { maxLength: 30 },
    ),
  })
  .map(({ problem, steps }) => ({
    problem,
    source: null,
    steps: steps.map((s, i) =>
      why(i, s.parent !== null && i > 0 ? `w${s.parent % i}` : null, s.answer, {
        question: s.question,
        rootCause: s.root,
        countermeasure: s.cm,
      }),
    ),
  }));

/** 1,000 whys: ten chains 40 deep, then wide branches; long texts. */
function hugeWhys(): FiveWhysDoc {
  const steps: WhyStep[] = [];
  for (let i = 0; i < 1000; i++) {
    const parent = i < 400 ? (i % 40 === 0 ? null : `w${i - 1}`) : `w${i % 20}`;
    steps.push(
      why(i, parent, `Vastaus ${i} ${'x'.repeat(1990)}`.slice(0, 2000), {
        rootCause: i % 40 === 39,
        countermeasure: 'k'.repeat(2000),
      }),
    );
  }
  return { problem: 'P'.repeat(2000), source: null, steps };
}

describePictureKind({
  kind: 'five-whys',
  arb: arbWhys,
  huge: hugeWhys,
  withText: (t) => ({
    problem: t,
    source: null,
    steps: [why(0, null, t, { question: t, rootCause: true, countermeasure: t })],
  }),
  maxChars: 200_000,
});

describe('five-whys picture specifics', () => {
  const chain: FiveWhysDoc = {
    problem: 'Lähete vaaditaan aina',
    source: null,
    steps: [
      why(0, null, 'Ohje'),
      why(1, 'w0', 'Kukaan ei omista ohjetta', { rootCause: true, countermeasure: 'Nimetään omistaja' }),
      why(2, 'w0', 'Järjestelmä'),
    ],
  };

  it('shows the problem, each why with its level, the root cause and its countermeasure', () => {
    const all = texts(
      checkPicture(drawBoard('five-whys', chain, { id: 'b', name: '5', kind: 'five-whys' }, PROJECTOR)!, PROJECTOR),
    );
    expect(all).toContain('Lähete vaaditaan aina');
    expect(all).toContain(`1. ${fi('whys.why')}`);
    expect(all).toContain(`2. ${fi('whys.why')}`);
    expect(all).toContain(`2. ${fi('whys.why')} · ${fi('whys.rootBadge')}`);
    expect(all.join(' ')).toContain('Nimetään omistaja');
  });

  it('shows every why whole over its sections, in the order of the chain, none in two sections', () => {
    const steps: WhyStep[] = Array.from({ length: 60 }, (_, i) =>
      why(i, i % 12 === 0 ? null : `w${i - 1}`, `Vastaus numero ${i}: ajanvarauksen takaisinsoitto ei toimi aamulla`, {
        rootCause: i % 12 === 11,
        countermeasure: i % 12 === 11 ? `Vastatoimi ${i}` : '',
      }),
    );
    // Whys repeated above a continuation (context) are left out: each why's own box is in one section.
    const secs = drawBoardSections('five-whys', { problem: 'Jono', source: null, steps }, BOARD, PROJECTOR)!.map(
      (svg) => texts(checkPicture(svg.replace(/<g data-context="true">.*?<\/g>/g, ''), PROJECTOR)).join(' '),
    );
    expect(secs.length).toBeGreaterThan(1);
    expectNothingLeftOut(secs.join(' '));
    const at = (i: number) =>
      secs.map((s, k) => (squash(s).includes(squash(`Vastaus numero ${i}:`)) ? k : -1)).filter((k) => k >= 0);
    const where = steps.map((_, i) => at(i));
    for (const w of where) expect(w).toHaveLength(1);
    const order = where.map((w) => w[0]!);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(secs.join(' ')).toContain('Vastatoimi 59');
  });
});
