import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CYCLE_STATUSES, emptyCycle, type PdsaDoc } from '../../../shared/boards/pdsa/model';
import { drawBoard } from '../../../shared/boards/pictures';
import { PROJECTOR, checkPicture, describePictureKind, fi, texts } from './helpers';

const arbPdsa: fc.Arbitrary<PdsaDoc> = fc
  .array(fc.record({ title: fc.string({ maxLength: 200 }), prev: fc.option(fc.nat(), { nil: null }), status: fc.constantFrom(...CYCLE_STATUSES), start: fc.boolean() }), { maxLength: 40 })
  .map((cs) => ({
    cycles: cs.map((c, i) => emptyCycle(`c${i}`, c.title, { status: c.status, previousId: c.prev !== null && i > 0 ? `c${c.prev % i}` : null, startDate: c.start ? '2025-10-01' : '', studyDate: c.start ? '2025-10-15' : '' })),
  }));

describePictureKind({
  kind: 'pdsa',
  arb: arbPdsa,
  huge: () => ({ cycles: Array.from({ length: 300 }, (_, i) => emptyCycle(`c${i}`, `Sykli ${i} ${'s'.repeat(190)}`, { previousId: i % 30 === 0 ? null : `c${i - 1}`, status: 'doing', changeIdeaText: 'i'.repeat(2000) })) }),
  withText: (t) => ({ cycles: [emptyCycle('c0', t.slice(0, 200), { changeIdeaText: t })] }),
  maxChars: 100_000,
});

describe('pdsa picture content', () => {
  it('shows each cycle with its status and decision, ramps in order, and flags an overdue evaluation', () => {
    const doc: PdsaDoc = {
      cycles: [
        emptyCycle('a', 'Eka testi', { status: 'done', startDate: '2025-10-01', studyDate: '2025-10-10', act: { decision: 'adapt', next: '' } }),
        emptyCycle('b', 'Toka testi', { status: 'doing', previousId: 'a', startDate: '2025-10-12', studyDate: '2025-10-20' }),
        emptyCycle('c', 'Oma ramppi', { status: 'planned' }),
      ],
    };
    const svg = drawBoard('pdsa', doc, { id: 'x', name: 'PDSA', kind: 'pdsa' }, { ...PROJECTOR, today: '2025-11-01' })!;
    const t = texts(checkPicture(svg, PROJECTOR));
    expect(t).toContain(fi('pdsa.status.done'));
    expect(t).toContain(fi('pdsa.status.doing'));
    expect(t).toContain(fi('pdsa.status.planned'));
    expect(t).toContain(`→ ${fi('pdsa.decision.adapt')}`);
    expect(t.indexOf('Eka testi')).toBeLessThan(t.indexOf('Toka testi'));
    expect(t).toContain(fi('pictures.pdsa.studyLate', { date: '20.10.2025' }));
    expect(t.join(' ')).toContain(fi('pictures.pdsa.overdue', { count: 1 }));
    expect(t.filter((s) => s.startsWith(fi('pdsa.ramp', { n: '' }).trim()))).toHaveLength(2);
    // The same board a week before the study date is not overdue.
    const early = texts(checkPicture(drawBoard('pdsa', doc, { id: 'x', name: 'PDSA', kind: 'pdsa' }, { ...PROJECTOR, today: '2025-10-13' })!, PROJECTOR));
    expect(early.join(' ')).not.toContain(fi('pictures.pdsa.overdue', { count: 1 }));
  });

  it('shows a long ramp\'s latest cycles after +N earlier', () => {
    const doc: PdsaDoc = { cycles: Array.from({ length: 12 }, (_, i) => emptyCycle(`c${i}`, `Testi ${i}`, { previousId: i === 0 ? null : `c${i - 1}` })) };
    const t = texts(checkPicture(drawBoard('pdsa', doc, { id: 'x', name: 'PDSA', kind: 'pdsa' }, PROJECTOR)!, PROJECTOR));
    expect(t).toContain('Testi 11');
    expect(t).not.toContain('Testi 0');
    expect(t.some((s) => s.startsWith('+'))).toBe(true);
  });
});
