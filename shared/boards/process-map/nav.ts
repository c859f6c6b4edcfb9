import { NODE_SIZE, type ProcessMapDoc, type ProcessNode } from './model';
import { LANE, freeSpotInLane } from './geometry';

/** The expanded lane `dir` steps above (-1) or below (+1) the node's lane that has nodes, with the nearest node in x. */
export function nearestInAdjacentLane(doc: ProcessMapDoc, id: string, dir: -1 | 1): string | undefined {
  const n = doc.nodes.find((x) => x.id === id);
  if (!n) return undefined;
  let i = doc.lanes.findIndex((l) => l.id === n.laneId);
  for (i += dir; i >= 0 && i < doc.lanes.length; i += dir) {
    const lane = doc.lanes[i]!;
    if (lane.collapsed) continue;
    const inLane = doc.nodes.filter((x) => x.laneId === lane.id);
    if (inLane.length === 0) continue;
    return inLane.reduce((best, x) =>
      Math.abs(x.x - n.x) + Math.abs(x.y - n.y) * 0.01 < Math.abs(best.x - n.x) + Math.abs(best.y - n.y) * 0.01
        ? x
        : best,
    ).id;
  }
  return undefined;
}

/** The previous (-1) or next (+1) node in the same lane, left to right (then top to bottom). */
export function neighbourInLane(doc: ProcessMapDoc, id: string, dir: -1 | 1): string | undefined {
  const n = doc.nodes.find((x) => x.id === id);
  if (!n) return undefined;
  const row = doc.nodes.filter((x) => x.laneId === n.laneId).sort((a, b) => a.x - b.x || a.y - b.y);
  return row[row.indexOf(n) + dir]?.id;
}

/** Where a step added after `from` goes: to its right in the same lane, on a free spot. */
export function spotAfter(doc: ProcessMapDoc, from: ProcessNode): { x: number; y: number } {
  return freeSpotInLane(doc, from.laneId, from.x + NODE_SIZE.width + LANE.gapX, from.y);
}

/** Where a node moved to the lane `dir` steps away lands (same x, a free row); undefined at the edge. */
export function moveToAdjacentLane(
  doc: ProcessMapDoc,
  id: string,
  dir: -1 | 1,
): { laneId: string; x: number; y: number } | undefined {
  const n = doc.nodes.find((x) => x.id === id);
  if (!n) return undefined;
  const i = doc.lanes.findIndex((l) => l.id === n.laneId);
  const lane = doc.lanes[i + dir];
  if (!lane) return undefined;
  const spot = freeSpotInLane(doc, lane.id, n.x, LANE.pad, n.id);
  return { laneId: lane.id, ...spot };
}
