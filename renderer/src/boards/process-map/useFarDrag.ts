/**
 * Picking and dragging steps in the far view (FarLayer), where they are pixels on a canvas, not React Flow nodes.
 * Pointer-down on a step is taken before React Flow sees it (capture phase), so the pane does not pan; anywhere else
 * React Flow pans and zooms as usual.
 */
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useReactFlow } from '@xyflow/react';
import { stepAt, type FarStep } from './FarLayer';
import { snap } from '../../../../shared/boards/process-map/geometry';

/** Screen pixels the pointer may wander before a press becomes a drag. */
const DRAG_SLOP = 4;

interface Options {
  enabled: boolean;
  wrapRef: RefObject<HTMLDivElement | null>;
  steps: readonly FarStep[];
  readOnly: boolean;
  onPick: (id: string, additive: boolean) => void;
  onDrop: (id: string, x: number, y: number, height: number) => void;
  onOpen: (id: string) => void;
}

export function useFarDrag(options: Options) {
  const rf = useReactFlow();
  const [drag, setDrag] = useState<{ id: string; x: number; y: number } | null>(null);
  const latest = useRef(options);
  latest.current = options;
  const cleanup = useRef<(() => void) | null>(null);
  /** The click that follows a press on a step is ours too (else React Flow's pane click clears the selection). */
  const swallowClick = useRef(false);
  useEffect(() => () => cleanup.current?.(), []);

  // Created once (they read the latest options through a ref): props given to <ReactFlow> stay the same objects.
  const handlers = useMemo(() => {
    /** The step under a client point, in board coordinates. */
    const hit = (clientX: number, clientY: number) => {
      const el = latest.current.wrapRef.current;
      if (!el) return undefined;
      const r = el.getBoundingClientRect();
      const { x, y, zoom } = rf.getViewport();
      return stepAt(latest.current.steps, (clientX - r.left - x) / zoom, (clientY - r.top - y) / zoom);
    };

    const onPointerDownCapture = (e: React.PointerEvent<HTMLDivElement>) => {
      if (!latest.current.enabled || e.button !== 0) return;
      const step = hit(e.clientX, e.clientY);
      if (!step) return;
      e.stopPropagation();
      // Also keeps the compatibility mousedown, which d3-zoom pans with, from firing.
      e.preventDefault();
      swallowClick.current = true;
      const start = { x: e.clientX, y: e.clientY };
      let moved = false;
      const move = (ev: PointerEvent) => {
        const dx = ev.clientX - start.x;
        const dy = ev.clientY - start.y;
        if (!moved && Math.hypot(dx, dy) < DRAG_SLOP) return;
        if (latest.current.readOnly) return;
        moved = true;
        const { zoom } = rf.getViewport();
        setDrag({ id: step.id, x: snap(step.x + dx / zoom), y: snap(step.y + dy / zoom) });
      };
      const up = (ev: PointerEvent) => {
        cleanup.current?.();
        const { zoom } = rf.getViewport();
        if (moved) {
          setDrag(null);
          const x = snap(step.x + (ev.clientX - start.x) / zoom);
          const y = snap(step.y + (ev.clientY - start.y) / zoom);
          latest.current.onDrop(step.id, x, y, step.height);
        } else latest.current.onPick(step.id, e.shiftKey || e.ctrlKey || e.metaKey);
      };
      window.addEventListener('pointermove', move);
      window.addEventListener('pointerup', up);
      cleanup.current = () => {
        window.removeEventListener('pointermove', move);
        window.removeEventListener('pointerup', up);
        cleanup.current = null;
      };
    };

    const onDoubleClickCapture = (e: React.MouseEvent<HTMLDivElement>) => {
      if (!latest.current.enabled) return;
      const step = hit(e.clientX, e.clientY);
      if (!step) return;
      e.stopPropagation();
      latest.current.onOpen(step.id);
    };

    const onClickCapture = (e: React.MouseEvent<HTMLDivElement>) => {
      if (!swallowClick.current) return;
      swallowClick.current = false;
      e.stopPropagation();
    };

    return { onPointerDownCapture, onClickCapture, onDoubleClickCapture };
  }, [rf]);

  return { drag, handlers };
}
