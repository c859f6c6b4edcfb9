import { Position, type Edge, type Node } from '@xyflow/react';
import type { TFunction } from 'i18next';
import {
  NODE_SIZE,
  type Duration,
  type Lane,
  type ProblemKind,
  type ProcessEdge,
  type ProcessMapDoc,
  type ProcessNode,
} from '../../../../shared/boards/process-map/model';
import { LANE, contentExtent, laneBands, type LaneBand } from '../../../../shared/boards/process-map/geometry';
import { liveEdges } from '../../../../shared/boards/process-map/flow';
import { wrapText } from '../../../../shared/picture/svg';
import { stepHeight, stepLines } from '../../../../shared/boards/process-map/step-text';
import type { ChangeKind, MapComparison } from '../../../../shared/boards/process-map/compare';
import { memoT } from '../../i18n/memo-t';

export type PmNodeData = {
  node: ProcessNode;
  problems: ProblemKind[];
  /** Process and wait time as short text ('' when not entered). */
  times: { process: string; wait: string };
  kindLabel: string;
  /** The text wrapped into the box as the pictures wrap it (the box is as tall as these lines need). */
  lines: string[];
  diff: ChangeKind | null;
  ghost: boolean;
};
export type LaneNodeData = {
  lane: Lane;
  label: string;
  /** The label wrapped at word boundaries (and Finnish hyphenation points) into the name column. */
  labelLines: string[];
  typeLabel: string;
  count: number;
  width: number;
  height: number;
  selected: boolean;
  hiddenText: string;
};
export type PmEdgeData = {
  text: string;
  branch: 'yes' | 'no' | null;
  problems: ProblemKind[];
  diff: ChangeKind | null;
};

export type PmFlowNode = Node<PmNodeData, 'pm'>;
export type LaneFlowNode = Node<LaneNodeData, 'lane'>;
export type AnyFlowNode = PmFlowNode | LaneFlowNode;
export type PmFlowEdge = Edge<PmEdgeData, 'pm'>;

const HANDLE = 12;
const NO_PROBLEMS: ProblemKind[] = [];
/**
 * Where a step's two handles sit (as the CSS puts them: centred on the left and right edges). Known up front, React
 * Flow can cull off-screen steps and route edges from the first frame instead of mounting all 300 to measure them.
 */
const handlesCache = new Map<number, NonNullable<Node['handles']>>();
function stepHandles(height: number): NonNullable<Node['handles']> {
  let h = handlesCache.get(height);
  if (!h) {
    h = [
      {
        type: 'target',
        position: Position.Left,
        x: -HANDLE / 2,
        y: height / 2 - HANDLE / 2,
        width: HANDLE,
        height: HANDLE,
      },
      {
        type: 'source',
        position: Position.Right,
        x: NODE_SIZE.width - HANDLE / 2,
        y: height / 2 - HANDLE / 2,
        width: HANDLE,
        height: HANDLE,
      },
    ];
    handlesCache.set(height, h);
  }
  return h;
}

/** Width of the lane name in the header column: the column minus its padding and the collapse toggle (CSS). */
const LANE_NAME_WIDTH = LANE.headerWidth - 42;
const laneLines = new Map<string, string[]>();

/** A lane name wrapped as the pictures wrap it (same measure, same hyphenation), memoised per name. */
export function laneLabelLines(label: string): string[] {
  let lines = laneLines.get(label);
  if (!lines) {
    lines = wrapText(label, LANE_NAME_WIDTH, { size: 18, bold: true }).lines;
    if (laneLines.size > 500) laneLines.clear();
    laneLines.set(label, lines);
  }
  return lines;
}

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

/**
 * A step's translated texts, memoised per node object and translation function: building the elements after a
 * one-step edit translates that step only, not all 300 (the document keeps unchanged nodes' identity).
 */
type StepText = {
  t: TFunction;
  times: { process: string; wait: string };
  kindLabel: string;
  lines: string[];
  height: number;
};
const stepTexts = new WeakMap<ProcessNode, StepText>();
function stepText(n: ProcessNode, t: TFunction): StepText {
  let d = stepTexts.get(n);
  if (!d || d.t !== t)
    stepTexts.set(
      n,
      (d = {
        t,
        times: nodeTimes(n, t),
        kindLabel: t(`processMap.nodeKind.${n.kind}`),
        lines: stepLines(n.kind, n.text),
        height: stepHeight(n),
      }),
    );
  return d;
}

const sameList = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The previous flow node of a step, reused when nothing it shows changed: React Flow and the memoised node view then
 * skip it, so a drop or an edit re-renders the steps it touched, not every mounted step.
 */
const flowNodes = new WeakMap<ProcessNode, PmFlowNode>();
const flowEdges = new WeakMap<ProcessEdge, PmFlowEdge>();

export interface BuildOptions {
  selectedLaneId: string | null;
  comparison: MapComparison | null;
  /** Which side of a comparison this map is: `next` highlights added/changed, `base` highlights removed. */
  side: 'next' | 'base';
  /** Draw removed nodes as ghosts on the `next` map (overlay mode). */
  ghosts: boolean;
}

/** React Flow nodes (lane bands first, behind) and edges for a map document. */
export function buildElements(
  doc: ProcessMapDoc,
  translate: TFunction,
  opts: BuildOptions,
): { nodes: AnyFlowNode[]; edges: PmFlowEdge[]; bands: LaneBand[] } {
  // Every step asks for its kind and time texts: remembered, not looked up again per step and per render.
  const t = memoT(translate);
  const bands = laneBands(doc);
  const cmp = opts.comparison;
  const ghostNodes =
    opts.ghosts && cmp && opts.side === 'next'
      ? cmp.removedNodes.filter((g) => bands.some((b) => b.lane.id === g.laneId))
      : [];
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
        labelLines: laneLabelLines(laneLabel(b.lane, t)),
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
    const problems = problemsOn.get(`node:${n.id}`) ?? NO_PROBLEMS;
    const diff = diffOf(n.id);
    const { times, kindLabel, lines, height } = stepText(n, t);
    const prev = flowNodes.get(n);
    if (
      prev &&
      prev.position.y === band.top + n.y &&
      prev.hidden === band.lane.collapsed &&
      prev.data.diff === diff &&
      prev.data.times === times &&
      sameList(prev.data.problems, problems)
    ) {
      nodes.push(prev);
      continue;
    }
    const node: PmFlowNode = {
      id: n.id,
      type: 'pm',
      position: { x: n.x, y: band.top + n.y },
      data: { node: n, problems, times, kindLabel, lines, diff, ghost: false },
      hidden: band.lane.collapsed,
      width: NODE_SIZE.width,
      height,
      handles: stepHandles(height),
    };
    flowNodes.set(n, node);
    nodes.push(node);
  }
  for (const g of ghostNodes) {
    const band = laneById.get(g.laneId)!;
    nodes.push({
      id: `ghost:${g.id}`,
      type: 'pm',
      position: { x: g.x, y: band.top + g.y },
      data: {
        node: g,
        problems: [],
        times: { process: '', wait: '' },
        kindLabel: t(`processMap.nodeKind.${g.kind}`),
        lines: stepLines(g.kind, g.text),
        diff: 'removed',
        ghost: true,
      },
      hidden: band.lane.collapsed,
      draggable: false,
      selectable: false,
      width: NODE_SIZE.width,
      height: stepHeight(g),
      handles: stepHandles(stepHeight(g)),
      zIndex: 0,
    });
  }

  const branchText = { yes: t('processMap.branch.yes'), no: t('processMap.branch.no') };
  const edges: PmFlowEdge[] = liveEdges(doc).map((e) => {
    const change = cmp?.edges.get(e.id) ?? null;
    const diff =
      change && ((opts.side === 'next' && change === 'added') || (opts.side === 'base' && change === 'removed'))
        ? change
        : null;
    const text = e.label || (e.branch ? branchText[e.branch] : '');
    const problems = problemsOn.get(`edge:${e.id}`) ?? NO_PROBLEMS;
    const prev = flowEdges.get(e);
    if (prev?.data && prev.data.text === text && prev.data.diff === diff && sameList(prev.data.problems, problems))
      return prev;
    const edge: PmFlowEdge = {
      id: e.id,
      type: 'pm',
      source: e.source,
      target: e.target,
      data: { text, branch: e.branch, problems, diff },
    };
    flowEdges.set(e, edge);
    return edge;
  });
  return { nodes, edges, bands };
}
