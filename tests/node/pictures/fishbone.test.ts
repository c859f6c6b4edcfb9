import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BONE_PRESET_KEYS, EVIDENCE, type Cause, type FishboneDoc } from '../../../shared/boards/fishbone/model';
import { drawBoard, drawBoardSections } from '../../../shared/boards/pictures';
import { fishbone } from '../../helpers/picture-boards';
import { PROJECTOR, THUMBNAIL, checkPicture, describePictureKind, fi, parseSvg, texts } from './helpers';

function cause(i: number, boneId: string, parentId: string | null, text: string, rootCause = false): Cause {
  return {
    id: `c${i}`,
    boneId,
    parentId,
    text,
    rootCause,
    evidence: rootCause ? 'observed' : null,
    evidenceNote: '',
    whys: null,
  };
}

/** Bones with presets or names; causes as a forest on them (a sub-cause's parent is an earlier cause on the same bone). */
const arbFishbone: fc.Arbitrary<FishboneDoc> = fc
  .record({
    effect: fc.string({ maxLength: 300 }),
    bones: fc.array(
      fc.record({
        name: fc.string({ maxLength: 40 }),
        preset: fc.option(fc.constantFrom(...BONE_PRESET_KEYS), { nil: null }),
      }),
      { minLength: 0, maxLength: 8 },
    ),
    causes: fc.array(
      fc.record({
        bone: fc.nat(),
        parent: fc.option(fc.nat(), { nil: null }),
        text: fc.string({ maxLength: 200 }),
        root: fc.boolean(),
        evidence: fc.option(fc.constantFrom(...EVIDENCE), { nil: null }),
      }),
      { maxLength: 30 },
    ),
  })
  .map(({ effect, bones, causes }) => {
    const bs = bones.map((b, i) => ({ id: `b${i}`, ...b }));
    const cs: Cause[] = [];
    const depth = new Map<string, number>();
    if (bs.length > 0) {
      causes.forEach((c, i) => {
        const boneId = bs[c.bone % bs.length]!.id;
        const candidates = cs.filter((x) => x.boneId === boneId && (depth.get(x.id) ?? 1) < 5);
        const parent = c.parent !== null && candidates.length > 0 ? candidates[c.parent % candidates.length]! : null;
        cs.push({ ...cause(i, boneId, parent?.id ?? null, c.text, c.root), evidence: c.evidence });
        depth.set(`c${i}`, parent ? (depth.get(parent.id) ?? 1) + 1 : 1);
      });
    }
    return { effect: { text: effect, source: null }, bones: bs, causes: cs, parked: [] };
  });

/** `n` categories (12 is the limit) and 5,000 causes, a third of them sub-causes, with the longest allowed texts. */
function hugeFishbone(n = 12): FishboneDoc {
  const bones = Array.from({ length: n }, (_, i) => ({ id: `b${i}`, name: `Luokka ${i}`, preset: null }));
  const causes = Array.from({ length: 5000 }, (_, i) =>
    cause(
      i,
      `b${i % n}`,
      i >= n && i % 3 === 0 ? `c${i % n}` : null,
      `Syy ${i} ${'sana '.repeat(400)}`.slice(0, 2000),
      i % 7 === 0,
    ),
  );
  return { effect: { text: 'Ongelma '.repeat(250).slice(0, 2000), source: null }, bones, causes, parked: [] };
}

describePictureKind({
  kind: 'fishbone',
  arb: arbFishbone,
  huge: () => hugeFishbone(),
  withText: (t) => ({
    effect: { text: t, source: null },
    bones: [{ id: 'b0', name: t, preset: null }],
    causes: [cause(0, 'b0', null, t, true)],
    parked: [],
  }),
  maxChars: 300_000,
});

describe('fishbone picture specifics', () => {
  it('draws the demo diagram with its effect, categories and root-cause badges', () => {
    const doc: FishboneDoc = {
      effect: { text: 'Nuori odottaa', source: null },
      bones: [{ id: 'b0', name: '', preset: 'people' }],
      causes: [cause(0, 'b0', null, 'Ei aikaa', true)],
      parked: [],
    };
    const all = texts(
      checkPicture(drawBoard('fishbone', doc, { id: 'b', name: 'Kala', kind: 'fishbone' }, PROJECTOR)!, PROJECTOR),
    ).join(' ');
    expect(all).toContain('Nuori odottaa');
    expect(all).toContain(fi('fishbone.preset.people'));
    expect(all).toContain(fi('fishbone.badgeRoot', { evidence: fi('fishbone.evidenceKind.observed') }).split(' ')[0]!);
  });

  it('shows all 200 causes whole over sections by groups of categories, categories in order, none in two sections', () => {
    const doc = fishbone(6, 20);
    const secs = drawBoardSections('fishbone', doc, { id: 'b', name: 'Kala', kind: 'fishbone' }, PROJECTOR)!;
    expect(secs.length).toBeGreaterThan(1);
    const perSection = secs.map((svg) => texts(checkPicture(svg, PROJECTOR)).join(' '));
    const all = perSection.join(' ');
    expect(all).not.toMatch(/\+\d+ lisää/);
    expect(all).not.toContain('…');
    // Each sub-cause text is unique ("… (k)"): it appears in exactly one section.
    for (const c of doc.causes.filter((x) => x.parentId !== null))
      expect(perSection.filter((s) => s.includes(c.text)).length, c.text).toBe(1);
    // Categories come in the board's order.
    const firstSection = (name: string) => perSection.findIndex((s) => s.includes(name));
    const order = doc.bones.map((b) => firstSection(b.name));
    expect([...order].sort((x, y) => x - y)).toEqual(order);
  });

  it('writes a 2,000-character effect whole in a section of its own on a thumbnail, every text still legible', () => {
    const doc = { ...fishbone(2, 2), effect: { text: 'Ongelma '.repeat(250).slice(0, 2000), source: null } };
    const secs = drawBoardSections('fishbone', doc, { id: 'b', name: 'Kala', kind: 'fishbone' }, THUMBNAIL)!;
    for (const svg of secs) checkPicture(svg, THUMBNAIL);
    expect(texts(parseSvg(secs[0]!)).join(' ')).toContain('Ongelma Ongelma');
  });
});
