/**
 * Continuations of connectors cut by the picture's sections: a connector whose two steps are in different windows
 * (stretches of the flow, see sections.ts) gets a stub on both sides, in a gutter beside the window where no step
 * can be: "→ 12" where it leaves the source's window and "7 →" where it enters the target's, numbered by the steps'
 * places in reading order, column by column (the same numbers are tagged on those steps). Pure geometry in layout units.
 */
import type { ElkPoint } from './elk-sync';
import { LINE_HEIGHT, MAP_FONT, type MapDrawing } from './drawing';
import type { MapWindow } from './sections';
import { measureText } from '../../picture/svg';

export interface Stub {
  edgeId: string;
  /** 'out' sits in the source's window (right gutter), 'in' in the target's (left gutter). */
  side: 'out' | 'in';
  /** Flow number of the step at the connector's other end. */
  other: number;
  /** Where the connector crosses the window's edge, and where the stub's text row is (after spreading). */
  edgeY: number;
  y: number;
}

export interface Continuations {
  /** Stubs by window index (the windows' order in the plan). */
  stubs: Stub[][];
  /** Flow numbers of the steps to tag (an end of a cut connector), by step id. */
  numbers: Map<string, number>;
  /** Width of a gutter beside a window, in layout units. */
  gutter: number;
}

/** Height of one stub's row in its gutter. */
export const STUB_ROW = LINE_HEIGHT + MAP_FONT * 0.3;
/** Length of a stub's arrow. */
export const STUB_ARROW = MAP_FONT * 0.7;

/** Gutter width that holds a stub for the map's largest step number. */
export function gutterWidth(steps: number): number {
  return STUB_ARROW + measureText(String(Math.max(1, steps)), { size: MAP_FONT, bold: true }) + MAP_FONT * 0.3;
}

const within = (w: MapWindow, p: ElkPoint) => p.x >= w.x0 && p.x <= w.x1 && p.y >= w.y0 && p.y <= w.y1;

/**
 * Where the polyline leaves the window walking from its first point (or enters it, walking backwards): the y of the
 * crossing, kept inside the window. A path that never crosses gives the window's middle of its first point's side.
 */
function crossingY(points: readonly ElkPoint[], w: MapWindow): number {
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    if (!within(w, a) || within(w, b)) continue;
    // Orthogonal segments: a horizontal one leaves through a side at its own y, a vertical one through the top or
    // bottom (the stub then sits at that end of the window).
    if (Math.abs(a.y - b.y) < 0.01) return a.y;
    return b.y < w.y0 ? w.y0 : w.y1;
  }
  const first = points[0];
  return first ? Math.min(w.y1, Math.max(w.y0, first.y)) : (w.y0 + w.y1) / 2;
}

/** Rows of one gutter spread so no two stubs share a row, kept inside the window (order by the crossing's y). */
function spread(stubs: Stub[], w: MapWindow): void {
  stubs.sort((a, b) => a.edgeY - b.edgeY || a.other - b.other);
  let next = w.y0 + STUB_ROW / 2;
  for (const s of stubs) {
    s.y = Math.max(next, Math.min(w.y1 - STUB_ROW / 2, s.edgeY));
    next = s.y + STUB_ROW;
  }
  // Pushed past the bottom: pack upwards from the bottom instead.
  let limit = w.y1 - STUB_ROW / 2;
  for (let i = stubs.length - 1; i >= 0; i--) {
    const s = stubs[i]!;
    if (s.y <= limit) break;
    s.y = limit;
    limit -= STUB_ROW;
  }
}

/** The continuation stubs of a drawing cut into `windows` (in plan order). */
export function continuations(d: MapDrawing, windows: readonly MapWindow[]): Continuations {
  const windowOf = new Map<string, number>();
  windows.forEach((w, i) => w.stepIds.forEach((id) => windowOf.set(id, i)));
  // Steps are numbered in reading order: column by column, top-down inside a column.
  const reading = [...d.layout.boxes].sort((a, b) => a.column - b.column || a.y - b.y);
  const number = new Map(reading.map((b, i) => [b.id, i + 1]));
  const stubs: Stub[][] = windows.map(() => []);
  const numbers = new Map<string, number>();
  for (const e of d.layout.edges) {
    const ws = windowOf.get(e.source);
    const wt = windowOf.get(e.target);
    if (ws === undefined || wt === undefined || ws === wt || e.points.length < 2) continue;
    const ns = number.get(e.source) ?? 0;
    const nt = number.get(e.target) ?? 0;
    numbers.set(e.source, ns);
    numbers.set(e.target, nt);
    const outY = crossingY(e.points, windows[ws]!);
    const inY = crossingY([...e.points].reverse(), windows[wt]!);
    stubs[ws]!.push({ edgeId: e.id, side: 'out', other: nt, edgeY: outY, y: outY });
    stubs[wt]!.push({ edgeId: e.id, side: 'in', other: ns, edgeY: inY, y: inY });
  }
  windows.forEach((w, i) => {
    const list = stubs[i]!;
    spread(
      list.filter((s) => s.side === 'out'),
      w,
    );
    spread(
      list.filter((s) => s.side === 'in'),
      w,
    );
  });
  return { stubs, numbers, gutter: gutterWidth(d.layout.order.length) };
}
