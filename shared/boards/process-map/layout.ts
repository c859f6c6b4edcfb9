/**
 * The process map's one layout, shared by the canvas ("Järjestä", auto-layout) and the picture (projector, gallery
 * walk, storyboard, Excel): columns follow the flow (parallel steps share a column), lanes stay horizontal bands,
 * boxes have the size their text needs, and connectors are routed orthogonally by ELK's layered algorithm so they
 * never cross a step's box. See docs/architecture.md ("Process map layout").
 */
import { type NodePosition, type ProcessEdge, type ProcessMapDoc, type ProcessNode } from './model';
import { LANE, snap } from './geometry';
import { flowOrder, liveEdges } from './flow';
import { stepSize } from './step-text';
import { elkLayoutSync, type ElkGraph, type ElkNode, type ElkPoint } from './elk-sync';

export interface BoxSize {
  width: number;
  height: number;
}

/** Spacing of a layout, in the layout's own units (board units on the canvas, picture units in a picture). */
export interface MapSpacing {
  /** Smallest gap between two columns (ELK widens it where connectors need channels). */
  gapX: number;
  /** Gap between two rows of one lane. */
  gapY: number;
  /** Space above the first row and below the last row inside a lane. */
  lanePad: number;
  /** Height of a lane without steps. */
  emptyLaneHeight: number;
}

/** What a layout needs beyond the document: box sizes, connector label sizes, lanes' smallest heights. */
export interface MapMetrics {
  sizeOf(n: ProcessNode): BoxSize;
  /** Size of an edge's label box (branch or typed label), or null when it has none. */
  labelOf?(e: ProcessEdge): BoxSize | null;
  /** Smallest height of each lane (by lane index), e.g. for its wrapped name. */
  laneMinHeight?: readonly number[];
  spacing: MapSpacing;
}

export interface LaidBox {
  id: string;
  laneIndex: number;
  /** Column in flow order (0 = first); steps that happen in parallel share one. */
  column: number;
  /** Row inside the lane within its column (0 = top). */
  row: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LaidLane {
  id: string;
  index: number;
  top: number;
  height: number;
}

export interface LaidEdge {
  id: string;
  source: string;
  target: string;
  /** Orthogonal polyline from the source's side to the target's side (start, bends, end). */
  points: ElkPoint[];
  /** Where ELK put the label (next to the source, with room kept free of steps), when the edge has one. */
  label: { x: number; y: number; width: number; height: number } | null;
}

export interface MapLayout {
  boxes: LaidBox[];
  byId: Map<string, LaidBox>;
  lanes: LaidLane[];
  edges: LaidEdge[];
  /** Horizontal extent of each column (index = column). */
  columns: { left: number; right: number }[];
  width: number;
  height: number;
  /** Node ids in flow order (the reading order of sections). */
  order: string[];
}

/**
 * A column for every step from the flow: edges that close a loop (rework) are set aside by a depth-first walk in flow
 * order, then each step sits one column right of its latest predecessor (longest-path layering). Separate pieces of
 * the map (and unconnected steps) follow each other left to right in flow order.
 */
export function flowColumns(doc: Pick<ProcessMapDoc, 'lanes' | 'nodes' | 'edges'>): Map<string, number> {
  const order = flowOrder(doc);
  const rank = new Map(order.map((id, i) => [id, i]));
  const out = new Map<string, string[]>();
  for (const e of liveEdges(doc)) (out.get(e.source) ?? out.set(e.source, []).get(e.source)!).push(e.target);
  for (const list of out.values()) list.sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));

  // Depth-first walk: an edge to a step still on the walk's stack closes a loop.
  const state = new Map<string, 1 | 2>();
  const forward = new Map<string, string[]>();
  for (const root of order) {
    if (state.has(root)) continue;
    const stack: { id: string; i: number }[] = [{ id: root, i: 0 }];
    state.set(root, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const next = out.get(top.id) ?? [];
      if (top.i >= next.length) {
        state.set(top.id, 2);
        stack.pop();
        continue;
      }
      const t = next[top.i++]!;
      const s = state.get(t);
      if (s === 1) continue;
      (forward.get(top.id) ?? forward.set(top.id, []).get(top.id)!).push(t);
      if (s === undefined) {
        state.set(t, 1);
        stack.push({ id: t, i: 0 });
      }
    }
  }

  // Longest path over the loop-free edges, in topological order (Kahn), with pieces of the map kept apart.
  const indeg = new Map<string, number>();
  for (const list of forward.values()) for (const t of list) indeg.set(t, (indeg.get(t) ?? 0) + 1);
  const piece = new Map<string, number>();
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  for (const [s, list] of forward)
    for (const t of list) {
      const a = find(s);
      const b = find(t);
      if (a !== b)
        parent.set((rank.get(a) ?? 0) > (rank.get(b) ?? 0) ? a : b, (rank.get(a) ?? 0) > (rank.get(b) ?? 0) ? b : a);
    }
  const pieceOrder: string[] = [];
  for (const id of order) {
    const r = find(id);
    if (!piece.has(r)) {
      piece.set(r, pieceOrder.length);
      pieceOrder.push(r);
    }
  }
  const local = new Map<string, number>();
  const queue = order.filter((id) => !indeg.get(id));
  for (const id of queue) local.set(id, 0);
  for (let qi = 0; qi < queue.length; qi++) {
    const id = queue[qi]!;
    for (const t of forward.get(id) ?? []) {
      local.set(t, Math.max(local.get(t) ?? 0, (local.get(id) ?? 0) + 1));
      const d = (indeg.get(t) ?? 0) - 1;
      indeg.set(t, d);
      if (d === 0) queue.push(t);
    }
  }
  const width = new Map<number, number>();
  for (const id of order) {
    const p = piece.get(find(id)) ?? 0;
    width.set(p, Math.max(width.get(p) ?? 0, (local.get(id) ?? 0) + 1));
  }
  const offset: number[] = [];
  let acc = 0;
  for (let p = 0; p < pieceOrder.length; p++) {
    offset.push(acc);
    acc += width.get(p) ?? 1;
  }
  const columns = new Map<string, number>();
  for (const id of order) columns.set(id, (offset[piece.get(find(id)) ?? 0] ?? 0) + (local.get(id) ?? 0));
  return columns;
}

const ELK_OPTIONS = (s: MapSpacing): Record<string, string> => ({
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.edgeRouting': 'ORTHOGONAL',
  // Our columns and rows are the input: ELK keeps them (interactive phases) and routes the connectors.
  'elk.layered.cycleBreaking.strategy': 'INTERACTIVE',
  'elk.layered.layering.strategy': 'INTERACTIVE',
  'elk.layered.crossingMinimization.strategy': 'INTERACTIVE',
  'elk.layered.nodePlacement.strategy': 'INTERACTIVE',
  // The phases above keep our order, so ELK's extra sweeps find nothing better: the same drawing, ~40 % faster.
  'elk.layered.thoroughness': '1',
  'elk.separateConnectedComponents': 'false',
  'elk.padding': '[top=0,left=0,bottom=0,right=0]',
  'elk.spacing.nodeNode': String(s.gapY),
  'elk.layered.spacing.nodeNodeBetweenLayers': String(s.gapX),
  'elk.spacing.edgeNode': String(Math.max(8, s.gapY / 2)),
  'elk.layered.spacing.edgeNodeBetweenLayers': String(Math.max(8, s.gapX / 3)),
  'elk.spacing.edgeEdge': String(Math.max(6, s.gapY / 4)),
  'elk.layered.spacing.edgeEdgeBetweenLayers': String(Math.max(6, s.gapX / 5)),
});

/** How many times the lanes are grown and ELK run again when a routed connector pushed a step out of its lane. */
const MAX_PASSES = 3;
/** Columns per ELK run (see layoutProcessMap). */
const CHUNK_COLUMNS = 40;

/** Which of the layout's stretches (each laid out by its own ELK run) holds a column. */
export const layoutStretch = (column: number): number => Math.floor(column / CHUNK_COLUMNS);

/**
 * Lays the map out: columns from `flowColumns`, rows inside each lane, box sizes from `sizeOf`, then ELK layered
 * (interactive phases, orthogonal routing) for the final places and the connectors. Pure and deterministic.
 */
export function layoutProcessMap(
  doc: Pick<ProcessMapDoc, 'lanes' | 'nodes' | 'edges'>,
  metrics: MapMetrics,
): MapLayout {
  // Everything the layout depends on, so a redraw whose geometry did not change (a typo fixed, the audience view
  // drawing at two sizes, a theme switch) reuses the ELK run instead of repeating it.
  const laneIds = new Set(doc.lanes.map((l) => l.id));
  const live = doc.nodes.filter((n) => laneIds.has(n.laneId));
  const sub = { lanes: doc.lanes, nodes: live, edges: doc.edges };
  const columns = flowColumns(sub);
  const order = flowOrder(sub);
  const byId = new Map(live.map((n) => [n.id, n]));
  const key = JSON.stringify([
    metrics.spacing,
    metrics.laneMinHeight ?? [],
    doc.lanes.map((l) => l.id),
    order.map((id) => {
      const n = byId.get(id)!;
      const size = metrics.sizeOf(n);
      return [id, n.laneId, columns.get(id), size.width, size.height];
    }),
    doc.edges.map((e) => [e.id, e.source, e.target, metrics.labelOf?.(e) ?? null]),
  ]);
  const hit = layoutCache.get(key);
  if (hit) return hit;
  const out = layoutUncached(doc, metrics, order, columns);
  if (layoutCache.size >= LAYOUT_CACHE_SIZE) layoutCache.delete(layoutCache.keys().next().value!);
  layoutCache.set(key, out);
  return out;
}

/** Recent layouts by their inputs (see layoutProcessMap); layouts are never mutated once returned. */
const layoutCache = new Map<string, MapLayout>();
const LAYOUT_CACHE_SIZE = 16;

/** One stretch of columns laid out by ELK in its own frame: lanes as tall as this stretch needs, x from 0. */
interface ChunkLayout {
  boxes: { id: string; laneIndex: number; x: number; y: number; width: number; height: number }[];
  edgeParts: { id: string; points: ElkPoint[]; label: LaidEdge['label'] }[];
  laneHeights: number[];
  width: number;
}

/**
 * Stretch layouts by their whole input: a coach's edit changes one stretch, and the others' ELK runs (most of a
 * big map's picture) are reused. Layouts are never mutated once stored; the oldest go first.
 */
const chunkCache = new Map<string, ChunkLayout>();
const CHUNK_CACHE_SIZE = 256;

/** What one stretch's ELK run needs: its steps planned in rows, its connectors (with stand-ins at its edges). */
interface ChunkInput {
  nodes: { id: string; laneIndex: number; row: number; x: number; width: number; height: number }[];
  /** Connectors inside the stretch, and halves of those leaving it ('>' to the right) or entering it ('<'). */
  edges: { id: string; source: string; target: string; label: BoxSize | null }[];
  /** Steps' rows by lane: each row as tall as its tallest step in this stretch. */
  rowHeights: number[][];
  laneMinHeight: number[];
  right: number;
}

/**
 * One stretch through ELK: rows stacked in their lanes, then ELK's places and routes; when a routed connector
 * pushed a step below its lane, the lane grows and ELK runs again (at most MAX_PASSES times).
 */
function layoutChunk(input: ChunkInput, spacing: MapSpacing): ChunkLayout {
  const rowTop = input.rowHeights.map((rows) => {
    const tops: number[] = [];
    let y = spacing.lanePad;
    for (const h of rows) {
      tops.push(y);
      y += (h ?? 0) + spacing.gapY;
    }
    return { tops, height: rows.length > 0 ? y - spacing.gapY + spacing.lanePad : spacing.emptyLaneHeight };
  });
  const laneHeights = rowTop.map((r, i) => Math.max(r.height, input.laneMinHeight[i] ?? 0));
  const stepIds = new Set(input.nodes.map((n) => n.id));
  let out: ChunkLayout = { boxes: [], edgeParts: [], laneHeights, width: 0 };
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const laneTops: number[] = [];
    let top = 0;
    for (const h of laneHeights) {
      laneTops.push(top);
      top += h;
    }
    const planned = new Map<string, number>();
    const children: ElkNode[] = [];
    for (const n of input.nodes) {
      const rowH = input.rowHeights[n.laneIndex]![n.row] ?? n.height;
      const y = laneTops[n.laneIndex]! + rowTop[n.laneIndex]!.tops[n.row]! + (rowH - n.height) / 2;
      planned.set(n.id, y);
      children.push({ id: n.id, width: n.width, height: n.height, x: n.x, y });
    }
    const childById = new Map(children.map((ch) => [ch.id, ch]));
    const elkEdges: ElkGraph['edges'] = [];
    for (const e of input.edges) {
      // A stand-in point at the stretch's edge, level with the step inside.
      for (const [end, inside, x] of [
        [e.target, e.source, input.right],
        [e.source, e.target, -spacing.gapX * 2],
      ] as const) {
        if (stepIds.has(end)) continue;
        const b = childById.get(inside)!;
        const y = (b.y ?? 0) + b.height / 2;
        children.push({ id: end, width: 1, height: 1, x, y });
        planned.set(end, y);
      }
      const labels = e.label
        ? [
            {
              id: `${e.id}:label`,
              text: e.id,
              width: e.label.width,
              height: e.label.height,
              layoutOptions: { 'elk.edgeLabels.placement': 'TAIL' },
            },
          ]
        : undefined;
      elkEdges.push({ id: e.id, sources: [e.source], targets: [e.target], ...(labels ? { labels } : {}) });
    }
    const laid = elkLayoutSync({ id: 'map', layoutOptions: ELK_OPTIONS(spacing), children, edges: elkEdges });
    // ELK moves the drawing as a whole and may push a step down to make room for a connector passing its column.
    let delta = Infinity;
    let minX = Infinity;
    let maxX = -Infinity;
    for (const ch of laid.children) {
      if (stepIds.has(ch.id)) delta = Math.min(delta, (ch.y ?? 0) - planned.get(ch.id)!);
      minX = Math.min(minX, ch.x ?? 0);
      maxX = Math.max(maxX, (ch.x ?? 0) + ch.width);
    }
    for (const e of laid.edges) {
      for (const sec of e.sections ?? []) {
        for (const p of [sec.startPoint, ...(sec.bendPoints ?? []), sec.endPoint]) {
          minX = Math.min(minX, p.x);
          maxX = Math.max(maxX, p.x);
        }
      }
      for (const l of e.labels ?? []) {
        minX = Math.min(minX, l.x ?? 0);
        maxX = Math.max(maxX, (l.x ?? 0) + l.width);
      }
    }
    if (!Number.isFinite(delta)) delta = 0;
    if (!Number.isFinite(minX)) {
      minX = 0;
      maxX = 0;
    }
    const laneOf = new Map(input.nodes.map((n) => [n.id, n.laneIndex]));
    let grown = false;
    const boxes: ChunkLayout['boxes'] = [];
    for (const ch of laid.children) {
      const li = laneOf.get(ch.id);
      if (li === undefined) continue;
      const y = (ch.y ?? 0) - delta;
      const bottom = y + ch.height + spacing.lanePad;
      const laneBottom = laneTops[li]! + laneHeights[li]!;
      if (bottom > laneBottom + 0.5) {
        laneHeights[li] = laneHeights[li]! + (bottom - laneBottom);
        grown = true;
      }
      boxes.push({ id: ch.id, laneIndex: li, x: (ch.x ?? 0) - minX, y, width: ch.width, height: ch.height });
    }
    const edgeParts = laid.edges.map((e) => {
      const pts: ElkPoint[] = [];
      for (const sec of e.sections ?? []) pts.push(sec.startPoint, ...(sec.bendPoints ?? []), sec.endPoint);
      const l = e.labels?.[0];
      return {
        id: e.id,
        points: pts.map((p) => ({ x: p.x - minX, y: p.y - delta })),
        label: l ? { x: (l.x ?? 0) - minX, y: (l.y ?? 0) - delta, width: l.width, height: l.height } : null,
      };
    });
    out = { boxes, edgeParts, laneHeights: [...laneHeights], width: maxX - minX };
    if (!grown) break;
  }
  return out;
}

function cachedChunk(input: ChunkInput, spacing: MapSpacing): ChunkLayout {
  const key = JSON.stringify([spacing, input]);
  const hit = chunkCache.get(key);
  if (hit) return hit;
  const out = layoutChunk(input, spacing);
  if (chunkCache.size >= CHUNK_CACHE_SIZE) chunkCache.delete(chunkCache.keys().next().value!);
  chunkCache.set(key, out);
  return out;
}

/**
 * A stretch's y in the whole map: each lane of the stretch, as tall as the stretch needed, is centred in the map's
 * lane (as tall as its tallest stretch needed). The map is a translation inside each lane and only adds room
 * between lanes, so it keeps connectors orthogonal and off the steps.
 */
function laneMapper(local: readonly number[], tops: readonly number[], heights: readonly number[]) {
  const localTops: number[] = [];
  let top = 0;
  for (const h of local) {
    localTops.push(top);
    top += h;
  }
  const shift = local.map((h, li) => tops[li]! + (heights[li]! - h) / 2 - localTops[li]!);
  return (y: number): number => {
    let li = 0;
    while (li + 1 < local.length && y >= localTops[li + 1]!) li++;
    return y + (shift[li] ?? 0);
  };
}

/** The layout itself; `order` and `columnOf` are flowOrder and flowColumns of the steps in existing lanes. */
function layoutUncached(
  doc: Pick<ProcessMapDoc, 'lanes' | 'nodes' | 'edges'>,
  metrics: MapMetrics,
  order: string[],
  columnOf: Map<string, number>,
): MapLayout {
  const { sizeOf, spacing } = metrics;
  const laneIndex = new Map(doc.lanes.map((l, i) => [l.id, i]));
  const nodes = doc.nodes.filter((n) => laneIndex.has(n.laneId));
  const rank = new Map(order.map((id, i) => [id, i]));
  const sizes = new Map(nodes.map((n) => [n.id, sizeOf(n)]));
  const byNodeId = new Map(nodes.map((n) => [n.id, n]));

  // Rows: steps of one lane in one column stack top-down in flow order.
  const cell = new Map<string, string[]>();
  for (const id of order) {
    const n = byNodeId.get(id)!;
    const key = `${laneIndex.get(n.laneId)}:${columnOf.get(id)}`;
    (cell.get(key) ?? cell.set(key, []).get(key)!).push(id);
  }
  const rowOf = new Map<string, number>();
  for (const ids of cell.values()) ids.forEach((id, r) => rowOf.set(id, r));
  const columnCount = Math.max(0, ...[...columnOf.values()].map((c) => c + 1));
  const columnWidth = Array.from({ length: columnCount }, () => 0);
  for (const n of nodes)
    columnWidth[columnOf.get(n.id)!] = Math.max(columnWidth[columnOf.get(n.id)!] ?? 0, sizes.get(n.id)!.width);
  const columnX: number[] = [];
  let cx = 0;
  for (let c = 0; c < columnCount; c++) {
    columnX.push(cx);
    cx += (columnWidth[c] ?? 0) + spacing.gapX * 2;
  }

  const liveIds = new Set(nodes.map((n) => n.id));
  const edges = doc.edges.filter((e) => liveIds.has(e.source) && liveIds.has(e.target) && e.source !== e.target);

  // ELK runs on stretches of at most CHUNK_COLUMNS columns, each in its own frame (its cost grows with every column
  // a connector spans, and a stretch whose input did not change is reused); a connector between two stretches ends
  // at a stand-in point at the stretch's edge, and the two ends are joined in the empty gap between the stretches
  // (next stretch) or along a corridor below the lanes (any other).
  const chunks: [number, number][] = [];
  for (let c = 0; c < Math.max(1, columnCount); c += CHUNK_COLUMNS)
    chunks.push([c, Math.min(Math.max(1, columnCount), c + CHUNK_COLUMNS)]);
  const chunkOf = (id: string) => layoutStretch(columnOf.get(id) ?? 0);
  const crossing = edges.filter((e) => chunkOf(e.source) !== chunkOf(e.target));
  const chunkGap = (k: number) =>
    spacing.gapX * 2 + 8 * crossing.filter((e) => chunkOf(e.source) === k || chunkOf(e.target) === k + 1).length;
  const laneMin = doc.lanes.map((_, i) => metrics.laneMinHeight?.[i] ?? 0);
  const chunkOut = chunks.map(([c0, c1], k) => {
    const input: ChunkInput = {
      nodes: [],
      edges: [],
      rowHeights: doc.lanes.map(() => []),
      laneMinHeight: laneMin,
      right: (columnX[c1 - 1] ?? 0) - (columnX[c0] ?? 0) + (columnWidth[c1 - 1] ?? 0) + spacing.gapX * 2,
    };
    for (const id of order) {
      const c = columnOf.get(id)!;
      if (c < c0 || c >= c1) continue;
      const li = laneIndex.get(byNodeId.get(id)!.laneId)!;
      const r = rowOf.get(id)!;
      const size = sizes.get(id)!;
      const rows = input.rowHeights[li]!;
      rows[r] = Math.max(rows[r] ?? 0, size.height);
      const x = columnX[c]! - columnX[c0]! + ((columnWidth[c] ?? 0) - size.width) / 2;
      input.nodes.push({ id, laneIndex: li, row: r, x, width: size.width, height: size.height });
    }
    for (const e of edges) {
      const sIn = chunkOf(e.source) === k;
      const tIn = chunkOf(e.target) === k;
      if (!sIn && !tIn) continue;
      input.edges.push({
        id: e.id,
        source: sIn ? e.source : `<${e.id}`,
        target: tIn ? e.target : `>${e.id}`,
        label: sIn ? (metrics.labelOf?.(e) ?? null) : null,
      });
    }
    return cachedChunk(input, spacing);
  });

  // Lanes as tall as their tallest stretch needs; each stretch is moved into them.
  const laneHeights = doc.lanes.map((_, li) => Math.max(...chunkOut.map((ch) => ch.laneHeights[li] ?? 0)));
  const laneTops: number[] = [];
  let top = 0;
  for (const h of laneHeights) {
    laneTops.push(top);
    top += h;
  }
  const boxesOut: LaidBox[] = [];
  const edgeParts = new Map<string, { points: ElkPoint[]; label: LaidEdge['label'] }[]>();
  const chunkRight: number[] = [];
  let xOffset = chunks.length > 1 ? chunkGap(-1) : 0;
  chunkOut.forEach((ch, k) => {
    const mapY = laneMapper(ch.laneHeights, laneTops, laneHeights);
    for (const b of ch.boxes)
      boxesOut.push({
        id: b.id,
        laneIndex: b.laneIndex,
        column: columnOf.get(b.id) ?? 0,
        row: rowOf.get(b.id) ?? 0,
        x: b.x + xOffset,
        y: mapY(b.y),
        width: b.width,
        height: b.height,
      });
    for (const part of ch.edgeParts) {
      const l = part.label;
      (edgeParts.get(part.id) ?? edgeParts.set(part.id, []).get(part.id)!).push({
        points: part.points.map((p) => ({ x: p.x + xOffset, y: mapY(p.y) })),
        label: l ? { x: l.x + xOffset, y: mapY(l.y), width: l.width, height: l.height } : null,
      });
    }
    chunkRight.push(xOffset + ch.width);
    xOffset += ch.width + chunkGap(k);
  });
  const lanes: LaidLane[] = doc.lanes.map((l, index) => ({
    id: l.id,
    index,
    top: laneTops[index] ?? 0,
    height: laneHeights[index] ?? spacing.emptyLaneHeight,
  }));
  const boxes = boxesOut.sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
  const byId = new Map(boxes.map((b) => [b.id, b]));
  let lanesBottom = lanes.reduce((a, l) => a + l.height, 0);
  for (const b of boxes) lanesBottom = Math.max(lanesBottom, b.y + b.height + spacing.lanePad);
  const last = lanes[lanes.length - 1];
  if (last) last.height = lanesBottom - last.top;

  // Joins of connectors between stretches: own vertical lane in the gap, own corridor row below the lanes.
  const gapSlots = new Map<number, number>();
  const slotIn = (k: number) => {
    const n = (gapSlots.get(k) ?? 0) + 1;
    gapSlots.set(k, n);
    return (k < 0 ? 0 : chunkRight[k]!) + 4 + n * 8 - 8 + spacing.gapX / 2;
  };
  let corridors = 0;
  const laidEdges: LaidEdge[] = edges.map((e) => {
    const parts = edgeParts.get(e.id) ?? [];
    const label = parts.find((p) => p.label)?.label ?? null;
    if (parts.length < 2)
      return { id: e.id, source: e.source, target: e.target, points: parts[0]?.points ?? [], label };
    const ks = chunkOf(e.source);
    const kt = chunkOf(e.target);
    const a = parts[ks < kt ? 0 : 1]!.points;
    const b = parts[ks < kt ? 1 : 0]!.points;
    const from = a[a.length - 1]!;
    const to = b[0]!;
    let join: ElkPoint[];
    if (kt === ks + 1) {
      const gx = slotIn(ks);
      join = [
        { x: gx, y: from.y },
        { x: gx, y: to.y },
      ];
    } else {
      const gx1 = slotIn(ks);
      const gx2 = slotIn(kt - 1);
      const cy = lanesBottom + spacing.gapY * (1 + corridors++);
      join = [
        { x: gx1, y: from.y },
        { x: gx1, y: cy },
        { x: gx2, y: cy },
        { x: gx2, y: to.y },
      ];
    }
    return { id: e.id, source: e.source, target: e.target, points: [...a, ...join, ...b], label };
  });
  const columns = Array.from({ length: columnCount }, () => ({ left: Infinity, right: -Infinity }));
  for (const b of boxes) {
    const c = columns[b.column]!;
    c.left = Math.min(c.left, b.x);
    c.right = Math.max(c.right, b.x + b.width);
  }
  // A branch label belongs to its decision's column, so a cut between columns never splits it.
  for (const e of laidEdges) {
    const src = byId.get(e.source);
    if (e.label && src) columns[src.column]!.right = Math.max(columns[src.column]!.right, e.label.x + e.label.width);
  }
  let width = 0;
  for (const b of boxes) width = Math.max(width, b.x + b.width);
  for (const e of laidEdges) {
    for (const p of e.points) width = Math.max(width, p.x);
    if (e.label) width = Math.max(width, e.label.x + e.label.width);
  }
  const height = lanesBottom + (corridors > 0 ? spacing.gapY * (corridors + 1) : 0);
  return { boxes, byId, lanes, edges: laidEdges, columns, width, height, order: order.filter((id) => byId.has(id)) };
}

/** Canvas spacing: the board's lane padding and gaps around fixed-size steps. */
const CANVAS_SPACING: MapSpacing = {
  gapX: LANE.gapX / 2,
  gapY: LANE.gapY,
  lanePad: LANE.pad,
  emptyLaneHeight: LANE.minHeight,
};

/**
 * Auto-layout of the canvas ("Järjestä"): the same layout as the picture, with the canvas's step sizes (NODE_SIZE wide,
 * as tall as the wrapped text).
 * Positions are snapped to the board grid and given as lane offsets; the result goes to the board as one
 * `applyLayout` command.
 */
export function autoLayout(doc: Pick<ProcessMapDoc, 'lanes' | 'nodes' | 'edges'>): NodePosition[] {
  if (doc.nodes.length === 0) return [];
  const layout = layoutProcessMap(doc, { sizeOf: (n) => stepSize(n), spacing: CANVAS_SPACING });
  const nodeById = new Map(doc.nodes.map((n) => [n.id, n]));
  return layout.boxes.map((b) => {
    const lane = layout.lanes[b.laneIndex]!;
    return {
      id: b.id,
      laneId: nodeById.get(b.id)!.laneId,
      x: LANE.originX + snap(b.x),
      y: Math.min(20_000, Math.max(0, snap(b.y - lane.top))),
    };
  });
}
