import type { Box, FishboneLayout } from '../../../../shared/boards/fishbone/layout';
import type { FishSelection } from './FishboneCanvas';

type Dir = 'left' | 'right' | 'up' | 'down';

/** Every selectable thing with its box, head first, then bone labels, then causes in reading order. */
export function selectables(layout: FishboneLayout): { sel: NonNullable<FishSelection>; box: Box }[] {
  return [
    { sel: { kind: 'head' }, box: layout.head },
    ...layout.bones.map((b) => ({ sel: { kind: 'bone' as const, id: b.id }, box: b.label })),
    ...layout.notes.map((n) => ({ sel: { kind: 'cause' as const, id: n.id }, box: n as Box })),
  ];
}

export function boxOf(layout: FishboneLayout, sel: FishSelection): Box | undefined {
  if (!sel) return undefined;
  if (sel.kind === 'head') return layout.head;
  if (sel.kind === 'bone') return layout.bones.find((b) => b.id === sel.id)?.label;
  return layout.notes.find((n) => n.id === sel.id);
}

/**
 * Arrow-key navigation by what is on screen: the nearest item whose centre lies in that direction, preferring items
 * straight ahead (sideways distance counts double).
 */
export function neighbour(layout: FishboneLayout, from: FishSelection, dir: Dir): FishSelection {
  const all = selectables(layout);
  const cur = boxOf(layout, from);
  if (!cur) return all.find((a) => a.sel.kind === 'bone')?.sel ?? all[0]?.sel ?? null;
  const cx = cur.x + cur.w / 2;
  const cy = cur.y + cur.h / 2;
  let best: FishSelection = null;
  let bestScore = Infinity;
  for (const a of all) {
    if (a.box === cur) continue;
    const ax = a.box.x + a.box.w / 2;
    const ay = a.box.y + a.box.h / 2;
    const dx = ax - cx;
    const dy = ay - cy;
    let along: number;
    let across: number;
    if (dir === 'right' || dir === 'left') {
      along = dir === 'right' ? dx : -dx;
      across = Math.abs(dy);
    } else {
      along = dir === 'down' ? dy : -dy;
      across = Math.abs(dx);
    }
    if (along <= 4) continue;
    // Within a column, up/down steps to the next item even when it is indented.
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = a.sel;
    }
  }
  return best ?? from;
}
