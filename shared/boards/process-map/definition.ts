import { BoardCommandError, type BoardDefinition } from '../types';
import type { BoardItem } from '../links';
import type { SheetSpec } from '../../export/sheet';
import {
  PROBLEM_KINDS,
  ProcessMapCommand,
  ProcessMapDoc,
  type Lane,
  type ProblemMarker,
  type ProcessEdge,
  type ProcessNode,
} from './model';
import { flowOrder, flowSteps, liveEdges } from './flow';
import { processMapSheets } from './sheets';
import { processMapCounts } from './counts';

function lane(doc: ProcessMapDoc, id: string): Lane {
  const l = doc.lanes.find((x) => x.id === id);
  if (!l) throw new BoardCommandError('errors.board.noSuchItem', { id });
  return l;
}

function node(doc: ProcessMapDoc, id: string): ProcessNode {
  const n = doc.nodes.find((x) => x.id === id);
  if (!n) throw new BoardCommandError('errors.board.noSuchItem', { id });
  return n;
}

function edge(doc: ProcessMapDoc, id: string): ProcessEdge {
  const e = doc.edges.find((x) => x.id === id);
  if (!e) throw new BoardCommandError('errors.board.noSuchItem', { id });
  return e;
}

function marker(doc: ProcessMapDoc, id: string): ProblemMarker {
  const m = doc.markers.find((x) => x.id === id);
  if (!m) throw new BoardCommandError('errors.board.noSuchItem', { id });
  return m;
}

function assertNew(doc: ProcessMapDoc, id: string): void {
  if (
    doc.lanes.some((x) => x.id === id) ||
    doc.nodes.some((x) => x.id === id) ||
    doc.edges.some((x) => x.id === id) ||
    doc.markers.some((x) => x.id === id)
  ) {
    throw new BoardCommandError('errors.board.duplicateId', { id });
  }
}

function assertCapacity(count: number, max: number): void {
  if (count >= max) throw new BoardCommandError('processMap.errors.full', { max });
}

/** Validates and appends an edge: both ends exist, no self-loop, no second edge with the same ends. */
function pushEdge(doc: ProcessMapDoc, e: ProcessEdge): void {
  assertNew(doc, e.id);
  node(doc, e.source);
  node(doc, e.target);
  if (e.source === e.target) throw new BoardCommandError('processMap.errors.selfLoop');
  if (doc.edges.some((x) => x.source === e.source && x.target === e.target))
    throw new BoardCommandError('processMap.errors.duplicateEdge');
  assertCapacity(doc.edges.length, 4000);
  doc.edges.push({ ...e });
}

/** Drops edges touching `ids`, and markers on the dropped nodes and edges. */
function removeNodes(doc: ProcessMapDoc, ids: Set<string>): void {
  const goneEdges = new Set(doc.edges.filter((e) => ids.has(e.source) || ids.has(e.target)).map((e) => e.id));
  doc.nodes = doc.nodes.filter((n) => !ids.has(n.id));
  doc.edges = doc.edges.filter((e) => !goneEdges.has(e.id));
  doc.markers = doc.markers.filter(
    (m) => !(m.target.type === 'node' ? ids.has(m.target.id) : goneEdges.has(m.target.id)),
  );
}

/** The edges into and out of a node (live ones only). */
export function nodeEdges(doc: ProcessMapDoc, id: string): { incoming: ProcessEdge[]; outgoing: ProcessEdge[] } {
  const live = liveEdges(doc);
  return { incoming: live.filter((e) => e.target === id), outgoing: live.filter((e) => e.source === id) };
}

/**
 * Whether deleting the node can join its neighbours: exactly one edge in and one out, and the two neighbours are
 * not already linked.
 */
export function isSimpleChain(doc: ProcessMapDoc, id: string): boolean {
  const { incoming, outgoing } = nodeEdges(doc, id);
  if (incoming.length !== 1 || outgoing.length !== 1) return false;
  const from = incoming[0]!.source;
  const to = outgoing[0]!.target;
  return from !== to && !doc.edges.some((e) => e.source === from && e.target === to);
}

function applyOne(doc: ProcessMapDoc, cmd: ProcessMapCommand): void {
  switch (cmd.type) {
    case 'addLane': {
      assertNew(doc, cmd.lane.id);
      assertCapacity(doc.lanes.length, 30);
      const at = Math.min(cmd.index ?? doc.lanes.length, doc.lanes.length);
      doc.lanes.splice(at, 0, { ...cmd.lane });
      return;
    }
    case 'updateLane':
      Object.assign(lane(doc, cmd.id), cmd.patch);
      return;
    case 'moveLane': {
      const l = lane(doc, cmd.id);
      const rest = doc.lanes.filter((x) => x.id !== cmd.id);
      rest.splice(Math.min(cmd.index, rest.length), 0, l);
      doc.lanes = rest;
      return;
    }
    case 'setLaneCollapsed':
      lane(doc, cmd.id).collapsed = cmd.collapsed;
      return;
    case 'deleteLane': {
      lane(doc, cmd.id);
      removeNodes(doc, new Set(doc.nodes.filter((n) => n.laneId === cmd.id).map((n) => n.id)));
      doc.lanes = doc.lanes.filter((l) => l.id !== cmd.id);
      return;
    }
    case 'addNode': {
      assertNew(doc, cmd.node.id);
      lane(doc, cmd.node.laneId);
      assertCapacity(doc.nodes.length, 2000);
      doc.nodes.push({ ...cmd.node });
      if (cmd.after)
        pushEdge(doc, {
          id: cmd.after.edgeId,
          source: cmd.after.source,
          target: cmd.node.id,
          label: cmd.after.label,
          branch: cmd.after.branch,
        });
      return;
    }
    case 'updateNode':
      Object.assign(node(doc, cmd.id), cmd.patch);
      return;
    case 'moveNode': {
      const n = node(doc, cmd.id);
      lane(doc, cmd.laneId);
      n.laneId = cmd.laneId;
      n.x = cmd.x;
      n.y = cmd.y;
      return;
    }
    case 'deleteNode': {
      node(doc, cmd.id);
      const chain = cmd.reconnectEdgeId && isSimpleChain(doc, cmd.id) ? nodeEdges(doc, cmd.id) : null;
      removeNodes(doc, new Set([cmd.id]));
      if (chain && cmd.reconnectEdgeId) {
        const inE = chain.incoming[0]!;
        const outE = chain.outgoing[0]!;
        // The joined edge keeps the branch of the edge coming in (a decision's "yes" stays "yes").
        pushEdge(doc, {
          id: cmd.reconnectEdgeId,
          source: inE.source,
          target: outE.target,
          label: inE.label,
          branch: inE.branch,
        });
      }
      return;
    }
    case 'addEdge':
      pushEdge(doc, cmd.edge);
      return;
    case 'updateEdge':
      Object.assign(edge(doc, cmd.id), cmd.patch);
      return;
    case 'deleteEdge':
      edge(doc, cmd.id);
      doc.edges = doc.edges.filter((e) => e.id !== cmd.id);
      doc.markers = doc.markers.filter((m) => !(m.target.type === 'edge' && m.target.id === cmd.id));
      return;
    case 'addMarker':
      assertNew(doc, cmd.marker.id);
      if (cmd.marker.target.type === 'node') node(doc, cmd.marker.target.id);
      else edge(doc, cmd.marker.target.id);
      assertCapacity(doc.markers.length, 2000);
      doc.markers.push({ ...cmd.marker, links: [...cmd.marker.links] });
      return;
    case 'updateMarker':
      Object.assign(marker(doc, cmd.id), cmd.patch);
      return;
    case 'deleteMarker':
      marker(doc, cmd.id);
      doc.markers = doc.markers.filter((m) => m.id !== cmd.id);
      return;
    case 'linkMarker': {
      const m = marker(doc, cmd.id);
      if (m.links.some((r) => r.boardId === cmd.ref.boardId && r.itemId === cmd.ref.itemId)) return;
      assertCapacity(m.links.length, 20);
      m.links.push({ ...cmd.ref });
      return;
    }
    case 'unlinkMarker': {
      const m = marker(doc, cmd.id);
      m.links = m.links.filter((r) => r.boardId !== cmd.boardId);
      return;
    }
    case 'applyLayout': {
      // Check everything first so a bad batch changes nothing.
      for (const p of cmd.positions) {
        node(doc, p.id);
        lane(doc, p.laneId);
      }
      const byId = new Map(doc.nodes.map((n) => [n.id, n]));
      for (const p of cmd.positions) {
        const n = byId.get(p.id)!;
        n.laneId = p.laneId;
        n.x = p.x;
        n.y = p.y;
      }
      return;
    }
    case 'insertNode': {
      const split = edge(doc, cmd.edgeId);
      assertNew(doc, cmd.node.id);
      lane(doc, cmd.node.laneId);
      assertCapacity(doc.nodes.length, 2000);
      doc.nodes.push({ ...cmd.node });
      const to = split.target;
      split.target = cmd.node.id;
      pushEdge(doc, { id: cmd.newEdgeId, source: cmd.node.id, target: to, label: '', branch: null });
      return;
    }
    case 'batch':
      for (const c of cmd.commands) applyOne(doc, c);
      return;
  }
}

export const processMap = {
  kind: 'process-map' as const,
  docVersion: 1,
  docSchema: ProcessMapDoc,
  commandSchema: ProcessMapCommand,
  migrations: {},
  createEmpty: (): ProcessMapDoc => ({
    lanes: [{ id: 'lane-client', type: 'client', name: '', collapsed: false }],
    nodes: [],
    edges: [],
    markers: [],
  }),

  apply(doc, cmd) {
    applyOne(doc, cmd);
  },

  commandLabel: (cmd) =>
    cmd.type === 'batch' ? `boards.process-map.commands.batch.${cmd.label}` : `boards.process-map.commands.${cmd.type}`,

  counts: (doc) => {
    const c = processMapCounts(doc);
    return { steps: c.steps, problems: c.problems, lanes: c.lanes };
  },

  summary: (doc) => {
    const times = doc.nodes.filter((n) => n.processTime || n.waitTime).length;
    const c = processMapCounts(doc);
    return {
      lanes: c.lanes,
      steps: c.steps,
      edges: c.edges,
      problems: c.problems,
      stepsWithTimes: times,
      ...Object.fromEntries(
        PROBLEM_KINDS.map((k) => [`problem.${k}`, doc.markers.filter((m) => m.kind === k).length]).filter(
          ([, v]) => v !== 0,
        ),
      ),
    };
  },

  items: (doc) => {
    const laneName = new Map(doc.lanes.map((l) => [l.id, l.name]));
    const nodes = new Map(doc.nodes.map((n) => [n.id, n]));
    const edges = new Map(doc.edges.map((e) => [e.id, e]));
    const steps: BoardItem[] = flowOrder(doc)
      .map((id) => nodes.get(id)!)
      .filter((n) => n.kind !== 'start' && n.kind !== 'end')
      .map((n) => ({ itemId: n.id, text: n.text, tag: 'step', group: laneName.get(n.laneId) || undefined }));
    const problems: BoardItem[] = doc.markers.map((m) => {
      let where: string;
      if (m.target.type === 'node') where = nodes.get(m.target.id)?.text ?? '';
      else {
        const e = edges.get(m.target.id);
        where = e ? `${nodes.get(e.source)?.text ?? ''} → ${nodes.get(e.target)?.text ?? ''}` : '';
      }
      return { itemId: m.id, text: m.note || where, tag: 'problem', group: where || undefined };
    });
    return [...problems, ...steps];
  },

  toSheets: (doc, ctx): SheetSpec[] => processMapSheets(doc, ctx, flowSteps(doc)),
} satisfies BoardDefinition<ProcessMapDoc, ProcessMapCommand>;
