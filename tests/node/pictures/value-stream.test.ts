import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TIME_UNITS } from '../../../shared/analysis/value-stream/units';
import { WAIT_KINDS, type ValueStreamDoc, type VsStep } from '../../../shared/boards/value-stream/model';
import { drawBoard } from '../../../shared/boards/pictures';
import {
  PROJECTOR,
  checkPicture,
  describePictureKind,
  expectNothingLeftOut,
  fi,
  sectionTexts,
  squash,
  texts,
} from './helpers';

const duration = fc.record({
  value: fc.option(fc.double({ min: -10, max: 1e6, noNaN: true }), { nil: null }),
  min: fc.constant(null),
  max: fc.constant(null),
  unit: fc.option(fc.constantFrom(...TIME_UNITS), { nil: null }),
});

function step(i: number, name: string, over: Partial<VsStep> = {}): VsStep {
  return {
    id: `s${i}`,
    name,
    performer: '',
    organisation: `Org ${i % 3}`,
    note: '',
    waitKind: 'queue',
    wait: { value: 2, min: null, max: null, unit: 'day' },
    process: { value: 30, min: null, max: null, unit: 'min' },
    complete: null,
    after: null,
    source: null,
    ...over,
  };
}

const arbStream: fc.Arbitrary<ValueStreamDoc> = fc
  .record({
    state: fc.constantFrom('current' as const, 'future' as const),
    steps: fc.array(
      fc.record({
        name: fc.string({ maxLength: 200 }),
        wait: duration,
        process: duration,
        waitKind: fc.constantFrom(...WAIT_KINDS),
        back: fc.option(fc.nat(), { nil: null }),
      }),
      { maxLength: 40 },
    ),
  })
  .map(({ state, steps }) => ({
    state,
    settings: { hoursPerWorkday: 7.5, workdaysPerWeek: 5, scale: 'compressed' as const },
    compareWith: null,
    source: null,
    steps: steps.map((s, i) =>
      step(i, s.name, {
        wait: s.wait,
        process: s.process,
        waitKind: s.waitKind,
        after: s.back !== null && i > 0 ? [`s${s.back % i}`] : null,
      }),
    ),
  }));

function hugeStream(): ValueStreamDoc {
  return {
    state: 'current',
    settings: { hoursPerWorkday: 7.5, workdaysPerWeek: 5, scale: 'compressed' },
    compareWith: null,
    source: null,
    steps: Array.from({ length: 200 }, (_, i) => step(i, `Vaihe ${i} ${'x'.repeat(190)}`, { note: 'n'.repeat(2000) })),
  };
}

describePictureKind({
  kind: 'value-stream',
  arb: arbStream,
  huge: hugeStream,
  withText: (t) => ({ ...hugeStream(), steps: [step(0, t)] }),
  maxChars: 200_000,
});

describe('value-stream picture specifics', () => {
  it('shows lead time, process time and flow efficiency from the totals', () => {
    const doc: ValueStreamDoc = {
      ...hugeStream(),
      steps: [step(0, 'A'), step(1, 'B', { wait: { value: 3, min: null, max: null, unit: 'day' } })],
    };
    const all = texts(
      checkPicture(
        drawBoard('value-stream', doc, { id: 'b', name: 'VS', kind: 'value-stream' }, PROJECTOR)!,
        PROJECTOR,
      ),
    );
    expect(all).toContain(fi('valueStream.totals.lead'));
    // 2 d + 30 min + 3 d + 30 min = 5 d 1 h → 5,0 vrk; process 60 min; flow 60 / 7260 = 0,8 %.
    expect(all).toContain('5 vrk');
    expect(all).toContain('60 min');
    expect(all).toContain('0,8 %');
  });

  it('shows every step whole over its sections, in flow order, none in two sections', () => {
    const doc: ValueStreamDoc = {
      ...hugeStream(),
      steps: Array.from({ length: 40 }, (_, i) =>
        step(i, `Vaihe ${i}: lähetteen käsittely ja ajanvaraus erikoissairaanhoitoon`),
      ),
    };
    const secs = sectionTexts('value-stream', doc, PROJECTOR);
    expectNothingLeftOut(secs.join(' '));
    const where = doc.steps.map((s) =>
      secs.map((t, k) => (squash(t).includes(squash(s.name)) ? k : -1)).filter((k) => k >= 0),
    );
    for (const w of where) expect(w).toHaveLength(1);
    const order = where.map((w) => w[0]!);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});
