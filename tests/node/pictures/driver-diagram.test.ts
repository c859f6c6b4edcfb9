import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emptyAim, newNode, type DriverDiagramDoc, type DriverNode } from '../../../shared/boards/driver-diagram/model';
import { drawBoard } from '../../../shared/boards/pictures';
import {
  PROJECTOR,
  SMALL_PROJECTOR,
  checkPicture,
  describePictureKind,
  expectNothingLeftOut,
  fi,
  sectionTexts,
  squash,
  texts,
} from './helpers';

/** primaries × secondaries × ideas nodes, texts from `text`. */
function tree(p: number, s: number, i: number, text = (id: string) => `Kohta ${id}`): DriverNode[] {
  const nodes: DriverNode[] = [];
  for (let a = 0; a < p; a++) {
    nodes.push(newNode(`p${a}`, 'primary', null, text(`p${a}`)));
    for (let b = 0; b < s; b++) {
      nodes.push(newNode(`p${a}s${b}`, 'secondary', `p${a}`, text(`p${a}s${b}`)));
      for (let c = 0; c < i; c++) nodes.push(newNode(`p${a}s${b}i${c}`, 'idea', `p${a}s${b}`, text(`p${a}s${b}i${c}`)));
    }
  }
  return nodes;
}

const doc = (nodes: DriverNode[], statement = 'Tavoite: 80 % pääsee hoitoon 14 vrk:ssa.'): DriverDiagramDoc => ({
  aim: { ...emptyAim(), statement },
  nodes,
});

const arbDiagram = fc
  .record({
    p: fc.nat({ max: 6 }),
    s: fc.nat({ max: 4 }),
    i: fc.nat({ max: 4 }),
    text: fc.string({ maxLength: 150 }),
    aim: fc.string({ maxLength: 400 }),
  })
  .map(({ p, s, i, text, aim }) =>
    doc(
      tree(p, s, i, (id) => `${text}${id}`),
      aim,
    ),
  );

describePictureKind({
  kind: 'driver-diagram',
  arb: arbDiagram,
  huge: () => doc(tree(10, 6, 5, (id) => `${id} ${'d'.repeat(1990)}`).slice(0, 400), 'A'.repeat(5000)),
  withText: (t) =>
    doc([newNode('p', 'primary', null, t), newNode('s', 'secondary', 'p', t), newNode('i', 'idea', 's', t)], t),
  maxChars: 100_000,
});

describe('driver diagram picture content', () => {
  it('shows the aim, the column headings and every node of a small diagram', () => {
    const d = doc(tree(2, 2, 1));
    const t = texts(
      checkPicture(
        drawBoard('driver-diagram', d, { id: 'b', name: 'Ajurit', kind: 'driver-diagram' }, PROJECTOR)!,
        PROJECTOR,
      ),
    );
    for (const k of ['drivers.col.aim', 'drivers.col.primary', 'drivers.col.secondary', 'drivers.col.idea'])
      expect(t).toContain(fi(k));
    for (const n of d.nodes) expect(t).toContain(n.text);
    expect(t.join(' ')).toContain('Tavoite: 80 %');
  });

  it('shows every driver and change idea whole over its sections, in reading order, none in two sections', () => {
    const d = doc(tree(4, 3, 6));
    const secs = sectionTexts('driver-diagram', d, SMALL_PROJECTOR);
    expect(secs.length).toBeGreaterThan(1);
    expectNothingLeftOut(secs.join(' '));
    const at = (text: string) => secs.findIndex((s) => squash(s).includes(squash(text)));
    for (const n of d.nodes) expect(at(n.text), n.text).toBeGreaterThanOrEqual(0);
    // Primary drivers come in the board's order over the sections.
    const order = d.nodes.filter((n) => n.level === 'primary').map((n) => at(n.text));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});
