import { z } from 'zod';
import {
  Lane,
  ProcessEdge,
  ProcessNode,
  type ProcessMapCommand,
  type ProcessMapDoc,
  type SingleProcessMapCommand,
} from './model';
import { LANE } from './geometry';
import { flowOrder } from './flow';
import { NODE_SIZE } from './model';
import type { NewId } from './edit';
import type { TranslationKey } from '../../i18n/keys';
import { CLIPBOARD_MIME, CLIPBOARD_VERSION, clipSchema, readBoardClip } from '../clipboard';

export { CLIPBOARD_MIME, CLIPBOARD_VERSION };

export const ProcessMapClip = clipSchema('process-map', {
  lanes: z.array(Lane).max(30),
  nodes: z.array(ProcessNode).min(1).max(2000),
  edges: z.array(ProcessEdge).max(4000),
});
export type ProcessMapClip = z.infer<typeof ProcessMapClip>;

/** The selected steps, the lanes they sit in and the links between them; plain text is their texts in flow order. */
export function copyClip(doc: ProcessMapDoc, ids: readonly string[]): { clip: ProcessMapClip; text: string } | null {
  const set = new Set(ids);
  const nodes = doc.nodes.filter((n) => set.has(n.id));
  if (nodes.length === 0) return null;
  const laneIds = new Set(nodes.map((n) => n.laneId));
  const order = flowOrder(doc).filter((id) => set.has(id));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return {
    clip: {
      app: 'lapimurtostudio',
      version: CLIPBOARD_VERSION,
      kind: 'process-map',
      lanes: doc.lanes.filter((l) => laneIds.has(l.id)),
      nodes,
      edges: doc.edges.filter((e) => set.has(e.source) && set.has(e.target)),
    },
    text: order.map((id) => byId.get(id)!.text).join('\n'),
  };
}

export type ReadClip = { ok: true; clip: ProcessMapClip } | { ok: false; key: TranslationKey };

/** Reads the app's clipboard JSON: a newer version or another board kind gets its own message key. */
export function readClip(raw: string): ReadClip {
  return readBoardClip(raw, 'process-map', ProcessMapClip);
}

/**
 * Pasted (or duplicated) steps get new ids and keep their links and shape, right of everything on the map. A step
 * keeps its lane when the map has it (same board), else goes to a lane of the same name, else to `fallbackLaneId`.
 * One batch: one undo step.
 */
export function pasteClipCommand(
  doc: ProcessMapDoc,
  clip: ProcessMapClip,
  fallbackLaneId: string,
  newId: NewId,
): { command: ProcessMapCommand; nodeIds: string[] } {
  const laneFor = new Map<string, string>();
  for (const l of clip.lanes) {
    const same =
      doc.lanes.find((x) => x.id === l.id) ??
      (l.name
        ? doc.lanes.find((x) => x.name.trim().toLocaleLowerCase('fi') === l.name.trim().toLocaleLowerCase('fi'))
        : undefined);
    laneFor.set(l.id, same?.id ?? fallbackLaneId);
  }
  const minX = Math.min(...clip.nodes.map((n) => n.x));
  const right =
    doc.nodes.length > 0 ? Math.max(...doc.nodes.map((n) => n.x)) + NODE_SIZE.width + LANE.gapX : LANE.originX;
  const dx = right - minX;
  const ids = new Map(clip.nodes.map((n) => [n.id, newId()]));
  const commands: SingleProcessMapCommand[] = clip.nodes.map((n) => ({
    type: 'addNode',
    node: { ...n, id: ids.get(n.id)!, laneId: laneFor.get(n.laneId) ?? fallbackLaneId, x: Math.min(100_000, n.x + dx) },
  }));
  for (const e of clip.edges) {
    const source = ids.get(e.source);
    const target = ids.get(e.target);
    if (source && target && source !== target)
      commands.push({ type: 'addEdge', edge: { ...e, id: newId(), source, target } });
  }
  return { command: { type: 'batch', label: 'paste', commands }, nodeIds: [...ids.values()] };
}
