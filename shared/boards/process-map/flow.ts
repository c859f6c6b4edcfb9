import type { Duration, LaneType, NodeKind, ProblemKind, ProcessEdge, ProcessMapDoc, ProcessNode } from './model';

/** Minutes per unit. A day is a calendar day (24 h): waits run around the clock from the client's point of view. */
export const MINUTES_PER_UNIT = { minutes: 1, hours: 60, days: 24 * 60 } as const;

/** A duration in minutes; null stays null (not entered). */
export function toMinutes(d: Duration | null): number | null {
  return d ? d.value * MINUTES_PER_UNIT[d.unit] : null;
}

/** Edges whose two ends exist (dangling edges from an imported package are kept in the doc but ignored here). */
export function liveEdges(doc: Pick<ProcessMapDoc, 'nodes' | 'edges'>): ProcessEdge[] {
  const ids = new Set(doc.nodes.map((n) => n.id));
  return doc.edges.filter((e) => ids.has(e.source) && ids.has(e.target) && e.source !== e.target);
}

/** Nodes in x order (then lane order), the reading order of a map drawn left to right. */
function byPosition(doc: Pick<ProcessMapDoc, 'lanes' | 'nodes'>): ProcessNode[] {
  const laneIndex = new Map(doc.lanes.map((l, i) => [l.id, i]));
  return [...doc.nodes].sort(
    (a, b) => a.x - b.x || (laneIndex.get(a.laneId) ?? 0) - (laneIndex.get(b.laneId) ?? 0) || a.y - b.y,
  );
}

/**
 * Every node once, in flow order: a depth-first walk from the start nodes (kind `start`, else nodes with no incoming
 * edge, else the leftmost node), following a decision's "yes" first and otherwise the targets' positions; nodes the walk
 * does not reach follow in position order. Cycles (rework loops) are walked once. Used for Tab, the Excel sheet and
 * the value-stream step list.
 */
export function flowOrder(doc: Pick<ProcessMapDoc, 'lanes' | 'nodes' | 'edges'>): string[] {
  const ordered = byPosition(doc);
  const rank = new Map(ordered.map((n, i) => [n.id, i]));
  const edges = liveEdges(doc);
  const out = new Map<string, ProcessEdge[]>();
  const indeg = new Map<string, number>();
  for (const e of edges) {
    (out.get(e.source) ?? out.set(e.source, []).get(e.source)!).push(e);
    indeg.set(e.target, (indeg.get(e.target) ?? 0) + 1);
  }
  // A decision's "yes" branch is read first, its "no" branch last; otherwise left to right.
  const branchRank = (e: ProcessEdge) => (e.branch === 'yes' ? 0 : e.branch === 'no' ? 2 : 1);
  for (const list of out.values())
    list.sort((a, b) => branchRank(a) - branchRank(b) || (rank.get(a.target) ?? 0) - (rank.get(b.target) ?? 0));
  const starts = ordered.filter((n) => n.kind === 'start');
  const roots = starts.length > 0 ? starts : ordered.filter((n) => !indeg.get(n.id));
  const seen = new Set<string>();
  const result: string[] = [];
  const visit = (root: string) => {
    const stack = [root];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      result.push(id);
      const next = out.get(id) ?? [];
      for (let i = next.length - 1; i >= 0; i--) if (!seen.has(next[i]!.target)) stack.push(next[i]!.target);
    }
  };
  for (const r of roots) visit(r.id);
  for (const n of ordered) if (!seen.has(n.id)) visit(n.id);
  return result;
}

/** One step as the value-stream board reads it. */
export interface FlowStep {
  id: string;
  kind: NodeKind;
  text: string;
  laneId: string;
  /** The lane's own name, or '' (the UI shows the translated lane type then). */
  laneName: string;
  laneType: LaneType | null;
  performer: string;
  processTime: Duration | null;
  waitTime: Duration | null;
  /** Converted with `toMinutes`; null when not entered. */
  processMinutes: number | null;
  waitMinutes: number | null;
  problems: ProblemKind[];
}

/** Every node in flow order with lane, performer, times (as entered and in minutes) and its problem markers. */
export function flowSteps(doc: ProcessMapDoc): FlowStep[] {
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const lanes = new Map(doc.lanes.map((l) => [l.id, l]));
  const problems = new Map<string, ProblemKind[]>();
  for (const m of doc.markers)
    if (m.target.type === 'node')
      (problems.get(m.target.id) ?? problems.set(m.target.id, []).get(m.target.id)!).push(m.kind);
  return flowOrder(doc).map((id) => {
    const n = byId.get(id)!;
    const lane = lanes.get(n.laneId);
    return {
      id: n.id,
      kind: n.kind,
      text: n.text,
      laneId: n.laneId,
      laneName: lane?.name ?? '',
      laneType: lane?.type ?? null,
      performer: n.performer,
      processTime: n.processTime,
      waitTime: n.waitTime,
      processMinutes: toMinutes(n.processTime),
      waitMinutes: toMinutes(n.waitTime),
      problems: problems.get(n.id) ?? [],
    };
  });
}

/** One route through the map from a start to an end (or to a node with no way on). */
export interface FlowPath {
  /** Node ids in walking order. */
  nodeIds: string[];
  /** Edge ids between them (length = nodeIds.length - 1). */
  edgeIds: string[];
  /** Decision branches taken, e.g. ['yes', 'no']; '' for an unlabelled branch. */
  branches: string[];
  processMinutes: number;
  waitMinutes: number;
  /** Steps on the path with no process or wait time entered. */
  missingTimes: number;
}

/**
 * The routes from each start node to an end: simple paths (a rework loop is not walked twice), at most `limit` of
 * them, shortest search order first. Times are summed with `toMinutes`; lead time of a path = process + wait.
 */
export function flowPaths(doc: ProcessMapDoc, limit = 50): FlowPath[] {
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const edges = liveEdges(doc);
  const order = flowOrder(doc);
  const rank = new Map(order.map((id, i) => [id, i]));
  const out = new Map<string, ProcessEdge[]>();
  const indeg = new Map<string, number>();
  for (const e of edges) {
    (out.get(e.source) ?? out.set(e.source, []).get(e.source)!).push(e);
    indeg.set(e.target, (indeg.get(e.target) ?? 0) + 1);
  }
  for (const list of out.values()) list.sort((a, b) => (rank.get(a.target) ?? 0) - (rank.get(b.target) ?? 0));
  const starts = doc.nodes.filter((n) => n.kind === 'start');
  const roots = (starts.length > 0 ? starts : doc.nodes.filter((n) => !indeg.get(n.id))).sort(
    (a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0),
  );
  const paths: FlowPath[] = [];
  const finish = (nodeIds: string[], edgeIds: string[], branches: string[]) => {
    let processMinutes = 0;
    let waitMinutes = 0;
    let missingTimes = 0;
    for (const id of nodeIds) {
      const n = byId.get(id)!;
      const p = toMinutes(n.processTime);
      const w = toMinutes(n.waitTime);
      processMinutes += p ?? 0;
      waitMinutes += w ?? 0;
      if (p === null && w === null && n.kind !== 'start' && n.kind !== 'end') missingTimes++;
    }
    paths.push({ nodeIds, edgeIds, branches, processMinutes, waitMinutes, missingTimes });
  };
  const walk = (id: string, nodeIds: string[], edgeIds: string[], branches: string[], onPath: Set<string>) => {
    if (paths.length >= limit) return;
    const next = (out.get(id) ?? []).filter((e) => !onPath.has(e.target));
    const node = byId.get(id)!;
    if (next.length === 0 || node.kind === 'end') {
      finish(nodeIds, edgeIds, branches);
      return;
    }
    for (const e of next) {
      const isDecision = node.kind === 'decision';
      onPath.add(e.target);
      walk(
        e.target,
        [...nodeIds, e.target],
        [...edgeIds, e.id],
        isDecision ? [...branches, e.branch ?? e.label] : branches,
        onPath,
      );
      onPath.delete(e.target);
      if (paths.length >= limit) return;
    }
  };
  for (const r of roots) walk(r.id, [r.id], [], [], new Set([r.id]));
  return paths;
}
