import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stepHeight } from '../../../../shared/boards/process-map/step-text';
import { NODE_SIZE } from '../../../../shared/boards/process-map/model';
import { processMap } from '../../../../shared/boards/process-map/definition';
import {
  alignColumnCommand,
  alignRowCommand,
  deleteManyCommand,
  distributeCommand,
  moveManyToLaneCommand,
  nudgeManyCommand,
  setKindManyCommand,
} from '../../../../shared/boards/process-map/selection';
import { flowOrder } from '../../../../shared/boards/process-map/flow';
import { patchDoc, runCommand } from '../../../../shared/boards/run';
import type { ProcessMapCommand, ProcessMapDoc } from '../../../../shared/boards/process-map/model';
import { chainMap } from './helpers';

let n = 0;
const newId = () => `g${++n}`;

/** Runs one command, checks that its inverse restores the map exactly (one undo step), returns the result. */
function once(doc: ProcessMapDoc, cmd: ProcessMapCommand | null): ProcessMapDoc {
  expect(cmd).not.toBeNull();
  const out = runCommand(processMap, doc, processMap.commandSchema.parse(cmd));
  expect(patchDoc(out.doc, out.inversePatches)).toEqual(doc);
  return out.doc;
}

describe('process map: acting on a multi-selection, one undo step each', () => {
  const doc = chainMap(5, 2);
  const at = (d: ProcessMapDoc, id: string) => d.nodes.find((x) => x.id === id)!;

  it('deletes several steps of a chain and joins what is left', () => {
    const out = once(doc, deleteManyCommand(doc, ['n1', 'n2'], newId));
    expect(flowOrder(out)).toEqual(['n0', 'n3', 'n4']);
    expect(out.edges.map((e) => `${e.source}>${e.target}`).sort()).toEqual(['n0>n3', 'n3>n4']);
  });

  it('changes the kind of all', () => {
    const out = once(doc, setKindManyCommand(doc, ['n1', 'n2', 'n3'], 'wait'));
    expect(['n1', 'n2', 'n3'].map((id) => at(out, id).kind)).toEqual(['wait', 'wait', 'wait']);
  });

  it('moves all one lane down; a step already in the last lane stays', () => {
    const out = once(doc, moveManyToLaneCommand(doc, ['n0', 'n1'], 1));
    expect(at(out, 'n0').laneId).toBe('L1');
    expect(at(out, 'n1').laneId).toBe('L1');
  });

  it('nudges, aligns on a row and in a column, and distributes', () => {
    expect(at(once(doc, nudgeManyCommand(doc, ['n1', 'n2'], 30)), 'n2').x).toBe(at(doc, 'n2').x + 30);
    const moved = { ...doc, nodes: doc.nodes.map((x, i) => ({ ...x, y: 30 + i * 10 })) };
    const row = once(moved, alignRowCommand(moved, ['n1', 'n2', 'n3'], 'n1'));
    expect(new Set(['n1', 'n2', 'n3'].map((id) => at(row, id).y))).toEqual(new Set([at(moved, 'n1').y]));
    const col = once(doc, alignColumnCommand(doc, ['n1', 'n2'], 'n1'));
    expect(at(col, 'n2').x).toBe(at(doc, 'n1').x);
    const squeezed = { ...doc, nodes: doc.nodes.map((x, i) => ({ ...x, x: [0, 20, 700, 710, 2000][i]! })) };
    const spread = once(squeezed, distributeCommand(squeezed, ['n0', 'n1', 'n2', 'n3', 'n4']));
    const xs = ['n0', 'n1', 'n2', 'n3', 'n4'].map((id) => at(spread, id).x);
    expect(xs).toEqual([0, 500, 1000, 1500, 2000]);
  });
});

/** Pairs of steps of one lane whose boxes (as tall as their text) overlap, at least one of them in `moved`. */
function overlapping(d: ProcessMapDoc, moved: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const a of d.nodes)
    for (const b of d.nodes) {
      if (a.id >= b.id || a.laneId !== b.laneId || (!moved.has(a.id) && !moved.has(b.id))) continue;
      if (Math.abs(a.x - b.x) < NODE_SIZE.width && a.y < b.y + stepHeight(b) && b.y < a.y + stepHeight(a))
        out.push(`${a.id}/${b.id}`);
    }
  return out;
}

describe('process map: aligning and distributing tall steps', () => {
  const WORDS = ['Päihdepoliklinikan', 'sairaanhoitaja', 'tekee', 'alkuarvion', 'puhelimitse', 'ja', 'kirjaa'];
  /** A 6-step chain in 2 lanes, steps spread apart (no overlaps to begin with) with texts of 1–40 words. */
  const arbTall = fc
    .tuple(
      fc.array(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 40 }), { minLength: 6, maxLength: 6 }),
      fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 6, maxLength: 6 }),
      fc.subarray(['n0', 'n1', 'n2', 'n3', 'n4', 'n5'], { minLength: 3 }),
      fc.nat(),
    )
    .map(([texts, ys, ids, anchor]) => {
      const base = chainMap(6, 2);
      const doc: ProcessMapDoc = {
        ...base,
        nodes: base.nodes.map((x, i) => ({ ...x, text: texts[i]!.join(' '), y: ys[i]! * 10, x: i * 270 })),
      };
      return { doc, ids, anchor: ids[anchor % ids.length]! };
    });

  it('never leaves two steps of one lane overlapping; one undo step restores the map (property)', () => {
    fc.assert(
      fc.property(arbTall, ({ doc, ids, anchor }) => {
        const moved = new Set(ids);
        for (const cmd of [
          alignRowCommand(doc, ids, anchor),
          alignColumnCommand(doc, ids, anchor),
          distributeCommand(doc, ids),
        ]) {
          const after = once(doc, cmd);
          expect(overlapping(after, moved)).toEqual([]);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('stacks tall steps aligned in one column below each other, as far as each one reaches', () => {
    const base = chainMap(3, 1);
    const long = Array.from({ length: 30 }, () => 'sairaanhoitaja').join(' ');
    const doc = { ...base, nodes: base.nodes.map((x, i) => ({ ...x, text: long, y: 30 + i * 20 })) };
    const col = once(doc, alignColumnCommand(doc, ['n0', 'n1', 'n2'], 'n0'));
    const ys = ['n0', 'n1', 'n2'].map((id) => col.nodes.find((x) => x.id === id)!.y);
    expect(stepHeight(doc.nodes[0]!)).toBeGreaterThan(NODE_SIZE.height * 2);
    expect(ys[1]! - ys[0]!).toBeGreaterThanOrEqual(stepHeight(doc.nodes[0]!));
    expect(ys[2]! - ys[1]!).toBeGreaterThanOrEqual(stepHeight(doc.nodes[1]!));
  });
});
