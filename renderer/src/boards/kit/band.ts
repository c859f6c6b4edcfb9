/** Rubber-band (box) selection on the Konva boards: pure geometry, in board coordinates. */

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A drag shorter than this (screen px) is a click, not a band. */
export const BAND_MIN_DRAG = 4;

/** The band between the press and the pointer, whichever way it was dragged. */
export function bandBox(a: Point, b: Point): Box {
  return { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y) };
}

/**
 * Whether an item is taken by the band: its whole box lies inside (as in Excalidraw). On the fishbone and the wall
 * notes sit close together, and touching would sweep in neighbours the coach did not mean.
 */
export function insideBand(band: Box, box: Box): boolean {
  return (
    box.x >= band.x &&
    box.y >= band.y &&
    box.x + box.width <= band.x + band.width &&
    box.y + box.height <= band.y + band.height
  );
}

/** The ids of the items wholly inside the band, in the order given. */
export function idsInBand(band: Box, items: readonly { id: string; box: Box }[]): string[] {
  return items.filter((i) => insideBand(band, i.box)).map((i) => i.id);
}
