import { NODE_SIZE, type Lane, type ProcessMapDoc, type ProcessNode } from './model';
import { stepHeight } from './step-text';

/** Lane drawing constants in board units. */
export const LANE = {
  /** Space above and below the nodes inside a lane. */
  pad: 30,
  minHeight: NODE_SIZE.height + 2 * 30,
  collapsedHeight: 56,
  /**
   * Width of the lane's name column, drawn left of the nodes: its name area (less the collapse toggle) holds a long
   * Finnish word such as "Päihdepoliklinikka" at 18 px bold whole, so names break at spaces.
   */
  headerWidth: 240,
  /** Gap between the name column and the first node. */
  headerGap: 30,
  /** Horizontal and vertical gaps the layout keeps between nodes. */
  gapX: 70,
  gapY: 40,
  /** x of the first column the layout uses. */
  originX: 0,
} as const;

/** Snap grid of the board (drag and layout positions are multiples of it). */
export const GRID = 10;

export interface LaneBand {
  lane: Lane;
  index: number;
  top: number;
  height: number;
}

/** Height of a lane: big enough for every node in it (collapsed lanes are a thin strip). */
export function laneHeight(lane: Lane, nodes: readonly ProcessNode[]): number {
  if (lane.collapsed) return LANE.collapsedHeight;
  let bottom = 0;
  for (const n of nodes) if (n.laneId === lane.id) bottom = Math.max(bottom, n.y + stepHeight(n));
  return Math.max(LANE.minHeight, bottom + LANE.pad);
}

/** The lanes as horizontal bands, top-down in lane order. */
export function laneBands(doc: Pick<ProcessMapDoc, 'lanes' | 'nodes'>): LaneBand[] {
  const out: LaneBand[] = [];
  let top = 0;
  doc.lanes.forEach((lane, index) => {
    const height = laneHeight(lane, doc.nodes);
    out.push({ lane, index, top, height });
    top += height;
  });
  return out;
}

/** Absolute board position of a node's top-left corner (undefined when its lane is missing). */
export function absolutePosition(node: ProcessNode, bands: readonly LaneBand[]): { x: number; y: number } | undefined {
  const band = bands.find((b) => b.lane.id === node.laneId);
  return band ? { x: node.x, y: band.top + node.y } : undefined;
}

/** Horizontal extent of the map content (for drawing lane bands across it). */
export function contentExtent(nodes: readonly ProcessNode[]): { minX: number; maxX: number } {
  if (nodes.length === 0) return { minX: LANE.originX, maxX: LANE.originX + 4 * (NODE_SIZE.width + LANE.gapX) };
  let minX = Infinity;
  let maxX = -Infinity;
  for (const n of nodes) {
    minX = Math.min(minX, n.x);
    maxX = Math.max(maxX, n.x + NODE_SIZE.width);
  }
  return { minX, maxX };
}

export const snap = (v: number): number => Math.round(v / GRID) * GRID;

/**
 * Where a node dropped at absolute (x, y) lands: the lane under its centre (clamped to the first/last lane) and its
 * offset inside that lane. Returns undefined when the map has no lanes.
 */
export function dropTarget(
  bands: readonly LaneBand[],
  x: number,
  y: number,
  /** Height of the dropped step (its lane is the one under its centre). */
  height: number = NODE_SIZE.height,
): { laneId: string; x: number; y: number } | undefined {
  if (bands.length === 0) return undefined;
  const cy = y + height / 2;
  let band = bands[bands.length - 1]!;
  for (const b of bands) {
    if (cy < b.top + b.height) {
      band = b;
      break;
    }
  }
  if (band.lane.collapsed) {
    // Dropping on a collapsed strip puts the node at the top of that lane.
    return { laneId: band.lane.id, x: snap(x), y: LANE.pad };
  }
  return {
    laneId: band.lane.id,
    x: snap(Math.max(-100_000, Math.min(100_000, x))),
    y: snap(Math.max(0, Math.min(20_000, y - band.top))),
  };
}

/** Whether a step at `a` (its box as tall as its text needs) and a step `height` tall at `b` would overlap. */
function overlaps(a: ProcessNode, b: { x: number; y: number }, height: number): boolean {
  return Math.abs(a.x - b.x) < NODE_SIZE.width && b.y < a.y + stepHeight(a) && a.y < b.y + height;
}

/**
 * A free place in a lane near (x, y): tries y, then rows below, so Enter never stacks a node on another one.
 * `ignore` is a node id left out of the check (the one being moved).
 */
export function freeSpotInLane(
  doc: Pick<ProcessMapDoc, 'nodes'>,
  laneId: string,
  x: number,
  y: number,
  ignore?: string,
  /** Height of the step being placed (a step's box is as tall as its text: `stepHeight`). */
  height: number = NODE_SIZE.height,
): { x: number; y: number } {
  const others = doc.nodes.filter((n) => n.laneId === laneId && n.id !== ignore);
  const rowStep = NODE_SIZE.height + LANE.gapY;
  let cy = y;
  for (let i = 0; i < 50; i++) {
    const cand = { x: snap(x), y: Math.max(0, snap(cy)) };
    const hit = others.find((o) => overlaps(o, cand, height));
    if (!hit) return cand;
    // Below the step in the way (a tall step takes more than one row).
    cy = Math.max(cy + rowStep, hit.y + stepHeight(hit) + LANE.gapY);
  }
  return { x: snap(x), y: snap(y) };
}
