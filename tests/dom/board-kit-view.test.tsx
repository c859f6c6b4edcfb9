// @vitest-environment jsdom
import { act, useRef } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { useElementSize, type ElementSize } from '../../renderer/src/components/useElementSize';
import {
  clampZoom,
  nextZoomStep,
  wheelViewport,
  zoomAround,
  zoomAroundCentre,
  zoomTo,
  ZOOM_RANGE,
  ZOOM_STEP,
  type Viewport,
} from '../../renderer/src/boards/kit/zoom';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const wheel = (o: Partial<WheelEvent>) => ({
  deltaX: 0,
  deltaY: 0,
  deltaMode: 0,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...o,
});

const viewport = fc.record({
  x: fc.double({ min: -5000, max: 5000, noNaN: true }),
  y: fc.double({ min: -5000, max: 5000, noNaN: true }),
  scale: fc.double({ min: ZOOM_RANGE.min, max: ZOOM_RANGE.max, noNaN: true }),
});
const point = fc.record({
  x: fc.double({ min: 0, max: 1920, noNaN: true }),
  y: fc.double({ min: 0, max: 1080, noNaN: true }),
});

/** Where a screen point is on the board. */
const world = (v: Viewport, p: { x: number; y: number }) => ({ x: (p.x - v.x) / v.scale, y: (p.y - v.y) / v.scale });

describe('zoom (kit/zoom)', () => {
  it('clamps every zoom into the one range, and a broken number to 100 %', () => {
    expect(clampZoom(0)).toBe(ZOOM_RANGE.min);
    expect(clampZoom(-3)).toBe(ZOOM_RANGE.min);
    expect(clampZoom(50)).toBe(ZOOM_RANGE.max);
    expect(clampZoom(1.5)).toBe(1.5);
    expect(clampZoom(Number.NaN)).toBe(1);
    expect(clampZoom(Number.POSITIVE_INFINITY)).toBe(1);
  });

  it('keeps the board point under the pointer where it is while zooming (inside the range)', () => {
    fc.assert(
      fc.property(viewport, point, fc.double({ min: 0.2, max: 5, noNaN: true }), (v, p, f) => {
        const next = zoomAround(v, f, p);
        expect(next.scale).toBeGreaterThanOrEqual(ZOOM_RANGE.min);
        expect(next.scale).toBeLessThanOrEqual(ZOOM_RANGE.max);
        const before = world(v, p);
        const after = world(next, p);
        expect(after.x).toBeCloseTo(before.x, 6);
        expect(after.y).toBeCloseTo(before.y, 6);
      }),
    );
  });

  it('stops at the ends of the range however far one zooms', () => {
    let v: Viewport = { x: 0, y: 0, scale: 1 };
    for (let i = 0; i < 200; i++) v = zoomAroundCentre(v, ZOOM_STEP, { width: 1280, height: 720 });
    expect(v.scale).toBe(ZOOM_RANGE.max);
    for (let i = 0; i < 400; i++) v = zoomAroundCentre(v, 1 / ZOOM_STEP, { width: 1280, height: 720 });
    expect(v.scale).toBe(ZOOM_RANGE.min);
    expect(zoomTo(v, 1, { x: 640, y: 360 }).scale).toBe(1);
  });

  it('a plain wheel pans, Shift turns it sideways, Ctrl (or a pinch) zooms around the pointer', () => {
    const v = { x: 10, y: 20, scale: 1 };
    expect(wheelViewport(v, wheel({ deltaY: 100 }), { x: 0, y: 0 })).toEqual({ x: 10, y: -80, scale: 1 });
    expect(wheelViewport(v, wheel({ deltaX: 30, deltaY: 40 }), { x: 0, y: 0 })).toEqual({ x: -20, y: -20, scale: 1 });
    expect(wheelViewport(v, wheel({ deltaY: 100, shiftKey: true }), { x: 0, y: 0 })).toEqual({
      x: -90,
      y: 20,
      scale: 1,
    });
    // Lines (Firefox-style deltaMode 1) pan as far as pixels would.
    expect(wheelViewport(v, wheel({ deltaY: 3, deltaMode: 1 }), { x: 0, y: 0 }).y).toBe(20 - 99);

    const pointer = { x: 400, y: 300 };
    const zoomIn = wheelViewport(v, wheel({ deltaY: -100, ctrlKey: true }), pointer);
    expect(zoomIn.scale).toBeCloseTo(1.1, 6);
    expect(world(zoomIn, pointer).x).toBeCloseTo(world(v, pointer).x, 6);
    expect(wheelViewport(v, wheel({ deltaY: 100, metaKey: true }), pointer).scale).toBeCloseTo(1 / 1.1, 6);
    // A small pinch delta zooms a little; a huge flick at most three notches.
    const pinch = wheelViewport(v, wheel({ deltaY: -10, ctrlKey: true }), pointer).scale;
    expect(pinch).toBeGreaterThan(1);
    expect(pinch).toBeLessThan(1.02);
    expect(wheelViewport(v, wheel({ deltaY: -5000, ctrlKey: true }), pointer).scale).toBeCloseTo(1.1 ** 3, 6);
  });

  it('steps through a board’s fixed zooms and stays on the ends', () => {
    const steps = [0.5, 0.8, 1, 1.25, 1.5];
    expect(nextZoomStep(steps, 1, 1)).toBe(1.25);
    expect(nextZoomStep(steps, 1, -1)).toBe(0.8);
    expect(nextZoomStep(steps, 1.5, 1)).toBe(1.5);
    expect(nextZoomStep(steps, 0.5, -1)).toBe(0.5);
    // Between two steps (a text-size zoom), in goes to the next one up.
    expect(nextZoomStep(steps, 0.9, 1)).toBe(1.25);
    expect(nextZoomStep(steps, 3, -1)).toBe(1.25);
  });
});

/** A ResizeObserver and requestAnimationFrame that the test drives by hand. */
class FakeResizeObserver {
  static all: FakeResizeObserver[] = [];
  targets = new Set<Element>();
  constructor(private cb: ResizeObserverCallback) {
    FakeResizeObserver.all.push(this);
  }
  observe(el: Element) {
    this.targets.add(el);
  }
  unobserve(el: Element) {
    this.targets.delete(el);
  }
  disconnect() {
    this.targets.clear();
  }
  fire() {
    if (this.targets.size > 0) this.cb([], this as unknown as ResizeObserver);
  }
}

let frames: FrameRequestCallback[] = [];
function runFrame() {
  const now = frames;
  frames = [];
  for (const f of now) f(0);
}

function setBox(el: HTMLElement, width: number, height: number) {
  Object.defineProperty(el, 'clientWidth', { configurable: true, value: width });
  Object.defineProperty(el, 'clientHeight', { configurable: true, value: height });
}

describe('useElementSize', () => {
  let host: HTMLDivElement;
  let root: Root;
  const seen: ElementSize[] = [];
  let box: HTMLDivElement | null = null;

  function Probe({ min, initial }: { min?: ElementSize; initial?: ElementSize }) {
    const ref = useRef<HTMLDivElement>(null);
    const size = useElementSize(ref, min, initial);
    seen.push(size);
    return (
      <div
        ref={(el) => {
          ref.current = el;
          box = el;
          if (el && !('clientWidth' in Object.getOwnPropertyDescriptors(el))) setBox(el, 640, 360);
        }}
      />
    );
  }

  beforeEach(() => {
    seen.length = 0;
    frames = [];
    FakeResizeObserver.all = [];
    (globalThis as { ResizeObserver?: unknown }).ResizeObserver = FakeResizeObserver;
    globalThis.requestAnimationFrame = (cb) => frames.push(cb);
    globalThis.cancelAnimationFrame = (id) => {
      frames.splice(id - 1, 1);
    };
    host = document.createElement('div');
    document.body.appendChild(host);
    root = createRoot(host);
  });

  afterEach(() => {
    act(() => root.unmount());
    host.remove();
  });

  it('measures before the first paint, then once per frame however often the element resizes', () => {
    act(() => root.render(<Probe />));
    expect(seen.at(-1)).toEqual({ width: 640, height: 360 });
    const renders = seen.length;

    setBox(box!, 800, 500);
    act(() => {
      for (let i = 0; i < 25; i++) for (const ro of FakeResizeObserver.all) ro.fire();
    });
    // Nothing yet: the measure waits for the frame, and 25 notifications ask for one frame.
    expect(seen.length).toBe(renders);
    expect(frames).toHaveLength(1);
    act(runFrame);
    expect(seen.at(-1)).toEqual({ width: 800, height: 500 });
    expect(seen.length).toBe(renders + 1);

    // The same size again keeps the same object, so nothing that depends on it runs again.
    const measured = seen.at(-1);
    act(() => FakeResizeObserver.all.forEach((ro) => ro.fire()));
    act(runFrame);
    expect(seen.at(-1)).toBe(measured);
  });

  it('floors the size at `min` and stops observing when unmounted', () => {
    act(() => root.render(<Probe min={{ width: 200, height: 160 }} initial={{ width: 800, height: 400 }} />));
    expect(seen[0]).toEqual({ width: 800, height: 400 });
    setBox(box!, 50, 20);
    act(() => FakeResizeObserver.all.forEach((ro) => ro.fire()));
    act(runFrame);
    expect(seen.at(-1)).toEqual({ width: 200, height: 160 });
    act(() => root.unmount());
    expect(FakeResizeObserver.all.every((ro) => ro.targets.size === 0)).toBe(true);
    root = createRoot(host);
  });
});
