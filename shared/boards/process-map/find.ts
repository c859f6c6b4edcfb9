import type { ProcessMapDoc } from './model';
import { flowOrder } from './flow';
import { textMatches } from '../../text/search';

/** A find hit: a step (its text or performer) or a problem marker's note; `nodeId` is where the view goes. */
export interface MapHit {
  type: 'node' | 'marker';
  id: string;
  nodeId: string;
}

/** Every step and marker note that holds all words of the query (ä/ö/å are letters of their own), in flow order. */
export function findInMap(doc: ProcessMapDoc, query: string): MapHit[] {
  if (!query.trim()) return [];
  const edges = new Map(doc.edges.map((e) => [e.id, e]));
  const markersAt = new Map<string, string[]>();
  for (const m of doc.markers) {
    const at = m.target.type === 'node' ? m.target.id : edges.get(m.target.id)?.source;
    if (at && textMatches(m.note, query)) (markersAt.get(at) ?? markersAt.set(at, []).get(at)!).push(m.id);
  }
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const hits: MapHit[] = [];
  for (const id of flowOrder(doc)) {
    const n = byId.get(id)!;
    if (textMatches(`${n.text} ${n.performer}`, query)) hits.push({ type: 'node', id, nodeId: id });
    for (const m of markersAt.get(id) ?? []) hits.push({ type: 'marker', id: m, nodeId: id });
  }
  return hits;
}
