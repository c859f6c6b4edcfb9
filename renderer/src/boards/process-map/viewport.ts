/**
 * The canvas viewport from the document's own geometry (lane bands and step positions), never from measured DOM
 * nodes: React Flow's fitView waits until every node is measured, and steps culled off-screen on a big map never
 * are, so its fit did nothing on a 300-step map.
 */
import { NODE_SIZE, type ProcessMapDoc } from '../../../../shared/boards/process-map/model';
import { LANE, contentExtent, laneBands } from '../../../../shared/boards/process-map/geometry';
import { flowOrder } from '../../../../shared/boards/process-map/flow';
import { ZOOM_RANGE } from '../kit/zoom';

/** Step text on the board is 18 px at 100 %. */
const BOARD_TEXT_PX = 18;
/** Smallest text the coach can read on a 1280x720 laptop screen. */
export const READABLE_TEXT_PX = 12;
/** The zoom where step text is READABLE_TEXT_PX. */
export const READABLE_ZOOM = READABLE_TEXT_PX / BOARD_TEXT_PX;
const PAD = 24;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** The map's extent on the board, lane names included (as buildElements draws the lanes). */
export function mapBounds(doc: Pick<ProcessMapDoc, 'lanes' | 'nodes'>): Rect {
  const bands = laneBands(doc);
  const laneIds = new Set(doc.lanes.map((l) => l.id));
  const { minX, maxX } = contentExtent(doc.nodes.filter((n) => laneIds.has(n.laneId)));
  const left = minX - LANE.headerWidth - LANE.headerGap;
  const height = bands.reduce((h, b) => h + b.height, 0);
  return { x: left, y: 0, width: maxX - left + 60, height: Math.max(height, NODE_SIZE.height) };
}

/** The whole map centred in a w x h screen, at most 100 %. */
export function fitViewport(bounds: Rect, w: number, h: number): Viewport {
  const zoom = Math.max(
    ZOOM_RANGE.min,
    Math.min(1, (w - 2 * PAD) / Math.max(1, bounds.width), (h - 2 * PAD) / Math.max(1, bounds.height)),
  );
  return {
    zoom,
    x: (w - bounds.width * zoom) / 2 - bounds.x * zoom,
    y: Math.max(PAD, (h - bounds.height * zoom) / 2) - bounds.y * zoom,
  };
}

/** The start of the flow at the readable zoom: the first step near the left edge, the lanes from the top. */
export function startViewport(
  doc: Pick<ProcessMapDoc, 'lanes' | 'nodes' | 'edges'>,
  bounds: Rect,
  zoom = READABLE_ZOOM,
): Viewport {
  const first = flowOrder(doc)[0];
  const node = doc.nodes.find((n) => n.id === first);
  // The lane names stay in view when the first step is near the map's left edge.
  const x = node ? Math.max(bounds.x, node.x - LANE.headerWidth - LANE.headerGap - 40) : bounds.x;
  return { zoom, x: PAD - x * zoom, y: PAD - bounds.y * zoom };
}

/**
 * Where a map opens: fitted when the whole map fits with text at least READABLE_TEXT_PX, otherwise at the start of
 * the flow at that zoom. `readable` is false when a fit had to go below the readable zoom.
 */
export function initialViewport(doc: Pick<ProcessMapDoc, 'lanes' | 'nodes' | 'edges'>, w: number, h: number): Viewport {
  const bounds = mapBounds(doc);
  const fit = fitViewport(bounds, w, h);
  return fit.zoom >= READABLE_ZOOM ? fit : startViewport(doc, bounds);
}
