import { NOTE_SIZE, type IdeaNote, type IdeasWallDoc } from '../../../../shared/boards/ideas-wall/model';
import { NOTE_FONT } from './colors';
import { clampZoom, type Viewport } from '../kit/zoom';

export type { Viewport } from '../kit/zoom';

/** The smallest zoom a fit of the wall goes to: below it a note cannot be told from its neighbours. */
export const FIT_MIN_SCALE = 0.25;
export const GAP = 24;

function overlapsNote(doc: IdeasWallDoc, x: number, y: number): boolean {
  return doc.notes.some((n) => Math.abs(n.x - x) < NOTE_SIZE.width * 0.6 && Math.abs(n.y - y) < NOTE_SIZE.height * 0.6);
}

/** Neighbouring grid places around a note, nearest first in grid steps (right, below, left, above on a tie). */
function placesAround(rings: number): { i: number; j: number }[] {
  const out: { i: number; j: number; d: number; o: number }[] = [];
  for (let i = -rings; i <= rings; i++) {
    for (let j = -rings; j <= rings; j++) {
      if (i === 0 && j === 0) continue;
      const o = i > 0 ? 0 : j > 0 ? 1 : i < 0 ? 2 : 3;
      out.push({ i, j, d: i * i + j * j, o });
    }
  }
  return out.sort((a, b) => a.d - b.d || a.o - b.o);
}
const AROUND = placesAround(12);

function inside(view: Box, x: number, y: number): boolean {
  return (
    x >= view.x &&
    y >= view.y &&
    x + NOTE_SIZE.width <= view.x + view.width &&
    y + NOTE_SIZE.height <= view.y + view.height
  );
}

/**
 * A free place for a new note: beside `from` (the selected note), nearest first, else around the point `near` (the
 * middle of the view). Places inside `view` (what the screen shows, in wall coordinates) win, so adding note after
 * note fills the screen around the selection instead of running off to the right.
 */
export function freeSpot(
  doc: IdeasWallDoc,
  from: { x: number; y: number } | null,
  near: { x: number; y: number },
  view?: Box,
): { x: number; y: number } {
  const origin = from ?? { x: Math.round(near.x - NOTE_SIZE.width / 2), y: Math.round(near.y - NOTE_SIZE.height / 2) };
  const places = [...(from ? [] : [{ i: 0, j: 0 }]), ...AROUND].map(({ i, j }) => ({
    x: origin.x + i * (NOTE_SIZE.width + GAP),
    y: origin.y + j * (NOTE_SIZE.height + GAP),
  }));
  const free = places.filter((p) => !overlapsNote(doc, p.x, p.y));
  const shown = view ? free.find((p) => inside(view, p.x, p.y)) : undefined;
  // Nothing free on screen: still beside the selection (the caller widens the view to show it).
  return shown ?? free[0] ?? { x: origin.x + GAP, y: origin.y + GAP };
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A note's height on the wall; NOTE_SIZE.height unless its text needs more (see noteLayout). */
export type HeightOf = (noteId: string) => number;
const fixedHeight: HeightOf = () => NOTE_SIZE.height;

/** Bounds of everything on the wall, or null when empty. */
export function contentBounds(doc: IdeasWallDoc, heightOf: HeightOf = fixedHeight): Box | null {
  const boxes = [
    ...doc.notes.map((n) => ({ x: n.x, y: n.y, w: NOTE_SIZE.width, h: heightOf(n.id) })),
    ...doc.clusters.map((c) => ({ x: c.x, y: c.y, w: c.width, h: c.height })),
  ];
  if (boxes.length === 0) return null;
  const minX = Math.min(...boxes.map((b) => b.x));
  const minY = Math.min(...boxes.map((b) => b.y));
  const maxX = Math.max(...boxes.map((b) => b.x + b.w));
  const maxY = Math.max(...boxes.map((b) => b.y + b.h));
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/** A viewport showing all content, never zoomed past `maxScale` (100 % by default). */
export function fitViewport(
  doc: IdeasWallDoc,
  width: number,
  height: number,
  maxScale = 1,
  minScale: number = FIT_MIN_SCALE,
  heightOf: HeightOf = fixedHeight,
): Viewport {
  const b = contentBounds(doc, heightOf);
  if (!b || width <= 0 || height <= 0) return { x: 40, y: 40, scale: 1 };
  const pad = 48;
  const scale = clampZoom(
    Math.max(minScale, Math.min(maxScale, (width - pad * 2) / b.width, (height - pad * 2) / b.height)),
  );
  // When everything does not fit, start from the top-left corner of the content rather than its middle.
  const fits = b.width * scale <= width - pad && b.height * scale <= height - pad;
  if (!fits) return { x: Math.round(pad - b.x * scale), y: Math.round(pad - b.y * scale), scale };
  return {
    x: Math.round((width - b.width * scale) / 2 - b.x * scale),
    y: Math.round((height - b.height * scale) / 2 - b.y * scale),
    scale,
  };
}

/**
 * A viewport showing one box (a cluster) as large as fits, but never below `minScale` (100 %: notes at their
 * projector size) nor above `maxScale`. When the box is too big for the view at `minScale`, its top-left corner shows.
 */
export function zoomToBox(b: Box, width: number, height: number, minScale = 1, maxScale = 2): Viewport {
  const pad = 32;
  const fit = Math.min((width - pad * 2) / b.width, (height - pad * 2) / b.height);
  const scale = clampZoom(Math.max(minScale, Math.min(maxScale, fit)));
  const x = b.width * scale <= width - pad * 2 ? (width - b.width * scale) / 2 - b.x * scale : pad - b.x * scale;
  const y = b.height * scale <= height - pad * 2 ? (height - b.height * scale) / 2 - b.y * scale : pad - b.y * scale;
  return { x: Math.round(x), y: Math.round(y), scale };
}

/** The cluster a note at (x, y) with this height belongs to: the topmost frame holding the note's centre. */
export function clusterAtNote(
  doc: IdeasWallDoc,
  x: number,
  y: number,
  height: number = NOTE_SIZE.height,
): string | null {
  const cx = x + NOTE_SIZE.width / 2;
  const cy = y + height / 2;
  for (let i = doc.clusters.length - 1; i >= 0; i--) {
    const c = doc.clusters[i]!;
    if (cx >= c.x && cx <= c.x + c.width && cy >= c.y && cy <= c.y + c.height) return c.id;
  }
  return null;
}

// ---- note text layout ----

/** Width in px of one line of text at a font size, as the canvas draws it. */
export type MeasureText = (text: string, fontSize: number) => number;

/** Board text never goes below 18 px at 100 % zoom. */
export const NOTE_TEXT = { maxSize: NOTE_FONT.size, minSize: 18, roleGap: 6 } as const;

/**
 * Word wrap as Konva.Text does with `wrap="word"` and no fixed height (konva/lib/shapes/Text.js `_setTextData`):
 * per paragraph, the longest prefix that fits; unless the next character is a space or hyphen, cut back to the
 * last one in the line (a single long word is cut mid-word); trim the end; skip the whitespace at the break.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, measure: MeasureText): string[] {
  const out: string[] = [];
  const isBreak = (c: string | undefined) => c === ' ' || c === '-';
  for (const paragraph of text.split('\n')) {
    if (measure(paragraph, fontSize) <= maxWidth) {
      out.push(paragraph);
      continue;
    }
    const g = Array.from(paragraph);
    const len = g.length;
    const slice = (from: number, to: number) => g.slice(from, to).join('');
    let start = 0;
    while (start < len) {
      let lo = start;
      let hi = len;
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if (measure(slice(start, mid), fontSize) <= maxWidth) lo = mid;
        else hi = mid - 1;
      }
      let low = lo;
      if (low === start) break;
      if (low === len) {
        out.push(slice(start, len));
        break;
      }
      if (!isBreak(g[low])) {
        let w = low - 1;
        while (w >= start && !isBreak(g[w])) w--;
        if (w >= start) low = w + 1;
      }
      out.push(slice(start, low).trimEnd());
      start = low;
      while (start < len && !g[start]!.trim()) start++;
    }
  }
  return out;
}

export interface NoteLayout {
  /** Text size in board units (px at 100 %), between NOTE_TEXT.minSize and maxSize. */
  fontSize: number;
  /** Note height: NOTE_SIZE.height, or taller when the text needs it even at the smallest size. */
  height: number;
  lines: number;
}

/**
 * How a note shows its whole text: at full size when it fits the standard note, else a step smaller (never below
 * 18 px), else the note grows taller. Pure: the caller passes the text measure (a canvas in the app).
 */
export function noteLayout(
  note: Pick<IdeaNote, 'text' | 'authorRole'>,
  measure: MeasureText,
  emptyLabel = '',
): NoteLayout {
  const pad = NOTE_FONT.padding;
  const inner = NOTE_SIZE.width - pad * 2;
  const roleH = note.authorRole ? NOTE_FONT.roleSize + NOTE_TEXT.roleGap : 0;
  const text = note.text || emptyLabel || ' ';
  const needed = (size: number, lines: number) => Math.ceil(pad * 2 + lines * size * NOTE_FONT.lineHeight + roleH);
  for (let size: number = NOTE_TEXT.maxSize; size >= NOTE_TEXT.minSize; size--) {
    const lines = wrapText(text, inner, size, measure).length;
    if (needed(size, lines) <= NOTE_SIZE.height) return { fontSize: size, height: NOTE_SIZE.height, lines };
  }
  const lines = wrapText(text, inner, NOTE_TEXT.minSize, measure).length;
  return { fontSize: NOTE_TEXT.minSize, height: needed(NOTE_TEXT.minSize, lines), lines };
}

/** A rough measure for tests and for environments without a canvas (about the width of Inter's average glyph). */
export const approxMeasure: MeasureText = (text, fontSize) => text.length * fontSize * 0.55;
