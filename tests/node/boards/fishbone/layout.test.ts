import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  layoutFishbone,
  overlaps,
  wrapText,
  estimateWidth,
  noteAt,
  boneAt,
  FISHBONE_GEOMETRY as G,
  type FishboneLayout,
} from '../../../../shared/boards/fishbone/layout';
import { fishboneSvg } from '../../../../shared/boards/fishbone/svg';
import { FISHBONE_LIMITS, type Cause, type FishboneDoc } from '../../../../shared/boards/fishbone/model';
import { emptyFishbone } from '../../../../shared/boards/fishbone/definition';
import { add, bigFishbone, fresh, run } from './helpers';

/** Checks the layout's promises: notes never overlap each other, the head or a label; each note lies in its bone's column on its side of the spine and right of its bone line. */
function checkLayout(doc: FishboneDoc, l: FishboneLayout): void {
  expect(l.notes).toHaveLength(doc.causes.length);
  const boxes = [...l.notes].sort((a, b) => a.x - b.x);
  // Sweep by x so 2,000 notes stay fast.
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i]!;
    for (let j = i + 1; j < boxes.length && boxes[j]!.x < a.x + a.w; j++) {
      if (overlaps(a, boxes[j]!)) throw new Error(`${a.id} overlaps ${boxes[j]!.id}`);
    }
    if (overlaps(a, l.head)) throw new Error(`${a.id} overlaps the head`);
  }
  const bone = new Map(l.bones.map((b) => [b.id, b]));
  const byId = new Map(doc.causes.map((c) => [c.id, c]));
  for (const n of l.notes) {
    const b = bone.get(n.boneId)!;
    expect(n.boneId).toBe(byId.get(n.id)!.boneId);
    for (const lb of l.bones) expect(overlaps(n, lb.label), `${n.id} on label ${lb.id}`).toBe(false);
    expect(n.x).toBeGreaterThanOrEqual(b.column.x);
    expect(n.x + n.w).toBeLessThanOrEqual(b.column.x + b.column.w + 0.5);
    if (b.side === 'top') expect(n.y + n.h).toBeLessThan(l.spine.y);
    else expect(n.y).toBeGreaterThan(l.spine.y);
    // Right of the bone line along the note's whole height.
    const lineX = (y: number) => b.from.x + ((b.to.x - b.from.x) * (y - b.from.y)) / (b.to.y - b.from.y);
    expect(n.x).toBeGreaterThan(Math.max(lineX(n.y), lineX(n.y + n.h)));
  }
  // Everything drawn lies inside the bounds (what PNG/SVG export and fit-to-screen use).
  const inside = (x: number, y: number) =>
    x >= l.bounds.x - 0.5 &&
    x <= l.bounds.x + l.bounds.w + 0.5 &&
    y >= l.bounds.y - 0.5 &&
    y <= l.bounds.y + l.bounds.h + 0.5;
  for (const n of l.notes) expect(inside(n.x, n.y) && inside(n.x + n.w, n.y + n.h)).toBe(true);
}

const arbCauseText = fc.oneof(
  fc.constant(''),
  fc.lorem({ maxCount: 30 }),
  fc.string({ maxLength: 300 }),
  fc.constant('Pitkäsanaisuusongelmallisuudellisuudestaan'.repeat(4)),
);

/** Random forests on random bones: sub-causes point at earlier causes on the same bone. */
const arbDoc = fc
  .record({
    bones: fc.integer({ min: 1, max: FISHBONE_LIMITS.bones }),
    causes: fc.array(
      fc.record({ bone: fc.nat(), parent: fc.option(fc.nat(), { nil: null }), text: arbCauseText, root: fc.boolean() }),
      { maxLength: 60 },
    ),
  })
  .map(({ bones, causes }) => {
    const doc = emptyFishbone();
    doc.bones = Array.from({ length: bones }, (_, i) => ({ id: `b${i}`, name: `Luokka ${i}`, preset: null }));
    const out: Cause[] = [];
    causes.forEach((c, i) => {
      const boneId = `b${c.bone % bones}`;
      const candidates = out.filter((o) => o.boneId === boneId);
      const parent = c.parent !== null && candidates.length > 0 ? candidates[c.parent % candidates.length]! : null;
      out.push({
        id: `c${i}`,
        boneId,
        parentId: parent?.id ?? null,
        text: c.text,
        rootCause: c.root,
        evidence: null,
        evidenceNote: '',
        whys: null,
      });
    });
    // Keep nesting within the limit, as the schema does.
    const depth = (c: Cause): number => (c.parentId ? 1 + depth(out.find((o) => o.id === c.parentId)!) : 1);
    doc.causes = out.filter((c) => depth(c) <= FISHBONE_LIMITS.depth);
    const kept = new Set(doc.causes.map((c) => c.id));
    doc.causes = doc.causes.filter((c) => c.parentId === null || kept.has(c.parentId));
    return doc;
  });

describe('fishbone layout', () => {
  it('never overlaps notes and keeps every cause on its bone (property)', () => {
    fc.assert(
      fc.property(arbDoc, fc.lorem({ maxCount: 40 }), (doc, effect) => {
        doc.effect.text = effect;
        checkLayout(doc, layoutFishbone(doc));
      }),
      { numRuns: 200 },
    );
  });

  it('grows the bones on one side together to fit the tallest stack', () => {
    const small = layoutFishbone(run(fresh(), add('a', 'bone-1')));
    let doc = fresh();
    for (let i = 0; i < 12; i++) doc = run(doc, add(`c${i}`, 'bone-3', null, `Syy numero ${i} joka on vähän pidempi`));
    const big = layoutFishbone(doc);
    expect(big.spine.y).toBeGreaterThan(small.spine.y + 500);
    const tops = big.bones.filter((b) => b.side === 'top');
    expect(new Set(tops.map((b) => b.from.y)).size).toBe(1);
    checkLayout(doc, big);
  });

  it('indents sub-causes under their parent and connects them to it', () => {
    const doc = run(fresh(), add('a', 'bone-1'), add('a1', 'bone-1', 'a'), add('a11', 'bone-1', 'a1'));
    const l = layoutFishbone(doc);
    const [a, a1, a11] = ['a', 'a1', 'a11'].map((id) => l.notes.find((n) => n.id === id)!);
    expect(a1!.x - a!.x).toBe(G.indent);
    expect(a11!.x - a1!.x).toBe(G.indent);
    expect(a1!.y).toBeGreaterThan(a!.y + a!.h);
    const conn = l.connectors.find((c) => c.id === 'a1')!.points;
    expect(conn[0]).toBe(a!.x + G.indent / 2);
    expect(conn[1]).toBe(a!.y + a!.h);
    expect(conn[4]).toBe(a1!.x);
  });

  it('finds the note and the bone under a point (drag and drop)', () => {
    const doc = run(fresh(), add('a', 'bone-1'), add('b', 'bone-2'));
    const l = layoutFishbone(doc);
    const a = l.notes.find((n) => n.id === 'a')!;
    expect(noteAt(l, a.x + 5, a.y + 5)?.id).toBe('a');
    expect(noteAt(l, a.x + 5, a.y + 5, new Set(['a']))).toBeUndefined();
    const b2 = l.bones.find((b) => b.id === 'bone-2')!;
    expect(boneAt(l, b2.column.x + 10, l.spine.y + 50)?.id).toBe('bone-2');
    expect(boneAt(l, a.x, l.spine.y - 50)?.id).toBe('bone-1');
  });

  it('lays out 2,000 causes without overlaps in well under a second', () => {
    const doc = bigFishbone(2000);
    const t0 = performance.now();
    const l = layoutFishbone(doc);
    expect(performance.now() - t0).toBeLessThan(1000);
    checkLayout(doc, l);
  });

  it('draws the same layout as SVG with escaped text', () => {
    const doc = run(fresh(), { type: 'setEffect', text: 'A < B & "C"' }, add('a', 'bone-1', null, '<script>'), {
      type: 'setRootCause',
      id: 'a',
      rootCause: true,
    });
    const svg = fishboneSvg(layoutFishbone(doc), { rootIds: new Set(['a']), badge: () => 'Juurisyy', title: 'Testi' });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('A &lt; B &amp; &quot;C&quot;');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('Juurisyy');
  });
});

describe('wrapText', () => {
  const m = (s: string) => s.length * 10;
  it('wraps at words, splits over-long words and ends truncated text with an ellipsis', () => {
    expect(wrapText('aa bb cc', 50, 20, 6, m).lines).toEqual(['aa bb', 'cc']);
    expect(wrapText('abcdefghijkl', 50, 20, 6, m).lines).toEqual(['abcde', 'fghij', 'kl']);
    const long = wrapText('yksi kaksi kolme neljä viisi kuusi seitsemän', 60, 20, 2, m);
    expect(long.truncated).toBe(true);
    expect(long.lines).toHaveLength(2);
    expect(long.lines[1]!.endsWith('…')).toBe(true);
    expect(wrapText('', 50, 20, 6, m).lines).toEqual(['']);
    expect(wrapText('rivi\ntoinen', 100, 20, 6, m).lines).toEqual(['rivi', 'toinen']);
  });

  it('every line fits its width (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.integer({ min: 20, max: 400 }), (text, width) => {
        const { lines } = wrapText(text, width, 20, 8, estimateWidth);
        expect(lines.length).toBeLessThanOrEqual(8);
        for (const line of lines)
          if (line.length > 1) expect(estimateWidth(line, 20, false)).toBeLessThanOrEqual(width);
      }),
    );
  });
});
