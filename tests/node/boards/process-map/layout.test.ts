import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { autoLayout } from '../../../../shared/boards/process-map/layout';
import { absolutePosition, dropTarget, laneBands, LANE } from '../../../../shared/boards/process-map/geometry';
import { NODE_SIZE, ProcessMapDoc, type ProcessMapCommand } from '../../../../shared/boards/process-map/model';
import {
  spotAfter,
  moveToAdjacentLane,
  nearestInAdjacentLane,
  neighbourInLane,
} from '../../../../shared/boards/process-map/nav';
import { apply, arbMap, chainMap } from './helpers';

function laidOut(doc: ProcessMapDoc): ProcessMapDoc {
  return apply(doc, { type: 'applyLayout', positions: autoLayout(doc) });
}

describe('process map: lane-respecting layout', () => {
  it('keeps every node in its lane and no two nodes overlapping (property)', () => {
    fc.assert(
      fc.property(arbMap, (doc) => {
        const before = new Map(doc.nodes.map((n) => [n.id, n.laneId]));
        const out = laidOut(doc);
        expect(ProcessMapDoc.safeParse(out).success).toBe(true);
        const bands = laneBands(out);
        const rects = out.nodes.map((n) => {
          expect(n.laneId).toBe(before.get(n.id));
          const band = bands.find((b) => b.lane.id === n.laneId)!;
          const p = absolutePosition(n, bands)!;
          if (!band.lane.collapsed) {
            expect(p.y).toBeGreaterThanOrEqual(band.top);
            expect(p.y + NODE_SIZE.height).toBeLessThanOrEqual(band.top + band.height);
          }
          return { id: n.id, ...p, collapsed: band.lane.collapsed };
        });
        const shown = rects.filter((r) => !r.collapsed);
        for (let i = 0; i < shown.length; i++) {
          for (let j = i + 1; j < shown.length; j++) {
            const a = shown[i]!;
            const b = shown[j]!;
            const overlap =
              a.x < b.x + NODE_SIZE.width &&
              b.x < a.x + NODE_SIZE.width &&
              a.y < b.y + NODE_SIZE.height &&
              b.y < a.y + NODE_SIZE.height;
            expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('places a chain left to right in flow order, and is deterministic', () => {
    const doc = chainMap(6, 3);
    const pos = autoLayout(doc);
    const x = (id: string) => pos.find((p) => p.id === id)!.x;
    for (let i = 1; i < 6; i++) expect(x(`n${i}`)).toBeGreaterThan(x(`n${i - 1}`));
    expect(autoLayout(doc)).toEqual(pos);
  });

  it('lays out a cycle (rework loop) without hanging', () => {
    const doc = chainMap(5, 2, [[3, 1]]);
    expect(autoLayout(doc)).toHaveLength(5);
  });

  it('layout is one command: undo restores every position', async () => {
    const { runCommand, patchDoc } = await import('../../../../shared/boards/run');
    const { processMap } = await import('../../../../shared/boards/process-map/definition');
    const doc = chainMap(8, 3, [[2, 6]]);
    const cmd: ProcessMapCommand = { type: 'applyLayout', positions: autoLayout(doc) };
    const out = runCommand(processMap, doc, cmd);
    expect(patchDoc(out.doc, out.inversePatches)).toEqual(doc);
  });
});

describe('process map: geometry and keyboard navigation', () => {
  it('lane heights grow to hold their nodes; collapsed lanes are thin strips', () => {
    const doc = chainMap(2, 2);
    doc.nodes[0]!.y = 400;
    doc.lanes[1]!.collapsed = true;
    const [a, b] = laneBands(doc);
    expect(a!.height).toBe(400 + NODE_SIZE.height + LANE.pad);
    expect(b!).toMatchObject({ top: a!.height, height: LANE.collapsedHeight });
  });

  it('dropTarget picks the lane under the node centre and clamps to the first and last lane', () => {
    const doc = chainMap(2, 3);
    const bands = laneBands(doc);
    expect(dropTarget(bands, 100, bands[1]!.top + 20)).toEqual({ laneId: 'L1', x: 100, y: 20 });
    expect(dropTarget(bands, 0, 99_999)?.laneId).toBe('L2');
    expect(dropTarget(bands, 0, -500)?.laneId).toBe('L0');
    expect(dropTarget([], 0, 0)).toBeUndefined();
  });

  it('spotAfter avoids stacking on an existing node', () => {
    const doc = chainMap(2, 1);
    doc.nodes[1]!.x = doc.nodes[0]!.x + NODE_SIZE.width + LANE.gapX;
    const spot = spotAfter(doc, doc.nodes[0]!);
    expect(spot.y).toBeGreaterThan(doc.nodes[0]!.y);
  });

  it('arrows move between lanes (skipping empty and collapsed ones) and along a lane', () => {
    const doc = chainMap(6, 3);
    doc.lanes.push({ id: 'empty', type: 'other', name: '', collapsed: false });
    expect(nearestInAdjacentLane(doc, 'n0', 1)).toBe('n1');
    expect(nearestInAdjacentLane(doc, 'n0', -1)).toBeUndefined();
    doc.lanes[1]!.collapsed = true;
    expect(nearestInAdjacentLane(doc, 'n0', 1)).toBe('n2');
    expect(neighbourInLane(doc, 'n0', 1)).toBe('n3');
    expect(neighbourInLane(doc, 'n3', -1)).toBe('n0');
    expect(moveToAdjacentLane(doc, 'n0', 1)?.laneId).toBe('L1');
    expect(moveToAdjacentLane(doc, 'n0', -1)).toBeUndefined();
  });
});
