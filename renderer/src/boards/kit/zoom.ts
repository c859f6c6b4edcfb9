/**
 * One zoom range and the pan/zoom arithmetic for every board canvas: the Konva stages (fishbone, ideas wall, value
 * stream) and the process map's React Flow canvas. Pure: no DOM, so it is unit-tested directly.
 */

/** A canvas view: screen = world × scale + (x, y). */
export interface Viewport {
  x: number;
  y: number;
  scale: number;
}

/**
 * The zoom every board allows. The floor lets a fit show a 2,000-step process map whole; the ceiling keeps a note
 * sharp and inside a 1280x720 screen.
 */
export const ZOOM_RANGE = { min: 0.005, max: 3 } as const;

/** One press of + / − (or a toolbar button) zooms by this factor. */
export const ZOOM_STEP = 1.2;

/** One wheel notch (deltaY 100 in pixels) with Ctrl zooms by this factor; a trackpad pinch by its share of it. */
const WHEEL_NOTCH = 1.1;

export function clampZoom(scale: number): number {
  if (!Number.isFinite(scale)) return 1;
  return Math.min(ZOOM_RANGE.max, Math.max(ZOOM_RANGE.min, scale));
}

/** The view zoomed to `scale` (clamped) with the world point under `at` (screen px) staying where it is. */
export function zoomTo(vp: Viewport, scale: number, at: { x: number; y: number }): Viewport {
  const next = clampZoom(scale);
  const wx = (at.x - vp.x) / vp.scale;
  const wy = (at.y - vp.y) / vp.scale;
  return { scale: next, x: at.x - wx * next, y: at.y - wy * next };
}

/** The view zoomed by `factor` around `at`. */
export function zoomAround(vp: Viewport, factor: number, at: { x: number; y: number }): Viewport {
  return zoomTo(vp, vp.scale * factor, at);
}

/** The view zoomed by `factor` around the middle of a width × height screen (keys and buttons). */
export function zoomAroundCentre(vp: Viewport, factor: number, size: { width: number; height: number }): Viewport {
  return zoomAround(vp, factor, { x: size.width / 2, y: size.height / 2 });
}

/** WheelEvent.deltaMode: 0 pixels, 1 lines, 2 pages. */
function deltaPx(delta: number, mode: number): number {
  return mode === 1 ? delta * 33 : mode === 2 ? delta * 400 : delta;
}

type WheelLike = Pick<WheelEvent, 'deltaX' | 'deltaY' | 'deltaMode' | 'ctrlKey' | 'metaKey' | 'shiftKey'>;

/**
 * What a wheel event does to the view: with Ctrl (or ⌘, or a trackpad pinch, which Chromium reports as Ctrl+wheel)
 * it zooms around the pointer, otherwise it pans (Shift turns a mouse wheel sideways).
 */
export function wheelViewport(vp: Viewport, e: WheelLike, pointer: { x: number; y: number }): Viewport {
  let dx = deltaPx(e.deltaX, e.deltaMode);
  let dy = deltaPx(e.deltaY, e.deltaMode);
  if (e.ctrlKey || e.metaKey) {
    // A notch is ±100; a pinch sends many small deltas. Capped so one fast flick does not jump the whole range.
    const notches = Math.max(-3, Math.min(3, dy / 100));
    return zoomAround(vp, Math.pow(WHEEL_NOTCH, -notches), pointer);
  }
  if (e.shiftKey && dx === 0) [dx, dy] = [dy, 0];
  return { ...vp, x: vp.x - dx, y: vp.y - dy };
}

/** The zoom as the toolbar shows it ("125 %"). */
export function zoomPercent(scale: number): number {
  return Math.round(scale * 100);
}

/**
 * The next of a board's fixed zoom steps from `current` (the 5 whys and the driver diagram zoom their HTML by CSS,
 * where a few crisp steps read better than any factor).
 */
export function nextZoomStep(steps: readonly number[], current: number, dir: 1 | -1): number {
  const i = steps.findIndex((z) => z >= current - 0.001);
  const at = i < 0 ? steps.length - 1 : i;
  return steps[Math.max(0, Math.min(steps.length - 1, at + dir))]!;
}
