/**
 * Where a process map is cut when it cannot be shown whole: stretches of the flow (runs of columns) across all
 * lanes, in flow order; a stretch taller than the screen is cut further between steps (or, for a step taller than
 * the screen, between two of its text lines). Every step belongs to exactly one window: the one holding its top.
 */
import { BADGE, BOX_PAD_Y, LINE_HEIGHT, MAP_FONT, MAP_SPACING, type MapDrawing } from './drawing';
import type { LaidBox } from './layout';

/** A window onto the drawing, in layout units, and the steps it holds. */
export interface MapWindow {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  stepIds: string[];
  /**
   * Gutters for continuation stubs beside the window (continuations.ts), left and right, in layout units: only on a
   * side where a connector may be cut, so the first and last stretches of a flow give their room to steps.
   */
  gutters?: { left: number; right: number };
}

/** Margin left of the map's first column and right of its last, in layout units. */
export const EDGE = MAP_FONT * 0.3;

/**
 * Room above the first lane for what stands on the outline of a step at the lane's top: a number tag (its foot just
 * inside the box, see numberTag in picture.ts) or a problem badge, less the lane's own padding.
 */
export const TOP = Math.max(0, BADGE.height - BOX_PAD_Y * 0.5 - MAP_SPACING.lanePad) + 1;

/** A stretch that is not the last fills at least this share of the screen's width, unless the next column would not fit. */
export const STRETCH_FILL = 0.6;

/**
 * Column stretches no wider than maxW, each a list of column indexes in flow order: as few stretches as possible
 * (greedy packing gives that count), and among the ways to cut the flow into that many, the one whose cuts cross the
 * fewest connectors (then the most even widths), every stretch but the last filling STRETCH_FILL of the width (or as full as the next column
 * allows). Dynamic programming over the column boundaries.
 */
function stretches(
  d: MapDrawing,
  maxW: number,
  gutter: number,
  split: boolean,
): { x0: number; x1: number; columns: number[]; left: number; right: number }[] {
  const cols = d.layout.columns.map((c, i) => ({ ...c, i })).filter((c) => Number.isFinite(c.left));
  cols.sort((a, b) => a.left - b.left || a.i - b.i);
  const n = cols.length;
  if (n === 0) return [{ x0: 0, x1: Math.max(1, d.layout.width), columns: [], left: 0, right: 0 }];
  // The first and last stretch keep a margin so the outlines at the map's ends are not clipped.
  const cut = (k: number): number =>
    k + 1 < n ? (cols[k]!.right + cols[k + 1]!.left) / 2 : Math.max(d.layout.width, cols[k]!.right) + EDGE;
  const start = (k: number): number => (k === 0 ? -EDGE : cut(k - 1));
  // Connectors crossing the boundary after position k (difference array over column positions).
  const pos = new Map(cols.map((c, k) => [c.i, k]));
  const diff = new Array<number>(n + 1).fill(0);
  for (const e of d.layout.edges) {
    const a = pos.get(d.layout.byId.get(e.source)?.column ?? -1);
    const b = pos.get(d.layout.byId.get(e.target)?.column ?? -1);
    if (a === undefined || b === undefined || a === b) continue;
    diff[Math.min(a, b)]!++;
    diff[Math.max(a, b)]!--;
  }
  const crossing: number[] = [];
  let acc = 0;
  for (let k = 0; k < n; k++) crossing.push((acc += diff[k]!));
  // Loops back over a boundary: into the first stretch from after it (its left gutter), out of the last stretch to
  // before it (its right gutter). Every other stretch, and every window of a stretch cut in height, has both.
  const backInto = new Array<number>(n + 1).fill(0);
  const backOut = new Array<number>(n + 1).fill(0);
  for (const e of d.layout.edges) {
    const a = pos.get(d.layout.byId.get(e.source)?.column ?? -1);
    const b = pos.get(d.layout.byId.get(e.target)?.column ?? -1);
    if (a === undefined || b === undefined || b >= a) continue;
    backInto[b]!++;
    backInto[a]!--;
    backOut[b + 1]!++;
    backOut[a + 1]!--;
  }
  for (let k = 1; k <= n; k++) {
    backInto[k]! += backInto[k - 1]!;
    backOut[k]! += backOut[k - 1]!;
  }
  const left = (i: number, j: number) => (split || i > 0 || backInto[j]! > 0 ? gutter : 0);
  const right = (i: number, j: number) => (split || j < n - 1 || backOut[i]! > 0 ? gutter : 0);
  const widthOf = (i: number, j: number) => cut(j) - start(i) + left(i, j) + right(i, j);
  // best[i]: fewest stretches, then fewest crossings, for columns i..n-1; next[i]: where the next stretch starts.
  // Then the smallest widest stretch: sections of even width share a larger scale and read alike.
  type Cost = { count: number; cuts: number; peak: number };
  const better = (a: Cost, b: Cost) => a.count - b.count || a.cuts - b.cuts || a.peak - b.peak;
  const best: Cost[] = new Array(n + 1);
  const next = new Array<number>(n + 1).fill(n);
  best[n] = { count: 0, cuts: 0, peak: 0 };
  for (let i = n - 1; i >= 0; i--) {
    let choice: Cost | null = null;
    for (let j = i; j < n; j++) {
      const w = widthOf(i, j);
      if (w > maxW && j > i) break;
      const last = j === n - 1;
      const full = last || w >= STRETCH_FILL * maxW || widthOf(i, j + 1) > maxW || w > maxW;
      if (!full) continue;
      const rest = best[j + 1]!;
      const cand = { count: rest.count + 1, cuts: rest.cuts + (last ? 0 : crossing[j]!), peak: Math.max(w, rest.peak) };
      if (!choice || better(cand, choice) < 0) {
        choice = cand;
        next[i] = j + 1;
      }
      if (w > maxW) break;
    }
    best[i] = choice!;
  }
  const out: { x0: number; x1: number; columns: number[]; left: number; right: number }[] = [];
  for (let i = 0; i < n; i = next[i]!) {
    const j = next[i]! - 1;
    out.push({
      x0: start(i),
      x1: cut(j),
      columns: cols.slice(i, j + 1).map((c) => c.i),
      left: left(i, j),
      right: right(i, j),
    });
  }
  return out;
}

/** The lowest y ≤ limit (and above floor) that no box crosses; else one between two text lines of the boxes there. */
function cutBetween(
  boxes: readonly LaidBox[],
  laneTops: readonly number[],
  floor: number,
  limit: number,
  textTop: (b: LaidBox) => number,
): number {
  const inside = (y: number) => boxes.some((b) => b.y < y - 0.01 && b.y + b.height > y + 0.01);
  const candidates = [...laneTops, ...boxes.map((b) => b.y - 1), ...boxes.map((b) => b.y + b.height + 1)].filter(
    (y) => y > floor + 1 && y <= limit,
  );
  candidates.sort((a, b) => b - a);
  for (const y of candidates) if (!inside(y)) return y;
  // A box taller than the window: cut between two of its lines, below the last line that fits.
  let best = limit;
  for (const b of boxes) {
    if (!(b.y < limit && b.y + b.height > limit)) continue;
    const first = b.y + textTop(b);
    const k = Math.floor((limit - first) / LINE_HEIGHT);
    const y = k >= 1 ? first + k * LINE_HEIGHT : b.y;
    best = Math.min(best, y > floor + 1 ? y : limit);
  }
  return best;
}

/**
 * The windows of the map for a screen of maxW x maxH layout units, in reading order: stretch by stretch, top to
 * bottom within a stretch. With a `gutter` width, each window's width includes gutters for continuation stubs on
 * the sides where a connector may be cut (MapWindow.gutters).
 */
export function planWindows(d: MapDrawing, maxW: number, maxH: number, gutter = 0): MapWindow[] {
  const height = Math.max(1, d.layout.height);
  const laneTops = d.layout.lanes.map((l) => l.top);
  const perStretch: MapWindow[][] = [];
  // A stretch is cut in height when its steps do not fit (the lanes' padding below the last step may be cut off).
  let stepsBottom = 0;
  for (const b of d.layout.boxes) stepsBottom = Math.max(stepsBottom, b.y + b.height);
  for (const s of stretches(d, maxW, gutter, stepsBottom + 1 + TOP > maxH + 0.01)) {
    const inStretch = new Set(s.columns);
    const boxes = d.layout.boxes.filter((b) => inStretch.has(b.column));
    const windows: MapWindow[] = [];
    let y0 = -TOP;
    while (y0 < height - 0.5) {
      const y1 =
        y0 + maxH >= height
          ? height
          : cutBetween(boxes, laneTops, y0, y0 + maxH, (b) => d.steps.get(b.id)?.text.top ?? 0);
      const last = y1 >= height;
      const ids = boxes.filter((b) => b.y >= y0 - 0.01 && (last || b.y < y1 - 0.01)).map((b) => b.id);
      windows.push({ x0: s.x0, x1: s.x1, y0, y1, stepIds: ids, gutters: { left: s.left, right: s.right } });
      y0 = y1 > y0 ? y1 : y0 + maxH;
    }
    perStretch.push(windows);
  }
  // A window without steps is left out when every lane it shows is shown by another window (of any stretch): the
  // room sees every lane without paging through empty screens.
  const shows = (w: MapWindow, l: { top: number; height: number }) => l.top < w.y1 && l.top + l.height > w.y0;
  const withSteps = perStretch.flat().filter((w) => w.stepIds.length > 0);
  const out: MapWindow[] = [];
  for (const windows of perStretch) {
    for (const w of windows) {
      if (w.stepIds.length > 0) out.push(w);
      else if (
        (withSteps.length === 0 && out.length === 0) ||
        d.layout.lanes.some((l) => shows(w, l) && !withSteps.some((k) => shows(k, l)) && !out.some((k) => shows(k, l)))
      )
        out.push(w);
    }
  }
  return out;
}

/**
 * Consecutive windows stacked into sections: as many windows one under another as fit `maxH` layout units with
 * `gap` between them, so a map of few lanes shows several stretches of its flow per screen. Order is kept.
 */
export function stackWindows(windows: readonly MapWindow[], maxH: number, gap: number): MapWindow[][] {
  const out: MapWindow[][] = [];
  let used = Infinity;
  for (const w of windows) {
    const h = w.y1 - w.y0;
    if (used + gap + h > maxH + 0.01) {
      out.push([]);
      used = -gap;
    }
    out[out.length - 1]!.push(w);
    used += gap + h;
  }
  return out;
}
