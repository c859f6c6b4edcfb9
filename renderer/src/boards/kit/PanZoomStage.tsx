import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import type Konva from 'konva';
import { Layer, Rect, Stage } from 'react-konva';
import { wheelViewport, type Viewport } from './zoom';
import { BAND_MIN_DRAG, bandBox, idsInBand } from './band';

interface Props {
  stageRef: RefObject<Konva.Stage | null>;
  size: { width: number; height: number };
  viewport: Viewport;
  onViewportChange: (v: Viewport) => void;
  /** A press anywhere on the stage, before a shape's handlers; `background` when it hit no shape. */
  onPress?: (background: boolean) => void;
  /** Dragging the empty background pans (off when the board uses that drag for something else). */
  backgroundPan?: boolean;
  /**
   * Shift+drag from anywhere but an item draws a band; the items (Konva nodes named `itemName`) wholly inside it are
   * handed to `onSelect` by id (`idOf`, default the node's id), to be added to the selection.
   */
  band?: { itemName: string; idOf?: (nodeId: string) => string; onSelect: (ids: string[]) => void };
  children: ReactNode;
}

function isTextField(el: EventTarget | null): boolean {
  return el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
}

/**
 * The Konva stage every board canvas draws on, with one set of view gestures: the wheel (or a two-finger trackpad
 * swipe) pans, Ctrl+wheel (or a pinch) zooms around the pointer within ZOOM_RANGE, and dragging with the space bar
 * held or the middle button pans even over a note. The view is the stage's own transform, so a pan moves every layer
 * at once and no shape changes; a drag pan moves the stage directly and reports the view once, when it ends.
 * Shift+drag off the items draws a selection band (`band`), as Shift+drag does on the process map.
 */
export function PanZoomStage({
  stageRef,
  size,
  viewport,
  onViewportChange,
  onPress,
  backgroundPan = true,
  band,
  children,
}: Props) {
  const latest = useRef({ viewport, onViewportChange, band });
  latest.current = { viewport, onViewportChange, band };
  const bandRect = useRef<Konva.Rect>(null);

  // Space held over the canvas, and a space or middle-button drag in progress (read outside React's render).
  useEffect(() => {
    const stage = stageRef.current;
    const el = stage?.container();
    if (!stage || !el) return;
    let space = false;
    let pan: { id: number; x: number; y: number; vx: number; vy: number } | null = null;
    // A band being drawn: where it started, in screen px (to tell a click) and in board units.
    let drawn: { id: number; sx: number; sy: number; from: { x: number; y: number } } | null = null;
    const boardPoint = (e: PointerEvent) => {
      const r = el.getBoundingClientRect();
      const s = stage.scaleX();
      return { x: (e.clientX - r.left - stage.x()) / s, y: (e.clientY - r.top - stage.y()) / s };
    };
    const onItem = (e: PointerEvent, name: string) => {
      const r = el.getBoundingClientRect();
      let node: Konva.Node | null = stage.getIntersection({ x: e.clientX - r.left, y: e.clientY - r.top });
      for (; node && node !== stage; node = node.getParent()) if (node.hasName(name)) return true;
      return false;
    };
    const owns = (e: Event) => e.target instanceof Node && e.target.contains(el);

    const keyDown = (e: KeyboardEvent) => {
      if (e.key !== ' ' || isTextField(e.target) || !owns(e)) return;
      e.preventDefault();
      if (!space) el.style.cursor = 'grab';
      space = true;
    };
    const keyUp = (e: KeyboardEvent) => {
      if (e.key !== ' ') return;
      space = false;
      if (!pan) el.style.cursor = '';
    };
    const blur = () => {
      space = false;
      if (!pan) el.style.cursor = '';
    };
    const down = (e: PointerEvent) => {
      const b = latest.current.band;
      if (b && e.button === 0 && e.shiftKey && !space && !onItem(e, b.itemName)) {
        // Before Konva sees it: no background pan and no click that would clear the selection.
        e.preventDefault();
        e.stopPropagation();
        drawn = { id: e.pointerId, sx: e.clientX, sy: e.clientY, from: boardPoint(e) };
        el.setPointerCapture(e.pointerId);
        el.focus?.();
        return;
      }
      if (!(e.button === 1 || (e.button === 0 && space))) return;
      // Before Konva sees it: the press pans the view instead of dragging the note under it. preventDefault also
      // holds back the mouse events the browser would derive from this pointer.
      e.preventDefault();
      e.stopPropagation();
      const { x, y } = latest.current.viewport;
      pan = { id: e.pointerId, x: e.clientX, y: e.clientY, vx: x, vy: y };
      el.setPointerCapture(e.pointerId);
      el.style.cursor = 'grabbing';
    };
    const move = (e: PointerEvent) => {
      if (drawn && e.pointerId === drawn.id) {
        e.stopPropagation();
        const rect = bandRect.current;
        if (!rect) return;
        const box = bandBox(drawn.from, boardPoint(e));
        rect.setAttrs({ ...box, visible: true, strokeWidth: 1 / stage.scaleX() });
        rect.getLayer()?.batchDraw();
        return;
      }
      if (!pan || e.pointerId !== pan.id) return;
      e.stopPropagation();
      stage.position({ x: pan.vx + e.clientX - pan.x, y: pan.vy + e.clientY - pan.y });
      stage.batchDraw();
    };
    const up = (e: PointerEvent) => {
      if (drawn && e.pointerId === drawn.id) {
        e.stopPropagation();
        const start = drawn;
        drawn = null;
        bandRect.current?.visible(false);
        bandRect.current?.getLayer()?.batchDraw();
        const b = latest.current.band;
        if (!b || Math.hypot(e.clientX - start.sx, e.clientY - start.sy) < BAND_MIN_DRAG) return;
        const box = bandBox(start.from, boardPoint(e));
        const items = stage.find(`.${b.itemName}`).map((n) => {
          const r = n.getClientRect({ relativeTo: stage, skipShadow: true, skipStroke: true });
          return { id: b.idOf ? b.idOf(n.id()) : n.id(), box: r };
        });
        if (e.type !== 'pointercancel') b.onSelect(idsInBand(box, items));
        return;
      }
      if (!pan || e.pointerId !== pan.id) return;
      e.stopPropagation();
      const p = stage.position();
      pan = null;
      el.style.cursor = space ? 'grab' : '';
      const v = latest.current.viewport;
      if (p.x !== v.x || p.y !== v.y) latest.current.onViewportChange({ ...v, x: p.x, y: p.y });
    };
    // The middle button's autoscroll would take over the pan.
    const aux = (e: MouseEvent) => {
      if (e.button === 1) e.preventDefault();
    };

    window.addEventListener('keydown', keyDown, true);
    window.addEventListener('keyup', keyUp, true);
    window.addEventListener('blur', blur);
    el.addEventListener('pointerdown', down, true);
    el.addEventListener('pointermove', move, true);
    el.addEventListener('pointerup', up, true);
    el.addEventListener('pointercancel', up, true);
    el.addEventListener('mousedown', aux, true);
    return () => {
      window.removeEventListener('keydown', keyDown, true);
      window.removeEventListener('keyup', keyUp, true);
      window.removeEventListener('blur', blur);
      el.removeEventListener('pointerdown', down, true);
      el.removeEventListener('pointermove', move, true);
      el.removeEventListener('pointerup', up, true);
      el.removeEventListener('pointercancel', up, true);
      el.removeEventListener('mousedown', aux, true);
      el.style.cursor = '';
    };
  }, [stageRef]);

  // Test hook: e2e tests read the scene graph from here. The web font redraws the first paint once it is in.
  useEffect(() => {
    const stage = stageRef.current;
    window.__studioStage = stage ?? undefined;
    void document.fonts?.ready.then(() => stage?.batchDraw());
    return () => {
      if (window.__studioStage === stage) window.__studioStage = undefined;
    };
  }, [stageRef]);

  function onWheel(e: Konva.KonvaEventObject<WheelEvent>) {
    e.evt.preventDefault();
    const pointer = stageRef.current?.getPointerPosition();
    if (!pointer) return;
    onViewportChange(wheelViewport(viewport, e.evt, pointer));
  }

  return (
    <Stage
      ref={stageRef}
      width={size.width}
      height={size.height}
      x={viewport.x}
      y={viewport.y}
      scaleX={viewport.scale}
      scaleY={viewport.scale}
      draggable={backgroundPan}
      onWheel={onWheel}
      onMouseDown={(e: Konva.KonvaEventObject<MouseEvent>) => onPress?.(e.target === e.target.getStage())}
      onDragEnd={(e: Konva.KonvaEventObject<DragEvent>) => {
        // Child drags bubble here too; only the stage's own drag is a pan.
        if (e.target === e.target.getStage()) onViewportChange({ ...viewport, x: e.target.x(), y: e.target.y() });
      }}
    >
      {children}
      {band && (
        <Layer listening={false} name="band">
          <Rect ref={bandRect} visible={false} fill="rgba(37, 99, 235, 0.12)" stroke="#2563eb" dash={[6, 4]} />
        </Layer>
      )}
    </Stage>
  );
}
