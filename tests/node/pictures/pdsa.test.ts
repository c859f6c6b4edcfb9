import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CYCLE_STATUSES, emptyCycle, type PdsaDoc } from '../../../shared/boards/pdsa/model';
import { drawBoardSections } from '../../../shared/boards/pictures';
import { longText, pdsaTexts, pdsaWithEveryField } from '../../helpers/picture-boards';
import { PROJECTOR, checkPicture, describePictureKind, fi, texts } from './helpers';

const arbPdsa: fc.Arbitrary<PdsaDoc> = fc
  .array(
    fc.record({
      title: fc.string({ maxLength: 200 }),
      prev: fc.option(fc.nat(), { nil: null }),
      status: fc.constantFrom(...CYCLE_STATUSES),
      start: fc.boolean(),
    }),
    { maxLength: 40 },
  )
  .map((cs) => ({
    cycles: cs.map((c, i) =>
      emptyCycle(`c${i}`, c.title, {
        status: c.status,
        previousId: c.prev !== null && i > 0 ? `c${c.prev % i}` : null,
        startDate: c.start ? '2025-10-01' : '',
        studyDate: c.start ? '2025-10-15' : '',
      }),
    ),
  }));

describePictureKind({
  kind: 'pdsa',
  arb: arbPdsa,
  huge: () => ({
    cycles: Array.from({ length: 300 }, (_, i) =>
      emptyCycle(`c${i}`, `Sykli ${i} ${'s'.repeat(190)}`, {
        previousId: i % 30 === 0 ? null : `c${i - 1}`,
        status: 'doing',
        changeIdeaText: 'i'.repeat(2000),
      }),
    ),
  }),
  withText: (t) => ({ cycles: [emptyCycle('c0', t.slice(0, 200), { changeIdeaText: t })] }),
  maxChars: 100_000,
});

describe('pdsa picture content', () => {
  const board = { id: 'x', name: 'PDSA', kind: 'pdsa' };
  const sectionTexts = (doc: PdsaDoc, o = PROJECTOR) =>
    drawBoardSections('pdsa', doc, board, o)!.map((svg) => texts(checkPicture(svg, o)).join(' '));

  it('shows the current cycle first as a worksheet, then the other cycles, then the ramps, and flags an overdue evaluation', () => {
    const doc: PdsaDoc = {
      cycles: [
        emptyCycle('a', 'Eka testi', {
          status: 'done',
          startDate: '2025-10-01',
          studyDate: '2025-10-10',
          act: { decision: 'adapt', next: '' },
        }),
        emptyCycle('b', 'Toka testi', {
          status: 'doing',
          previousId: 'a',
          startDate: '2025-10-12',
          studyDate: '2025-10-20',
        }),
        emptyCycle('c', 'Oma ramppi', { status: 'planned' }),
      ],
    };
    const secs = sectionTexts(doc, { ...PROJECTOR, today: '2025-11-01' });
    expect(secs).toHaveLength(4);
    // The cycle being done comes first, with its plan fields (empty ones say so) and the late evaluation.
    expect(secs[0]).toContain('Toka testi');
    expect(secs[0]).toContain(fi('pdsa.status.doing'));
    expect(secs[0]).toContain(fi('pdsa.field.objective'));
    expect(secs[0]).toContain(fi('pictures.pdsa.notWritten'));
    expect(secs[0]).toContain(fi('pictures.pdsa.studyLate', { date: '20.10.2025' }));
    expect(secs[1]).toContain('Eka testi');
    expect(secs[1]).toContain(fi('pdsa.decision.adapt'));
    expect(secs[2]).toContain('Oma ramppi');
    // The ramps: both, cycles in order.
    const ramps = secs[3]!;
    expect(ramps).toContain(fi('pdsa.ramp', { n: 1 }));
    expect(ramps).toContain(fi('pdsa.ramp', { n: 2 }));
    expect(ramps.indexOf('Eka testi')).toBeLessThan(ramps.indexOf('Toka testi'));
    expect(ramps).toContain(`→ ${fi('pdsa.decision.adapt')}`);
    expect(secs.join(' ')).toContain(fi('pictures.pdsa.overdue', { count: 1 }));
    const early = sectionTexts(doc, { ...PROJECTOR, today: '2025-10-13' });
    expect(early.join(' ')).not.toContain(fi('pictures.pdsa.overdue', { count: 1 }));
  });

  it('shows every cycle of a long ramp, nothing left out', () => {
    const doc: PdsaDoc = {
      cycles: Array.from({ length: 12 }, (_, i) =>
        emptyCycle(`c${i}`, `Testi ${i}`, { previousId: i === 0 ? null : `c${i - 1}` }),
      ),
    };
    const all = sectionTexts(doc).join(' ');
    for (let i = 0; i < 12; i++) expect(all).toContain(`Testi ${i}`);
    expect(all).not.toMatch(/\+\d/);
    expect(all).not.toContain('…');
  });

  it('writes every field of a cycle whole, over as many sections as a 5,000-character field needs', () => {
    const doc = pdsaWithEveryField();
    const all = sectionTexts(doc).join(' ');
    for (const text of pdsaTexts(doc))
      for (const word of text.split(' ')) expect(all).toContain(word.replace(/-$/, ''));
    const huge = {
      cycles: [emptyCycle('h', 'Iso', { plan: { ...emptyCycle('x', '').plan, objective: longText(5000) } })],
    };
    const secs = sectionTexts(huge);
    expect(secs.length).toBeGreaterThan(1);
    expect(secs.join(' ')).toContain(fi('pictures.continued'));
  });
});
