import dagre from '@dagrejs/dagre';
import { NODE_SIZE, type NodePosition, type ProcessMapDoc } from './model';
import { GRID, LANE, snap } from './geometry';
import { liveEdges } from './flow';

/** Smallest horizontal gap between two nodes sharing a row of a lane after snapping. */
const MIN_GAP = 2 * GRID;

/**
 * Auto-layout that respects lanes: dagre ranks the whole flow left to right (so a step's x follows the flow across
 * lanes), then each node stays in its own lane, and nodes of one lane that would overlap are stacked in rows.
 * Pure and deterministic; the result goes to the board as one `applyLayout` command.
 */
export function autoLayout(doc: Pick<ProcessMapDoc, 'lanes' | 'nodes' | 'edges'>): NodePosition[] {
  if (doc.nodes.length === 0) return [];
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: 'LR', nodesep: LANE.gapY, ranksep: LANE.gapX, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of doc.nodes) g.setNode(n.id, { width: NODE_SIZE.width, height: NODE_SIZE.height });
  for (const e of liveEdges(doc)) g.setEdge(e.source, e.target);
  dagre.layout(g);

  const placed = doc.nodes.map((n) => {
    const p = g.node(n.id) as { x?: number; y?: number } | undefined;
    return { n, cx: p?.x ?? 0, cy: p?.y ?? 0 };
  });
  const minX = Math.min(...placed.map((p) => p.cx));
  const laneOrder = new Map(doc.lanes.map((l, i) => [l.id, i]));
  const out: NodePosition[] = [];
  const byLane = new Map<string, typeof placed>();
  for (const p of placed) (byLane.get(p.n.laneId) ?? byLane.set(p.n.laneId, []).get(p.n.laneId)!).push(p);
  for (const [laneId, list] of [...byLane.entries()].sort((a, b) => (laneOrder.get(a[0]) ?? 0) - (laneOrder.get(b[0]) ?? 0))) {
    list.sort((a, b) => a.cx - b.cx || a.cy - b.cy);
    const rowRight: number[] = [];
    for (const p of list) {
      const x = LANE.originX + snap(p.cx - minX);
      let row = rowRight.findIndex((right) => right + MIN_GAP <= x);
      if (row === -1) {
        row = rowRight.length;
        rowRight.push(x + NODE_SIZE.width);
      } else rowRight[row] = x + NODE_SIZE.width;
      out.push({ id: p.n.id, laneId, x, y: Math.min(20_000, LANE.pad + row * (NODE_SIZE.height + LANE.gapY)) });
    }
  }
  return out;
}
