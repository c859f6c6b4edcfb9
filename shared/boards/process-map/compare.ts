import type { ProcessMapDoc, ProcessNode } from './model';

/** What differs for one node or edge between two maps. */
export type ChangeKind = 'added' | 'removed' | 'changed';

/** The fields of a node the comparison looks at (position alone is not a change). */
export type NodeField = 'text' | 'kind' | 'lane' | 'processTime' | 'waitTime' | 'performer';

export interface MapComparison {
  /** Node id → change; unchanged nodes are absent. */
  nodes: Map<string, { change: ChangeKind; fields: NodeField[] }>;
  /** Edge id → change (an edge counts as the same when its id or its two ends match). */
  edges: Map<string, ChangeKind>;
  /** Nodes only in the base map (drawn as ghosts in the compared view). */
  removedNodes: ProcessNode[];
  counts: { added: number; removed: number; changed: number };
}

const sameDuration = (a: ProcessNode['processTime'], b: ProcessNode['processTime']) =>
  a === b || (a !== null && b !== null && a.value === b.value && a.unit === b.unit);

/**
 * Compares a map (`next`, e.g. the future state) with a `base` map (e.g. the current state it was duplicated
 * from; duplicates keep item ids). Nodes are matched by id; a node's lane counts as changed when its lane's name
 * or type differs (lane ids match in a duplicate too).
 */
export function compareMaps(base: ProcessMapDoc, next: ProcessMapDoc): MapComparison {
  const baseNodes = new Map(base.nodes.map((n) => [n.id, n]));
  const nextIds = new Set(next.nodes.map((n) => n.id));
  const laneKey = (doc: ProcessMapDoc, id: string) => {
    const l = doc.lanes.find((x) => x.id === id);
    return l ? `${l.type}|${l.name}` : id;
  };
  const nodes: MapComparison['nodes'] = new Map();
  for (const n of next.nodes) {
    const b = baseNodes.get(n.id);
    if (!b) {
      nodes.set(n.id, { change: 'added', fields: [] });
      continue;
    }
    const fields: NodeField[] = [];
    if (b.text !== n.text) fields.push('text');
    if (b.kind !== n.kind) fields.push('kind');
    if (laneKey(base, b.laneId) !== laneKey(next, n.laneId)) fields.push('lane');
    if (!sameDuration(b.processTime, n.processTime)) fields.push('processTime');
    if (!sameDuration(b.waitTime, n.waitTime)) fields.push('waitTime');
    if (b.performer !== n.performer) fields.push('performer');
    if (fields.length > 0) nodes.set(n.id, { change: 'changed', fields });
  }
  const removedNodes = base.nodes.filter((n) => !nextIds.has(n.id));
  for (const n of removedNodes) nodes.set(n.id, { change: 'removed', fields: [] });

  const edgeKey = (e: { source: string; target: string }) => `${e.source}>${e.target}`;
  const baseEdgeIds = new Set(base.edges.map((e) => e.id));
  const baseEdgeKeys = new Set(base.edges.map(edgeKey));
  const nextEdgeIds = new Set(next.edges.map((e) => e.id));
  const nextEdgeKeys = new Set(next.edges.map(edgeKey));
  const edges: MapComparison['edges'] = new Map();
  for (const e of next.edges) if (!baseEdgeIds.has(e.id) && !baseEdgeKeys.has(edgeKey(e))) edges.set(e.id, 'added');
  for (const e of base.edges) if (!nextEdgeIds.has(e.id) && !nextEdgeKeys.has(edgeKey(e))) edges.set(e.id, 'removed');

  const counts = { added: 0, removed: 0, changed: 0 };
  for (const v of nodes.values()) counts[v.change]++;
  return { nodes, edges, removedNodes, counts };
}
