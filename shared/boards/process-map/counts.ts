import type { ProcessMapDoc } from './model';
import { liveEdges } from './flow';

/** What a process map holds, counted one way for every place that says it (board, storyboard, picture, CLI, Excel). */
export interface ProcessMapCounts {
  /** Steps, decisions and other work items: start and end are not steps. */
  steps: number;
  lanes: number;
  /** Connections between existing steps (a dangling one from an import is kept but not counted). */
  edges: number;
  /** Problem markers on a step or a connection that still exists. */
  problems: number;
}

/** Counts a process map's items. */
export function processMapCounts(doc: ProcessMapDoc): ProcessMapCounts {
  const nodes = new Set(doc.nodes.map((n) => n.id));
  const edges = liveEdges(doc);
  const edgeIds = new Set(edges.map((e) => e.id));
  return {
    steps: doc.nodes.filter((n) => n.kind !== 'start' && n.kind !== 'end').length,
    lanes: doc.lanes.length,
    edges: edges.length,
    problems: doc.markers.filter((m) => (m.target.type === 'node' ? nodes.has(m.target.id) : edgeIds.has(m.target.id)))
      .length,
  };
}
