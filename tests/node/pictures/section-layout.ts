import { expect } from 'vitest';
import type { PictureOptions } from '../../../shared/boards/picture';
import { measureText } from '../../../shared/picture/svg';
import { checkPicture } from './helpers';

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

const rectOf = (el: Element): Rect => ({
  x: Number(el.getAttribute('x')),
  y: Number(el.getAttribute('y')),
  w: Number(el.getAttribute('width')),
  h: Number(el.getAttribute('height')),
});

const overlap = (a: Rect, b: Rect) =>
  a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;

/**
 * The invariants of a picture drawn from text boxes (`shared/picture/blocks.ts`), over all its sections: every
 * section legible and well-formed, no two boxes of a section overlap, every box inside the picture, every line of
 * text inside its box; returns each item's section (its first part), in order of appearance.
 */
export function checkBoxSections(svgs: readonly string[], o: PictureOptions): { id: string; section: number }[] {
  const seen: { id: string; section: number }[] = [];
  svgs.forEach((svg, section) => {
    const doc = checkPicture(svg, o);
    expect(svg).not.toContain('…');
    const groups = Array.from(doc.getElementsByTagName('g')).filter(
      (g) => g.hasAttribute('data-item') || g.hasAttribute('data-context'),
    );
    const rects: Rect[] = [];
    for (const g of groups) {
      const rect = g.getElementsByTagName('rect')[0]!;
      const r = rectOf(rect);
      expect(r.x).toBeGreaterThanOrEqual(-0.01);
      expect(r.y).toBeGreaterThanOrEqual(-0.01);
      expect(r.x + r.w).toBeLessThanOrEqual(o.width + 0.01);
      expect(r.y + r.h).toBeLessThanOrEqual(o.height + 0.01);
      for (const t of Array.from(g.getElementsByTagName('text'))) {
        const size = Number(t.getAttribute('font-size'));
        const bold = t.getAttribute('font-weight') === '700';
        const x = Number(t.getAttribute('x'));
        const y = Number(t.getAttribute('y'));
        const w = measureText(t.textContent ?? '', { size, bold });
        expect(x).toBeGreaterThanOrEqual(r.x);
        expect(x + w, t.textContent ?? '').toBeLessThanOrEqual(r.x + r.w + 0.5);
        expect(y - size * 0.92).toBeGreaterThanOrEqual(r.y - 0.5);
        expect(y).toBeLessThanOrEqual(r.y + r.h + 0.5);
      }
      for (const other of rects) expect(overlap(r, other), `${g.getAttribute('data-item')} overlaps`).toBe(false);
      rects.push(r);
      const id = g.getAttribute('data-item');
      if (id !== null && !g.hasAttribute('data-continued')) seen.push({ id, section });
    }
  });
  return seen;
}

/** Asserts each of `ids` is in exactly one section and the sections follow their order. */
export function expectEachOnceInOrder(seen: readonly { id: string; section: number }[], ids: readonly string[]): void {
  const wanted = new Set(ids);
  const got = seen.filter((s) => wanted.has(s.id));
  expect(got.map((s) => s.id)).toEqual([...ids]);
  const sections = got.map((s) => s.section);
  expect([...sections].sort((a, b) => a - b)).toEqual(sections);
}
