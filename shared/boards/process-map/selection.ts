import {
  NODE_SIZE,
  type NodeKind,
  type NodePosition,
  type ProcessMapCommand,
  type ProcessMapDoc,
  type ProcessNode,
} from './model';
import { LANE, freeSpotInLane, snap } from './geometry';
import type { NewId } from './edit';
import { stepHeight } from './step-text';

/** The nodes of `ids` that exist, in the order given. */
function picked(doc: ProcessMapDoc, ids: readonly string[]): ProcessNode[] {
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  return ids.map((id) => byId.get(id)).filter((n): n is ProcessNode => n !== undefined);
}

function layout(positions: NodePosition[]): ProcessMapCommand | null {
  return positions.length > 0 ? { type: 'applyLayout', positions } : null;
}

/** Deletes every selected step; each one that sits in a simple chain has its neighbours joined (one undo step). */
export function deleteManyCommand(doc: ProcessMapDoc, ids: readonly string[], newId: NewId): ProcessMapCommand | null {
  const nodes = picked(doc, ids);
  if (nodes.length === 0) return null;
  return {
    type: 'batch',
    label: 'selection',
    commands: nodes.map((n) => ({ type: 'deleteNode' as const, id: n.id, reconnectEdgeId: newId() })),
  };
}

/** Gives every selected step the same kind. */
export function setKindManyCommand(
  doc: ProcessMapDoc,
  ids: readonly string[],
  kind: NodeKind,
): ProcessMapCommand | null {
  const nodes = picked(doc, ids).filter((n) => n.kind !== kind);
  if (nodes.length === 0) return null;
  return {
    type: 'batch',
    label: 'selection',
    commands: nodes.map((n) => ({ type: 'updateNode' as const, id: n.id, patch: { kind } })),
  };
}

/** Moves the selected steps one lane up (-1) or down (+1), keeping x, on free rows; steps at the edge stay. */
export function moveManyToLaneCommand(
  doc: ProcessMapDoc,
  ids: readonly string[],
  dir: -1 | 1,
): ProcessMapCommand | null {
  const laneIndex = new Map(doc.lanes.map((l, i) => [l.id, i]));
  let work = doc;
  const positions: NodePosition[] = [];
  for (const n of picked(doc, ids)) {
    const lane = doc.lanes[(laneIndex.get(n.laneId) ?? 0) + dir];
    if (!lane) continue;
    const spot = freeSpotInLane(work, lane.id, n.x, LANE.pad, n.id, stepHeight(n));
    positions.push({ id: n.id, laneId: lane.id, ...spot });
    work = { ...work, nodes: work.nodes.map((x) => (x.id === n.id ? { ...x, laneId: lane.id, ...spot } : x)) };
  }
  return layout(positions);
}

/** Shifts the selected steps sideways by `dx` board units. */
export function nudgeManyCommand(doc: ProcessMapDoc, ids: readonly string[], dx: number): ProcessMapCommand | null {
  return layout(picked(doc, ids).map((n) => ({ id: n.id, laneId: n.laneId, x: n.x + dx, y: n.y })));
}

/**
 * Places each step at (x, y) or, when a step is in the way there (steps are as tall as their text), on the next
 * free row below it, in the order given; later steps see the earlier ones' new places.
 */
function placeAll(doc: ProcessMapDoc, targets: readonly { node: ProcessNode; x: number; y: number }[]): NodePosition[] {
  const moving = new Set(targets.map((t) => t.node.id));
  // Steps not placed yet are out of the way: they move too.
  let work: ProcessMapDoc = { ...doc, nodes: doc.nodes.filter((n) => !moving.has(n.id)) };
  const positions: NodePosition[] = [];
  for (const { node, x, y } of targets) {
    const spot = freeSpotInLane(work, node.laneId, x, y, node.id, stepHeight(node));
    positions.push({ id: node.id, laneId: node.laneId, ...spot });
    work = { ...work, nodes: [...work.nodes, { ...node, ...spot }] };
  }
  return positions;
}

/** Lines the selected steps up on the anchor's row (the same height inside each lane), none covering another. */
export function alignRowCommand(
  doc: ProcessMapDoc,
  ids: readonly string[],
  anchorId: string,
): ProcessMapCommand | null {
  const anchor = doc.nodes.find((n) => n.id === anchorId);
  if (!anchor) return null;
  const nodes = picked(doc, ids).sort((a, b) => Number(b.id === anchor.id) - Number(a.id === anchor.id));
  return layout(
    placeAll(
      doc,
      nodes.map((node) => ({ node, x: node.x, y: anchor.y })),
    ),
  );
}

/** Stacks the selected steps in the anchor's column (the same x). */
export function alignColumnCommand(
  doc: ProcessMapDoc,
  ids: readonly string[],
  anchorId: string,
): ProcessMapCommand | null {
  const anchor = doc.nodes.find((n) => n.id === anchorId);
  if (!anchor) return null;
  // Steps of one lane in one column would cover each other: the later ones go on the next free rows below (as
  // far as the tall ones above them reach).
  const nodes = picked(doc, ids).sort((a, b) => Number(b.id === anchor.id) - Number(a.id === anchor.id) || a.y - b.y);
  return layout(
    placeAll(
      doc,
      nodes.map((node) => ({ node, x: anchor.x, y: node.y })),
    ),
  );
}

/** Spreads the selected steps evenly from the leftmost to the rightmost (at least one column apart). */
export function distributeCommand(doc: ProcessMapDoc, ids: readonly string[]): ProcessMapCommand | null {
  const nodes = picked(doc, ids).sort((a, b) => a.x - b.x || a.y - b.y);
  if (nodes.length < 3) return null;
  const first = nodes[0]!.x;
  const span = nodes[nodes.length - 1]!.x - first;
  const step = Math.max(NODE_SIZE.width + LANE.gapX, span / (nodes.length - 1));
  return layout(
    placeAll(
      doc,
      nodes.map((node, i) => ({ node, x: snap(first + i * step), y: node.y })),
    ),
  );
}
