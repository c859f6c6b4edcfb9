import { Position, type Edge, type Node } from '@xyflow/react';
import type { TFunction } from 'i18next';
import { NODE_SIZE, type Duration, type Lane, type ProblemKind, type ProcessMapDoc, type ProcessNode } from '../../../../shared/boards/process-map/model';
import { LANE, contentExtent, laneBands, type LaneBand } from '../../../../shared/boards/process-map/geometry';
import { liveEdges } from '../../../../shared/boards/process-map/flow';
import type { ChangeKind, MapComparison } from '../../../../shared/boards/process-map/compare';

export type PmNodeData = {
  node: ProcessNode;
  problems: ProblemKind[];
  /** Process and wait time as short text ('' when not entered). */
  times: { process: string; wait: string };
  kindLabel: string;
  diff: ChangeKind | null;
  ghost: boolean;
};
export type LaneNodeData = {
  lane: Lane;
  label: string;
  typeLabel: string;
  count: number;
  width: number;
  height: number;
  selected: boolean;
  hiddenText: string;
};
export type PmEdgeData = { text: string; branch: 'yes' | 'no' | null; problems: ProblemKind[]; diff: ChangeKind | null };

export type PmFlowNode = Node<PmNodeData, 'pm'>;
export type LaneFlowNode = Node<LaneNodeData, 'lane'>;
export type AnyFlowNode = PmFlowNode | LaneFlowNode;
export type PmFlowEdge = Edge<PmEdgeData, 'pm'>;

const HANDLE = 12;
/**
 * Where a step's two handles sit (as the CSS puts them: centred on the left and right edges). Known up front, React
 * Flow can cull off-screen steps and route edges from the first frame instead of mounting all 300 to measure them.
 */
const STEP_HANDLES: NonNullable<Node['handles']> = [
  { type: 'target', position: Position.Left, x: -HANDLE / 2, y: NODE_SIZE.height / 2 - HANDLE / 2, width: HANDLE, height: HANDLE },
  { type: 'source', position: Position.Right, x: NODE_SIZE.width - HANDLE / 2, y: NODE_SIZE.height / 2 - HANDLE / 2, width: HANDLE, height: HANDLE },
];

export function laneLabel(lane: Lane, t: TFunction): string {
  return lane.name || t(`processMap.laneType.${lane.type}`);
}

export function durationText(d: Duration | null, t: TFunction): string {
  return d ? t(`processMap.unitShort.${d.unit}`, { value: d.value }) : '';
}

/** Process and wait time under a node, shown with a timer and an hourglass icon. */
export function nodeTimes(n: ProcessNode, t: TFunction): { process: string; wait: string } {
  return { process: durationText(n.processTime, t), wait: durationText(n.waitTime, t) };
}

export interface BuildOptions {
  selectedLaneId: string | null;
  comparison: MapComparison | null;
  /** Which side of a comparison this map is: `next` highlights added/changed, `base` highlights removed. */
  side: 'next' | 'base';
  /** Draw removed nodes as ghosts on the `next` map (overlay mode). */
  ghosts: boolean;
}

/** React Flow nodes (lane bands first, behind) and edges for a map document. */
export function buildElements(doc: ProcessMapDoc, t: TFunction, opts: BuildOptions): { nodes: AnyFlowNode[]; edges: PmFlowEdge[]; bands: LaneBand[] } {
  const bands = laneBands(doc);
  const cmp = opts.comparison;
  const ghostNodes = opts.ghosts && cmp && opts.side === 'next' ? cmp.removedNodes.filter((g) => bands.some((b) => b.lane.id === g.laneId)) : [];
  const { minX, maxX } = contentExtent([...doc.nodes, ...ghostNodes]);
  const left = minX - LANE.headerWidth - LANE.headerGap;
  const width = maxX - left + 60;
  const problemsOn = new Map<string, ProblemKind[]>();
  for (const m of doc.markers) {
    const k = `${m.target.type}:${m.target.id}`;
    (problemsOn.get(k) ?? problemsOn.set(k, []).get(k)!).push(m.kind);
  }
  const laneById = new Map(bands.map((b) => [b.lane.id, b]));

  const nodes: AnyFlowNode[] = bands.map((b) => {
    const count = doc.nodes.filter((n) => n.laneId === b.lane.id).length;
    return {
      id: `lane:${b.lane.id}`,
      type: 'lane',
      position: { x: left, y: b.top },
      data: {
        lane: b.lane,
        label: laneLabel(b.lane, t),
        typeLabel: t(`processMap.laneType.${b.lane.type}`),
        count,
        width,
        height: b.height,
        selected: opts.selectedLaneId === b.lane.id,
        hiddenText: b.lane.collapsed ? t('processMap.lane.hiddenSteps', { count }) : '',
      },
      draggable: false,
      selectable: false,
      focusable: false,
      zIndex: -1,
      width,
      height: b.height,
      handles: [],
    };
  });

  const diffOf = (id: string): ChangeKind | null => {
    const d = cmp?.nodes.get(id);
    if (!d) return null;
    if (opts.side === 'next' && (d.change === 'added' || d.change === 'changed')) return d.change;
    if (opts.side === 'base' && d.change === 'removed') return 'removed';
    return null;
  };

  for (const n of doc.nodes) {
    const band = laneById.get(n.laneId);
    if (!band) continue;
    nodes.push({
      id: n.id,
      type: 'pm',
      position: { x: n.x, y: band.top + n.y },
      data: {
        node: n,
        problems: problemsOn.get(`node:${n.id}`) ?? [],
        times: nodeTimes(n, t),
        kindLabel: t(`processMap.nodeKind.${n.kind}`),
        diff: diffOf(n.id),
        ghost: false,
      },
      hidden: band.lane.collapsed,
      width: NODE_SIZE.width,
      height: NODE_SIZE.height,
      handles: STEP_HANDLES,
    });
  }
  for (const g of ghostNodes) {
    const band = laneById.get(g.laneId)!;
    nodes.push({
      id: `ghost:${g.id}`,
      type: 'pm',
      position: { x: g.x, y: band.top + g.y },
      data: { node: g, problems: [], times: { process: '', wait: '' }, kindLabel: t(`processMap.nodeKind.${g.kind}`), diff: 'removed', ghost: true },
      hidden: band.lane.collapsed,
      draggable: false,
      selectable: false,
      width: NODE_SIZE.width,
      height: NODE_SIZE.height,
      handles: STEP_HANDLES,
      zIndex: 0,
    });
  }

  const edges: PmFlowEdge[] = liveEdges(doc).map((e) => {
    const change = cmp?.edges.get(e.id) ?? null;
    const diff = change && ((opts.side === 'next' && change === 'added') || (opts.side === 'base' && change === 'removed')) ? change : null;
    return {
      id: e.id,
      type: 'pm',
      source: e.source,
      target: e.target,
      data: {
        text: e.label || (e.branch ? t(`processMap.branch.${e.branch}`) : ''),
        branch: e.branch,
        problems: problemsOn.get(`edge:${e.id}`) ?? [],
        diff,
      },
    };
  });
  return { nodes, edges, bands };
}
