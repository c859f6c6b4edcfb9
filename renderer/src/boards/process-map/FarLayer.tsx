/**
 * The far view of a big map: below FAR_ZOOM step text is a few pixels high, and mounting every step as a React Flow
 * node (2,000 of them after a fit) blocked the main thread for seconds. There the steps and connectors are drawn on
 * one canvas instead, from the same built elements; lanes stay React Flow nodes (a dozen), panning and zooming stay
 * React Flow's. A step can still be picked, dragged to another place or lane (the same move command), and a
 * double-click zooms to it at the readable zoom.
 */
import { useEffect, useRef } from 'react';
import { useStore, type ReactFlowState } from '@xyflow/react';
import type { AnyFlowNode, PmFlowEdge } from './elements';

/** Maps with more steps than this switch to the far view when zoomed out below FAR_ZOOM. */
export const FAR_STEPS = 300;
/** Below this zoom 18 px step text is under 6 px: boxes, not words. */
export const FAR_ZOOM = 1 / 3;

export interface FarStep {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  added: boolean;
}

/** The steps to draw (lanes are React Flow's), with a step being dragged at its dragged place. */
export function farSteps(nodes: readonly AnyFlowNode[]): FarStep[] {
  const out: FarStep[] = [];
  for (const n of nodes) {
    if (n.type !== 'pm' || n.id.startsWith('ghost:')) continue;
    const added = 'diff' in n.data && n.data.diff === 'added';
    out.push({ id: n.id, x: n.position.x, y: n.position.y, width: n.width ?? 0, height: n.height ?? 0, added });
  }
  return out;
}

/** The step under a board point, topmost (last drawn) first. */
export function stepAt(steps: readonly FarStep[], x: number, y: number): FarStep | undefined {
  for (let i = steps.length - 1; i >= 0; i--) {
    const s = steps[i]!;
    if (x >= s.x && x <= s.x + s.width && y >= s.y && y <= s.y + s.height) return s;
  }
  return undefined;
}

const transformOf = (s: ReactFlowState) => s.transform;

interface Props {
  steps: readonly FarStep[];
  edges: readonly PmFlowEdge[];
  selected: (id: string) => boolean;
  /** A step being dragged: drawn at board (x, y). */
  drag: { id: string; x: number; y: number } | null;
  width: number;
  height: number;
}

export function FarLayer({ steps, edges, selected, drag, width, height }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  const [tx, ty, zoom] = useStore(transformOf);

  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    ctx.setTransform(ratio * zoom, 0, 0, ratio * zoom, ratio * tx, ratio * ty);
    ctx.clearRect(-tx / zoom, -ty / zoom, width / zoom, height / zoom);
    const at = new Map<string, FarStep>();
    for (const s of steps) at.set(s.id, drag?.id === s.id ? { ...s, x: drag.x, y: drag.y } : s);

    ctx.strokeStyle = '#5b6670';
    ctx.lineWidth = 1.5 / zoom;
    ctx.beginPath();
    for (const e of edges) {
      const a = at.get(e.source);
      const b = at.get(e.target);
      if (!a || !b) continue;
      ctx.moveTo(a.x + a.width, a.y + a.height / 2);
      ctx.lineTo(b.x, b.y + b.height / 2);
    }
    ctx.stroke();

    for (const s of at.values()) {
      ctx.fillStyle = s.added ? '#1d6b3a' : '#0b5f6e';
      ctx.fillRect(s.x, s.y, s.width, s.height);
    }
    // Selected steps: a thick outline that stays visible however far out (3 screen pixels).
    ctx.strokeStyle = '#c2410c';
    ctx.lineWidth = 3 / zoom;
    for (const s of at.values()) if (selected(s.id)) ctx.strokeRect(s.x, s.y, s.width, s.height);
  }, [steps, edges, selected, drag, width, height, tx, ty, zoom]);

  return (
    <canvas ref={ref} className="pm-far-layer" data-steps={steps.length} aria-hidden="true" style={{ width, height }} />
  );
}
