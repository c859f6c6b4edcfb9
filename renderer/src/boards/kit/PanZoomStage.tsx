import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import type Konva from 'konva';
import { Stage } from 'react-konva';
import { wheelViewport, type Viewport } from './zoom';

interface Props {
  stageRef: RefObject<Konva.Stage | null>;
  size: { width: number; height: number };
  viewport: Viewport;
  onViewportChange: (v: Viewport) => void;
  /** A press anywhere on the stage, before a shape's handlers; `background` when it hit no shape. */
  onPress?: (background: boolean) => void;
  /** Dragging the empty background pans (off when the board uses that drag for something else). */
  backgroundPan?: boolean;
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
 */
export function PanZoomStage({
  stageRef,
  size,
  viewport,
  onViewportChange,
  onPress,
  backgroundPan = true,
  children,
}: Props) {
  const latest = useRef({ viewport, onViewportChange });
  latest.current = { viewport, onViewportChange };

  // Space held over the canvas, and a space or middle-button drag in progress (read outside React's render).
  useEffect(() => {
    const stage = stageRef.current;
    const el = stage?.container();
    if (!stage || !el) return;
    let space = false;
    let pan: { id: number; x: number; y: number; vx: number; vy: number } | null = null;
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
      if (!pan || e.pointerId !== pan.id) return;
      e.stopPropagation();
      stage.position({ x: pan.vx + e.clientX - pan.x, y: pan.vy + e.clientY - pan.y });
      stage.batchDraw();
    };
    const up = (e: PointerEvent) => {
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
    </Stage>
  );
}
