import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  AIM_ID,
  DEFAULT_LAYOUT,
  layoutDiagram,
  wrapLines,
  type LaidBox,
} from '../../../../shared/boards/driver-diagram/layout';
import { newNode, type DriverDiagramDoc, type DriverNode } from '../../../../shared/boards/driver-diagram/model';
import { driverDiagram } from '../../../../shared/boards/driver-diagram/definition';

function overlap(a: LaidBox, b: LaidBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** A random tree: each node picks a parent among earlier nodes one level up (or the aim). */
const arbDoc = fc
  .array(
    fc.record({
      level: fc.constantFrom('primary' as const, 'secondary' as const, 'idea' as const),
      pick: fc.nat(),
      text: fc.string({ maxLength: 160 }),
      adopted: fc.boolean(),
    }),
    { maxLength: 60 },
  )
  .map((specs): DriverDiagramDoc => {
    const nodes: DriverNode[] = [];
    specs.forEach((s, i) => {
      const up = s.level === 'secondary' ? 'primary' : s.level === 'idea' ? 'secondary' : null;
      const parents = up ? nodes.filter((n) => n.level === up) : [];
      if (up && parents.length === 0) return;
      const parentId = up ? parents[s.pick % parents.length]!.id : null;
      nodes.push({
        ...newNode(`n${i}`, s.level, parentId, s.text),
        ...(s.adopted && s.level === 'idea'
          ? { source: { boardId: 'b', itemId: 'x', kind: 'dot-vote' }, sourceBoardName: 'B' }
          : {}),
      });
    });
    return { aim: { ...driverDiagram.createEmpty().aim, statement: 'Tavoite' }, nodes };
  });

describe('driver diagram layout', () => {
  it('wraps words into lines (hand-worked)', () => {
    // 100 px at 10 px × 0.5 per char = 20 chars a line.
    expect(wrapLines('', 100, 10, 0.5)).toBe(1);
    expect(wrapLines('a'.repeat(20), 100, 10, 0.5)).toBe(1);
    expect(wrapLines('aaaaaaaaaa bbbbbbbbb', 100, 10, 0.5)).toBe(1);
    expect(wrapLines('aaaaaaaaaa bbbbbbbbbb', 100, 10, 0.5)).toBe(2);
    expect(wrapLines('a'.repeat(45), 100, 10, 0.5)).toBe(3);
    expect(wrapLines('eka\ntoka', 100, 10, 0.5)).toBe(2);
  });

  it('places a small tree: aim left, parents centred on their children (hand-worked)', () => {
    const doc: DriverDiagramDoc = {
      aim: driverDiagram.createEmpty().aim,
      nodes: [
        newNode('p', 'primary', null, 'P'),
        newNode('s1', 'secondary', 'p', 'S1'),
        newNode('s2', 'secondary', 'p', 'S2'),
      ],
    };
    const l = layoutDiagram(doc);
    const b = new Map(l.boxes.map((x) => [x.id, x]));
    const h = DEFAULT_LAYOUT.minHeight;
    expect(b.get('s1')!.y).toBe(0);
    expect(b.get('s2')!.y).toBe(h + DEFAULT_LAYOUT.rowGaps[2]!);
    const mid = (x: LaidBox) => x.y + x.height / 2;
    expect(mid(b.get('p')!)).toBeCloseTo((mid(b.get('s1')!) + mid(b.get('s2')!)) / 2);
    expect(mid(b.get(AIM_ID)!)).toBeCloseTo(mid(b.get('p')!));
    expect(b.get('s1')!.x).toBe(
      DEFAULT_LAYOUT.columnWidths[0]! +
        DEFAULT_LAYOUT.columnGap +
        DEFAULT_LAYOUT.columnWidths[1]! +
        DEFAULT_LAYOUT.columnGap,
    );
    expect(l.connectors).toHaveLength(3);
    expect(l.columns).toHaveLength(4);
  });

  it('property: no two boxes overlap, every child is right of its parent, connectors join them, all inside the canvas', () => {
    fc.assert(
      fc.property(arbDoc, (doc) => {
        const l = layoutDiagram(doc);
        expect(l.boxes).toHaveLength(doc.nodes.length + 1);
        const byId = new Map(l.boxes.map((b) => [b.id, b]));
        for (let i = 0; i < l.boxes.length; i++)
          for (let j = i + 1; j < l.boxes.length; j++) expect(overlap(l.boxes[i]!, l.boxes[j]!)).toBe(false);
        for (const b of l.boxes) {
          expect(b.x).toBeGreaterThanOrEqual(0);
          expect(b.y).toBeGreaterThanOrEqual(0);
          expect(b.x + b.width).toBeLessThanOrEqual(l.width + 1e-6);
          expect(b.y + b.height).toBeLessThanOrEqual(l.height + 1e-6);
          if (b.parentId === null) continue;
          const p = byId.get(b.parentId)!;
          expect(b.x).toBeGreaterThanOrEqual(p.x + p.width);
          const c = l.connectors.find((k) => k.to === b.id)!;
          expect(c.x1).toBe(p.x + p.width);
          expect(c.x2).toBe(b.x);
        }
        const node = new Map(doc.nodes.map((n) => [n.id, n]));
        for (const b of l.boxes) if (b.id !== AIM_ID) expect(b.parentId).toBe(node.get(b.id)!.parentId ?? AIM_ID);
      }),
      { numRuns: 200 },
    );
  });
});
