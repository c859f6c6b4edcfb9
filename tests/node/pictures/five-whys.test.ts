import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { FiveWhysDoc, WhyStep } from '../../../shared/boards/five-whys/model';
import { drawBoard } from '../../../shared/boards/pictures';
import { PROJECTOR, checkPicture, describePictureKind, fi, texts } from './helpers';

function why(i: number, parentId: string | null, answer: string, over: Partial<WhyStep> = {}): WhyStep {
  return { id: `w${i}`, parentId, question: '', answer, rootCause: false, countermeasure: '', ...over };
}

/** A forest of whys: each step's parent is an earlier step (or none), depth at most 40. */
const arbWhys: fc.Arbitrary<FiveWhysDoc> = fc
  .record({
    problem: fc.string({ maxLength: 300 }),
    steps: fc.array(fc.record({ parent: fc.option(fc.nat(), { nil: null }), answer: fc.string({ maxLength: 200 }), question: fc.string({ maxLength: 60 }), root: fc.boolean(), cm: fc.string({ maxLength: 100 }) }), { maxLength: 30 }),
  })
  .map(({ problem, steps }) => ({
    problem,
    source: null,
    steps: steps.map((s, i) => why(i, s.parent !== null && i > 0 ? `w${s.parent % i}` : null, s.answer, { question: s.question, rootCause: s.root, countermeasure: s.cm })),
  }));

/** 1,000 whys: ten chains 40 deep, then wide branches; long texts. */
function hugeWhys(): FiveWhysDoc {
  const steps: WhyStep[] = [];
  for (let i = 0; i < 1000; i++) {
    const parent = i < 400 ? (i % 40 === 0 ? null : `w${i - 1}`) : `w${i % 20}`;
    steps.push(why(i, parent, `Vastaus ${i} ${'x'.repeat(1990)}`.slice(0, 2000), { rootCause: i % 40 === 39, countermeasure: 'k'.repeat(2000) }));
  }
  return { problem: 'P'.repeat(2000), source: null, steps };
}

describePictureKind({
  kind: 'five-whys',
  arb: arbWhys,
  huge: hugeWhys,
  withText: (t) => ({ problem: t, source: null, steps: [why(0, null, t, { question: t, rootCause: true, countermeasure: t })] }),
  maxChars: 200_000,
});

describe('five-whys picture specifics', () => {
  const chain: FiveWhysDoc = {
    problem: 'Lähete vaaditaan aina',
    source: null,
    steps: [why(0, null, 'Ohje'), why(1, 'w0', 'Kukaan ei omista ohjetta', { rootCause: true, countermeasure: 'Nimetään omistaja' }), why(2, 'w0', 'Järjestelmä')],
  };

  it('shows the problem, each why with its level, the root cause and its countermeasure', () => {
    const all = texts(checkPicture(drawBoard('five-whys', chain, { id: 'b', name: '5', kind: 'five-whys' }, PROJECTOR)!, PROJECTOR));
    expect(all).toContain('Lähete vaaditaan aina');
    expect(all).toContain(`1. ${fi('whys.why')}`);
    expect(all.filter((t) => t === `2. ${fi('whys.why')}`)).toHaveLength(2);
    expect(all).toContain(fi('whys.rootBadge'));
    expect(all.join(' ')).toContain('Nimetään omistaja');
  });

  it('counts the whys that do not fit', () => {
    const all = texts(checkPicture(drawBoard('five-whys', hugeWhys(), { id: 'b', name: '5', kind: 'five-whys' }, PROJECTOR)!, PROJECTOR));
    const shown = all.filter((t) => /^\d+\. /.test(t)).length;
    const more = all.map((t) => /^\+(\d+) lisää$/.exec(t)).find(Boolean);
    expect(shown + Number(more![1])).toBe(1000);
  });
});
