import { NOTE_SIZE, type IdeasWallDoc } from '../../../../shared/boards/ideas-wall/model';

export interface Viewport {
  x: number;
  y: number;
  scale: number;
}

export const ZOOM = { min: 0.25, max: 3 } as const;
export const GAP = 24;

export function clampScale(s: number): number {
  return Math.min(ZOOM.max, Math.max(ZOOM.min, s));
}

function overlapsNote(doc: IdeasWallDoc, x: number, y: number): boolean {
  return doc.notes.some((n) => Math.abs(n.x - x) < NOTE_SIZE.width * 0.6 && Math.abs(n.y - y) < NOTE_SIZE.height * 0.6);
}

/** A free place for a new note: right of `from` (then rows below it), or near the given point. */
export function freeSpot(doc: IdeasWallDoc, from: { x: number; y: number } | null, near: { x: number; y: number }): { x: number; y: number } {
  if (from) {
    for (let row = 0; row < 50; row++) {
      const x = from.x + NOTE_SIZE.width + GAP;
      const y = from.y + row * (NOTE_SIZE.height + GAP);
      if (!overlapsNote(doc, x, y)) return { x, y };
    }
  }
  let x = Math.round(near.x - NOTE_SIZE.width / 2);
  let y = Math.round(near.y - NOTE_SIZE.height / 2);
  for (let i = 0; i < 200 && overlapsNote(doc, x, y); i++) {
    x += GAP;
    y += GAP;
  }
  return { x, y };
}

/** Bounds of everything on the wall, or null when empty. */
export function contentBounds(doc: IdeasWallDoc): { x: number; y: number; width: number; height: number } | null {
  const boxes = [
    ...doc.notes.map((n) => ({ x: n.x, y: n.y, w: NOTE_SIZE.width, h: NOTE_SIZE.height })),
    ...doc.clusters.map((c) => ({ x: c.x, y: c.y, w: c.width, h: c.height })),
  ];
  if (boxes.length === 0) return null;
  const minX = Math.min(...boxes.map((b) => b.x));
  const minY = Math.min(...boxes.map((b) => b.y));
  const maxX = Math.max(...boxes.map((b) => b.x + b.w));
  const maxY = Math.max(...boxes.map((b) => b.y + b.h));
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/** A viewport showing all content, never zoomed past 100 % so text stays at its projector size. */
export function fitViewport(doc: IdeasWallDoc, width: number, height: number, maxScale = 1, minScale: number = ZOOM.min): Viewport {
  const b = contentBounds(doc);
  if (!b || width <= 0 || height <= 0) return { x: 40, y: 40, scale: 1 };
  const pad = 48;
  const scale = clampScale(Math.max(minScale, Math.min(maxScale, (width - pad * 2) / b.width, (height - pad * 2) / b.height)));
  // When everything does not fit, start from the top-left corner of the content rather than its middle.
  const fits = b.width * scale <= width - pad && b.height * scale <= height - pad;
  if (!fits) return { x: Math.round(pad - b.x * scale), y: Math.round(pad - b.y * scale), scale };
  return {
    x: Math.round((width - b.width * scale) / 2 - b.x * scale),
    y: Math.round((height - b.height * scale) / 2 - b.y * scale),
    scale,
  };
}
