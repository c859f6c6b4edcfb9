import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NOTE_COLORS } from '../../../shared/domain/vocab';
import type { IdeasWallDoc } from '../../../shared/boards/ideas-wall/model';
import { drawBoard } from '../../../shared/boards/pictures';
import {
  PROJECTOR,
  THUMBNAIL,
  checkPicture,
  describePictureKind,
  expectNothingLeftOut,
  fi,
  sectionTexts,
  texts,
} from './helpers';

const note = (i: number, text: string, clusterId: string | null, color: (typeof NOTE_COLORS)[number] = 'yellow') => ({
  id: `n${i}`,
  text,
  color,
  authorRole: '' as const,
  clusterId,
  x: (i % 7) * 220,
  y: Math.floor(i / 7) * 15,
});
const cluster = (i: number, name: string) => ({ id: `c${i}`, name, x: (i % 100) * 700, y: 0, width: 600, height: 900 });

const arbWall: fc.Arbitrary<IdeasWallDoc> = fc
  .record({
    clusters: fc.array(fc.string({ maxLength: 80 }), { maxLength: 12 }),
    notes: fc.array(
      fc.record({
        text: fc.string({ maxLength: 300 }),
        group: fc.option(fc.nat(), { nil: null }),
        color: fc.constantFrom(...NOTE_COLORS),
      }),
      { maxLength: 60 },
    ),
  })
  .map(({ clusters, notes }) => ({
    clusters: clusters.map((name, i) => cluster(i, name)),
    notes: notes.map((n, i) =>
      note(i, n.text, n.group !== null && clusters.length > 0 ? `c${n.group % clusters.length}` : null, n.color),
    ),
  }));

describePictureKind({
  kind: 'ideas-wall',
  arb: arbWall,
  huge: () => ({
    clusters: Array.from({ length: 200 }, (_, i) => cluster(i, `Ryhmä ${i} ${'r'.repeat(190)}`.slice(0, 200))),
    notes: Array.from({ length: 5000 }, (_, i) =>
      note(i, `Lappu ${i} ${'x'.repeat(1990)}`.slice(0, 2000), i % 3 === 0 ? null : `c${i % 200}`),
    ),
  }),
  withText: (t) => ({ clusters: [cluster(0, t)], notes: [note(0, t, 'c0'), note(1, t, null)] }),
  maxChars: 150_000,
});

describe('ideas wall picture content', () => {
  it('shows every group and every note whole over its sections, groups in reading order', () => {
    const doc: IdeasWallDoc = {
      clusters: [cluster(0, 'Tiedonkulku'), cluster(1, 'Ajanvaraus')],
      notes: Array.from({ length: 80 }, (_, i) => note(i, `Lappu numero ${i}`, i < 70 ? 'c0' : 'c1')),
    };
    const secs = sectionTexts('ideas-wall', doc, PROJECTOR);
    const all = secs.join(' ');
    expectNothingLeftOut(all);
    expect(all).toContain('Tiedonkulku');
    expect(all).toContain('Ajanvaraus');
    // Each note in exactly one section ("Lappu numero 7" is not a prefix of another: a space or the end follows).
    for (let i = 0; i < 80; i++)
      expect(
        secs.filter((s) => new RegExp(`Lappu numero ${i}( |$)`).test(s)),
        `note ${i}`,
      ).toHaveLength(1);
    expect(secs.findIndex((s) => s.includes('Tiedonkulku'))).toBeLessThanOrEqual(
      secs.findIndex((s) => s.includes('Ajanvaraus')),
    );
  });

  it('says the wall is empty, and shows every one of 20 groups by name', () => {
    const empty = texts(
      checkPicture(
        drawBoard(
          'ideas-wall',
          { notes: [], clusters: [] },
          { id: 'b', name: 'Seinä', kind: 'ideas-wall' },
          THUMBNAIL,
        )!,
        THUMBNAIL,
      ),
    );
    expect(empty).toContain(fi('pictures.empty'));
    const many: IdeasWallDoc = { clusters: Array.from({ length: 20 }, (_, i) => cluster(i, `R${i}`)), notes: [] };
    const all = sectionTexts('ideas-wall', many, PROJECTOR).join(' ');
    expectNothingLeftOut(all);
    for (let i = 0; i < 20; i++) expect(all).toMatch(new RegExp(`R${i}( |$)`));
  });
});
