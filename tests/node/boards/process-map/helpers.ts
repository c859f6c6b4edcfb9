import fc from 'fast-check';
import { processMap } from '../../../../shared/boards/process-map/definition';
import { runCommand } from '../../../../shared/boards/run';
import type { ProcessMapCommand, ProcessMapDoc, ProcessNode } from '../../../../shared/boards/process-map/model';

export function apply(doc: ProcessMapDoc, cmd: ProcessMapCommand): ProcessMapDoc {
  return runCommand(processMap, doc, processMap.commandSchema.parse(cmd)).doc;
}

export function node(id: string, laneId: string, over: Partial<ProcessNode> = {}): ProcessNode {
  return { id, kind: 'step', text: id, laneId, x: 0, y: 30, processTime: null, waitTime: null, performer: '', ...over };
}

/** A map of `lanes` lanes and a chain a→b→c… with optional extra edges. */
export function chainMap(n: number, lanes = 2, extra: [number, number][] = []): ProcessMapDoc {
  const laneIds = Array.from({ length: lanes }, (_, i) => `L${i}`);
  const nodes = Array.from({ length: n }, (_, i) =>
    node(`n${i}`, laneIds[i % lanes]!, { x: i * 270, kind: i === 0 ? 'start' : i === n - 1 ? 'end' : 'step' }),
  );
  const edges = [
    ...Array.from({ length: Math.max(0, n - 1) }, (_, i) => ({
      id: `e${i}`,
      source: `n${i}`,
      target: `n${i + 1}`,
      label: '',
      branch: null,
    })),
    ...extra.map(([a, b], i) => ({ id: `x${i}`, source: `n${a}`, target: `n${b}`, label: '', branch: null })),
  ];
  return { lanes: laneIds.map((id) => ({ id, type: 'other', name: id, collapsed: false })), nodes, edges, markers: [] };
}

/** Random maps: lanes, nodes in random lanes and places, random edges (cycles allowed), markers. */
export const arbMap: fc.Arbitrary<ProcessMapDoc> = fc
  .record({
    lanes: fc.integer({ min: 1, max: 6 }),
    nodes: fc.array(
      fc.record({
        lane: fc.nat(),
        x: fc.integer({ min: -2000, max: 5000 }),
        y: fc.integer({ min: 0, max: 600 }),
        kind: fc.constantFrom('start', 'step', 'decision', 'wait', 'handoff', 'document', 'end' as const),
      }),
      { maxLength: 40 },
    ),
    edges: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 60 }),
    collapsed: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
  })
  .map(({ lanes, nodes, edges, collapsed }) => {
    const laneIds = Array.from({ length: lanes }, (_, i) => `L${i}`);
    const ns = nodes.map((n, i) => node(`n${i}`, laneIds[n.lane % lanes]!, { x: n.x, y: n.y, kind: n.kind }));
    const seen = new Set<string>();
    const es = edges.flatMap(([a, b], i) => {
      if (ns.length === 0) return [];
      const s = `n${a % ns.length}`;
      const t = `n${b % ns.length}`;
      if (s === t || seen.has(`${s}>${t}`)) return [];
      seen.add(`${s}>${t}`);
      return [{ id: `e${i}`, source: s, target: t, label: '', branch: null }];
    });
    return {
      lanes: laneIds.map((id, i) => ({ id, type: 'other' as const, name: id, collapsed: collapsed[i]! })),
      nodes: ns,
      edges: es,
      markers: [],
    };
  });
