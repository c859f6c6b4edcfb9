import { stepHeight } from './step-text';
import {
  NODE_SIZE,
  PM_LIMITS,
  type NodeKind,
  type NodePosition,
  type ProcessMapDoc,
  type ProcessNode,
  type SingleProcessMapCommand,
  type ProcessMapCommand,
} from './model';
import { LANE, freeSpotInLane } from './geometry';
import { liveEdges } from './flow';
import { spotAfter } from './nav';
import { MAX_PASTED_ITEMS, pastedLines as pastedTextLines } from '../../text/paste-lines';
import type { TranslationKey } from '../../i18n/keys';

/** One column of the board: a node and the gap after it. */
const COLUMN = NODE_SIZE.width + LANE.gapX;

/** Most steps one paste creates; the rest of the list is left out with a message. */
export const MAX_PASTED_STEPS = MAX_PASTED_ITEMS;

/** A long pasted list wraps into rows of this many steps inside its lane (the board is bounded in x). */
const PASTE_ROW = 10;

export type NewId = () => string;

function blank(id: string, kind: NodeKind, laneId: string, x: number, y: number, text = ''): ProcessNode {
  return { id, kind, text, laneId, x, y, processTime: null, waitTime: null, performer: '' };
}

/** The branch the next edge out of `from` gets: a decision's first is "yes", its second "no". */
export function nextBranch(doc: ProcessMapDoc, from: ProcessNode): 'yes' | 'no' | null {
  if (from.kind !== 'decision') return null;
  const outs = doc.edges.filter((e) => e.source === from.id).length;
  return outs === 0 ? 'yes' : outs === 1 ? 'no' : null;
}

/** The single live edge out of a non-decision node, which Enter splits; undefined when there is none or several. */
export function splittableEdge(doc: ProcessMapDoc, from: ProcessNode) {
  if (from.kind === 'decision') return undefined;
  const outs = liveEdges(doc).filter((e) => e.source === from.id);
  return outs.length === 1 ? outs[0] : undefined;
}

/**
 * Makes room for one column right after `from`: every node to its right (in any lane) moves one column on, so the
 * inserted step sits where the next one was and the rest of the flow keeps its shape.
 */
function openColumn(doc: ProcessMapDoc, from: ProcessNode): { positions: NodePosition[]; shifted: ProcessMapDoc } {
  const positions = doc.nodes
    .filter((n) => n.x > from.x)
    .map((n) => ({ id: n.id, laneId: n.laneId, x: n.x + COLUMN, y: n.y }));
  const moved = new Map(positions.map((p) => [p.id, p]));
  const shifted = { ...doc, nodes: doc.nodes.map((n) => (moved.has(n.id) ? { ...n, x: moved.get(n.id)!.x } : n)) };
  return { positions, shifted };
}

/**
 * Enter on a step: when it has exactly one successor the new step goes between them (A→B becomes A→new→B, the rest
 * of the flow moves one column on); otherwise it is linked after the step (a decision's next branch).
 * One command either way, so one undo step.
 */
export function addNextCommand(
  doc: ProcessMapDoc,
  from: ProcessNode,
  newId: NewId,
  kind: NodeKind = 'step',
): { command: ProcessMapCommand; nodeId: string } {
  const id = newId();
  const split = splittableEdge(doc, from);
  if (split) {
    const { positions, shifted } = openColumn(doc, from);
    const spot = freeSpotInLane(shifted, from.laneId, from.x + COLUMN, from.y);
    const insert: SingleProcessMapCommand = {
      type: 'insertNode',
      node: blank(id, kind, from.laneId, spot.x, spot.y),
      edgeId: split.id,
      newEdgeId: newId(),
    };
    const command: ProcessMapCommand =
      positions.length > 0
        ? { type: 'batch', label: 'insert', commands: [{ type: 'applyLayout', positions }, insert] }
        : insert;
    return { command, nodeId: id };
  }
  return { command: branchCommand(doc, from, id, newId(), kind), nodeId: id };
}

/** Shift+Enter: a new step linked after `from` without touching its other links (a parallel branch). */
export function branchCommand(
  doc: ProcessMapDoc,
  from: ProcessNode,
  id: string,
  edgeId: string,
  kind: NodeKind = 'step',
): SingleProcessMapCommand {
  const spot = spotAfter(doc, from);
  return {
    type: 'addNode',
    node: blank(id, kind, from.laneId, spot.x, spot.y),
    after: { source: from.id, edgeId, label: '', branch: nextBranch(doc, from) },
  };
}

/**
 * Ctrl+Enter: a decision after `from` with its two branches. With one successor the decision goes between (its
 * "yes" leads on to the old successor) and a new "no" step is added; otherwise both branches are new steps.
 * Returns the decision's id (its text is typed next).
 */
export function decisionCommand(
  doc: ProcessMapDoc,
  from: ProcessNode,
  newId: NewId,
): { command: ProcessMapCommand; nodeId: string } {
  const first = addNextCommand(doc, from, newId, 'decision');
  const commands: SingleProcessMapCommand[] =
    first.command.type === 'batch' ? [...first.command.commands] : [first.command];
  const inserted = commands.find((c) => c.type === 'insertNode');
  // Where the decision lands, and the doc as it will be, to place the branches on free spots.
  const decisionNode = commands
    .map((c) => (c.type === 'insertNode' || c.type === 'addNode' ? c.node : undefined))
    .find((n) => n?.id === first.nodeId)!;
  const layout = commands.find((c) => c.type === 'applyLayout');
  const moved = new Map(layout?.type === 'applyLayout' ? layout.positions.map((p) => [p.id, p.x]) : []);
  const after: ProcessMapDoc = {
    ...doc,
    nodes: [...doc.nodes.map((n) => (moved.has(n.id) ? { ...n, x: moved.get(n.id)! } : n)), decisionNode],
  };
  const branchSpot = (y: number) => freeSpotInLane(after, from.laneId, decisionNode.x + COLUMN, y);
  if (inserted?.type === 'insertNode') {
    // The edge from the decision to the old successor is its "yes".
    commands.push({ type: 'updateEdge', id: inserted.newEdgeId, patch: { branch: 'yes' } });
    const noSpot = branchSpot(decisionNode.y + stepHeight(decisionNode) + LANE.gapY);
    commands.push({
      type: 'addNode',
      node: blank(newId(), 'step', from.laneId, noSpot.x, noSpot.y),
      after: { source: decisionNode.id, edgeId: newId(), label: '', branch: 'no' },
    });
  } else {
    const yesSpot = branchSpot(decisionNode.y);
    const yes = blank(newId(), 'step', from.laneId, yesSpot.x, yesSpot.y);
    const noSpot = freeSpotInLane(
      { nodes: [...after.nodes, yes] },
      from.laneId,
      decisionNode.x + COLUMN,
      decisionNode.y + stepHeight(decisionNode) + LANE.gapY,
    );
    commands.push({
      type: 'addNode',
      node: yes,
      after: { source: decisionNode.id, edgeId: newId(), label: '', branch: 'yes' },
    });
    commands.push({
      type: 'addNode',
      node: blank(newId(), 'step', from.laneId, noSpot.x, noSpot.y),
      after: { source: decisionNode.id, edgeId: newId(), label: '', branch: 'no' },
    });
  }
  return { command: { type: 'batch', label: 'decision', commands }, nodeId: first.nodeId };
}

/**
 * A decision's first unnamed branch step ("yes" before "no"), where naming the decision continues; undefined for
 * any other node or when both branches already have text.
 */
export function blankBranch(doc: ProcessMapDoc, decisionId: string): string | undefined {
  if (doc.nodes.find((n) => n.id === decisionId)?.kind !== 'decision') return undefined;
  const rank = (b: string | null) => (b === 'yes' ? 0 : b === 'no' ? 1 : 2);
  const text = new Map(doc.nodes.map((n) => [n.id, n.text]));
  return liveEdges(doc)
    .filter((e) => e.source === decisionId && text.get(e.target)?.trim() === '')
    .sort((a, b) => rank(a.branch) - rank(b.branch))[0]?.target;
}

export type ConnectOutcome = { ok: true; command: SingleProcessMapCommand } | { ok: false; key: TranslationKey };

/** "Connect to…": an edge from `source` to `target`; a self-link or a second identical edge is refused with a message key. */
export function connectCommand(doc: ProcessMapDoc, source: string, target: string, edgeId: string): ConnectOutcome {
  if (source === target) return { ok: false, key: 'processMap.errors.selfLoop' };
  if (doc.edges.some((e) => e.source === source && e.target === target))
    return { ok: false, key: 'processMap.errors.duplicateEdge' };
  const src = doc.nodes.find((n) => n.id === source);
  if (!src || !doc.nodes.some((n) => n.id === target)) return { ok: false, key: 'errors.board.noSuchItem' };
  // A cycle (a rework loop) is allowed: the map shows it as a connection going back.
  return {
    ok: true,
    command: { type: 'addEdge', edge: { id: edgeId, source, target, label: '', branch: nextBranch(doc, src) } },
  };
}

/** Non-empty lines of pasted text, trimmed; each becomes one step. */
export function pastedLines(text: string): string[] {
  return pastedTextLines(text, PM_LIMITS.nodeText);
}

export interface PasteResult {
  command: ProcessMapCommand | null;
  nodeIds: string[];
  /** Lines left out because of the per-paste limit. */
  skipped: number;
}

/**
 * Pasted lines become steps chained in order in `laneId`, after `after` when a step is selected (they are inserted
 * before its successor, if it has exactly one), else after the lane's last step. One batch: one undo step.
 */
export function pasteStepsCommand(
  doc: ProcessMapDoc,
  lines: readonly string[],
  laneId: string,
  after: ProcessNode | undefined,
  newId: NewId,
): PasteResult {
  const room = Math.max(0, Math.min(MAX_PASTED_STEPS, PM_LIMITS.nodes - doc.nodes.length));
  const taken = lines.slice(0, room);
  const skipped = lines.length - taken.length;
  if (taken.length === 0) return { command: null, nodeIds: [], skipped };
  const commands: SingleProcessMapCommand[] = [];
  const inLane = doc.nodes.filter((n) => n.laneId === laneId);
  const anchor = after ?? (inLane.length > 0 ? inLane.reduce((a, b) => (b.x > a.x ? b : a)) : undefined);
  const split = after ? splittableEdge(doc, after) : undefined;
  const x0 = anchor ? anchor.x + COLUMN : LANE.originX;
  const y0 = anchor && anchor.laneId === laneId ? anchor.y : LANE.pad;
  if (after) {
    // Room for the whole list right of the step it follows.
    const positions = doc.nodes
      .filter((n) => n.x > after.x)
      .map((n) => ({ id: n.id, laneId: n.laneId, x: n.x + COLUMN * Math.min(PASTE_ROW, taken.length), y: n.y }));
    if (positions.length > 0) commands.push({ type: 'applyLayout', positions });
  }
  const nodeIds: string[] = [];
  let prev = after?.id ?? null;
  // Each row of pasted steps starts below the tallest step of the row above (a step is as tall as its text).
  const rowTop: number[] = [y0];
  taken.forEach((text, i) => {
    const row = Math.floor(i / PASTE_ROW);
    const h = stepHeight({ kind: 'step', text });
    rowTop[row + 1] = Math.max(rowTop[row + 1] ?? 0, rowTop[row]! + h + LANE.gapY);
  });
  taken.forEach((text, i) => {
    const id = newId();
    const row = Math.floor(i / PASTE_ROW);
    const node = blank(id, 'step', laneId, x0 + (i % PASTE_ROW) * COLUMN, rowTop[row]!, text);
    if (i === 0 && split) {
      commands.push({ type: 'insertNode', node, edgeId: split.id, newEdgeId: newId() });
    } else if (i > 0 && split) {
      // Keep inserting into the edge that now leads from the previous new step to the old successor.
      const lastInsert = [...commands].reverse().find((c) => c.type === 'insertNode');
      commands.push({
        type: 'insertNode',
        node,
        edgeId: lastInsert!.type === 'insertNode' ? lastInsert!.newEdgeId : split.id,
        newEdgeId: newId(),
      });
    } else {
      commands.push({
        type: 'addNode',
        node,
        ...(prev ? { after: { source: prev, edgeId: newId(), label: '', branch: null } } : {}),
      });
    }
    nodeIds.push(id);
    prev = id;
  });
  return { command: { type: 'batch', label: 'paste', commands }, nodeIds, skipped };
}
