import { z } from 'zod';
import { clipEnvelope, clipSchema, readBoardClip, type ReadBoardClip } from '../clipboard';
import {
  childLevel,
  DRIVER_LIMITS,
  DriverNode,
  subtreeIds,
  type DriverDiagramCommand,
  type DriverDiagramDoc,
  type SingleDriverDiagramCommand,
} from './model';
import { orderedNodes } from './layout';

/** Copied boxes in diagram order: the top ones (`parentId` null) with everything below them. */
export const DriverClip = clipSchema('driver-diagram', {
  nodes: z.array(DriverNode).min(1).max(DRIVER_LIMITS.nodes),
});
export type DriverClip = z.infer<typeof DriverClip>;

export function readDriverClip(raw: string): ReadBoardClip<DriverClip> {
  return readBoardClip(raw, 'driver-diagram', DriverClip);
}

/** The chosen boxes whose own ancestors are not chosen: a box goes with everything below it. */
export function topBoxes(doc: DriverDiagramDoc, ids: readonly string[]): DriverNode[] {
  const chosen = new Set(ids);
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  return orderedNodes(doc)
    .map((o) => o.node)
    .filter((n) => {
      if (!chosen.has(n.id)) return false;
      const seen = new Set<string>();
      for (let p = n.parentId; p !== null && !seen.has(p); p = byId.get(p)?.parentId ?? null) {
        if (chosen.has(p)) return false;
        seen.add(p);
      }
      return true;
    });
}

/** The chosen boxes with what is below them; plain text is their texts one a line, in diagram order. */
export function copyBoxes(doc: DriverDiagramDoc, ids: readonly string[]): { clip: DriverClip; text: string } | null {
  const tops = topBoxes(doc, ids);
  if (tops.length === 0) return null;
  const inClip = new Set(tops.flatMap((n) => [...subtreeIds(doc, n.id)]));
  const topIds = new Set(tops.map((n) => n.id));
  const nodes = orderedNodes(doc)
    .map((o) => o.node)
    .filter((n) => inClip.has(n.id))
    .map((n) => (topIds.has(n.id) ? { ...n, parentId: null } : n));
  return {
    clip: { ...clipEnvelope('driver-diagram'), nodes },
    text: nodes
      .map((n) => n.text.replace(/\s*\n\s*/g, ' ').trim())
      .filter(Boolean)
      .join('\n'),
  };
}

/**
 * The copied boxes at the selected box: after it when the top ones are of its level, under it when they are of the
 * level below (under the aim for primary drivers). New ids, one batch (one undo step). Null when the levels do not
 * fit there: the caller pastes the texts as lines instead.
 */
export function pasteBoxesClipCommand(
  doc: DriverDiagramDoc,
  clip: DriverClip,
  selected: DriverNode | undefined,
  newId: () => string,
): { command: DriverDiagramCommand; nodeIds: string[] } | null {
  const tops = clip.nodes.filter((n) => n.parentId === null);
  const level = tops[0]?.level;
  if (!level || tops.some((n) => n.level !== level)) return null;
  let parentId: string | null;
  let after: string | undefined;
  if (selected && selected.level === level) {
    parentId = selected.parentId;
    after = selected.id;
  } else if (childLevel(selected ? selected.level : 'aim') === level) parentId = selected ? selected.id : null;
  else return null;
  const ids = new Map(clip.nodes.map((n) => [n.id, newId()]));
  const commands: SingleDriverDiagramCommand[] = [];
  for (const n of clip.nodes) {
    const id = ids.get(n.id)!;
    if (n.parentId === null) {
      commands.push({ type: 'addNode', node: { ...n, id, parentId }, ...(after ? { afterId: after } : {}) });
      if (after) after = id;
    } else {
      const parent = ids.get(n.parentId);
      if (parent) commands.push({ type: 'addNode', node: { ...n, id, parentId: parent } });
    }
  }
  return {
    command: { type: 'batch', label: 'paste', commands },
    nodeIds: tops.map((n) => ids.get(n.id)!),
  };
}

/** Deletes the chosen boxes (each with everything below it) as one undo step. */
export function deleteBoxesCommand(doc: DriverDiagramDoc, ids: readonly string[]): DriverDiagramCommand | null {
  const tops = topBoxes(doc, ids);
  if (tops.length === 0) return null;
  const commands = tops.map((n) => ({ type: 'deleteNode' as const, id: n.id }));
  return commands.length === 1 ? commands[0]! : { type: 'batch', label: 'delete', commands };
}
