import type { LucideIcon } from 'lucide-react';
import { Clock, FileQuestion, FileText, Funnel, Hourglass, Repeat, Unlink, UserRoundX } from 'lucide-react';
import type { NodeKind, ProblemKind } from '../../../../shared/boards/process-map/model';
import { NODE_SIZE } from '../../../../shared/boards/process-map/model';

/** Icons for problem markers: one per kind, on one strong colour so "problem" reads from the back of the room. */
export const PROBLEM_ICONS: Record<ProblemKind, LucideIcon> = {
  bottleneck: Funnel,
  delay: Clock,
  rework: Repeat,
  'handoff-break': Unlink,
  'missing-info': FileQuestion,
  'client-waits': UserRoundX,
};

/** Small kind icon drawn in the corner of some shapes, for colour-blind readers. */
export const KIND_ICONS: Partial<Record<NodeKind, LucideIcon>> = {
  wait: Hourglass,
  document: FileText,
};

const W = NODE_SIZE.width;

/** The node's outline as SVG (so PNG/SVG exports are crisp), `height` tall; colours come from CSS classes per kind. */
export function NodeShape({ kind, height = NODE_SIZE.height }: { kind: NodeKind; height?: number }) {
  const H = height;
  let shape: React.ReactNode;
  switch (kind) {
    case 'start':
    case 'end':
      shape = <rect x={2} y={6} width={W - 4} height={H - 12} rx={(H - 12) / 2} />;
      break;
    case 'decision':
      shape = <polygon points={`${-12},${H / 2} ${W / 2},${-14} ${W + 12},${H / 2} ${W / 2},${H + 14}`} />;
      break;
    case 'wait':
      // A queue: a box with the customer-facing side open to the left, drawn dashed.
      shape = <rect x={2} y={2} width={W - 4} height={H - 4} rx={18} strokeDasharray="10 6" />;
      break;
    case 'handoff':
      shape = <polygon points={`2,2 ${W - 30},2 ${W - 2},${H / 2} ${W - 30},${H - 2} 2,${H - 2} 22,${H / 2}`} />;
      break;
    case 'document':
      shape = <path d={`M2,2 H${W - 2} V${H - 14} Q${W * 0.75},${H - 30} ${W / 2},${H - 14} T2,${H - 14} Z`} />;
      break;
    default:
      shape = <rect x={2} y={2} width={W - 4} height={H - 4} rx={8} />;
  }
  return (
    <svg className="pm-shape" width={W} height={H} viewBox={`0 0 ${W} ${H}`} overflow="visible" aria-hidden>
      {shape}
    </svg>
  );
}
