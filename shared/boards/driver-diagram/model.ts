import { z } from 'zod';
import { Id } from '../../domain/ids';
import { LIMITS } from '../../domain/limits';
import { ItemRef } from '../links';
import { batchCommand } from '../batch';

/** The three levels under the aim: primary drivers, secondary drivers and change ideas. */
export const NODE_LEVELS = ['primary', 'secondary', 'idea'] as const;
export type NodeLevel = (typeof NODE_LEVELS)[number];

/** The level a child of a node of `level` has (null: the aim's children are primary drivers; ideas have none). */
export function childLevel(level: NodeLevel | 'aim'): NodeLevel | null {
  return level === 'aim' ? 'primary' : level === 'primary' ? 'secondary' : level === 'secondary' ? 'idea' : null;
}

export const DRIVER_LIMITS = {
  nodes: 400,
  /** Recommended primary drivers (2–5); above this the board warns, softly. */
  primaryMax: 5,
  primaryMin: 2,
} as const;

const Text = z.string().max(LIMITS.shortText);

/** A SMART aim: what, for whom, how much, by when, and the whole sentence the team agrees on. */
export const Aim = z.object({
  what: Text,
  forWhom: Text,
  howMuch: Text,
  /** A date (`yyyy-mm-dd`) or free text such as "kevät 2026". */
  byWhen: z.string().max(LIMITS.name),
  statement: z.string().max(LIMITS.longText),
});
export type Aim = z.infer<typeof Aim>;

export const DriverNode = z.object({
  id: Id,
  level: z.enum(NODE_LEVELS),
  /** Parent node; null for primary drivers (their parent is the aim). */
  parentId: Id.nullable(),
  text: z.string().max(LIMITS.noteText),
  /** Where an adopted change idea came from (a vote winner, a countermeasure, a parked idea); null when typed here. */
  source: ItemRef.nullable(),
  /** The source's name and kind when adopted, shown if the source is later removed. */
  sourceBoardName: z.string().max(LIMITS.name),
});
export type DriverNode = z.infer<typeof DriverNode>;

/** Nodes are kept flat; siblings are ordered by their position in the array. */
export const DriverDiagramDoc = z.object({
  aim: Aim,
  nodes: z.array(DriverNode).max(DRIVER_LIMITS.nodes),
});
export type DriverDiagramDoc = z.infer<typeof DriverDiagramDoc>;

const SINGLE_COMMANDS = [
  z.object({ type: z.literal('setAim'), patch: Aim.partial() }),
  /** Adds a node under its parent: after the sibling `afterId`, first when null, last when absent. */
  z.object({ type: z.literal('addNode'), node: DriverNode, afterId: Id.nullable().optional() }),
  /** Takes a change idea from another board into the diagram under a secondary driver; `node.source` names it. */
  z.object({ type: z.literal('adoptIdea'), node: DriverNode }),
  /** Pasted lines as siblings in order: the first after `afterId` (last when absent), one undo step. */
  z.object({
    type: z.literal('addNodes'),
    nodes: z.array(DriverNode).min(1).max(DRIVER_LIMITS.nodes),
    afterId: Id.optional(),
  }),
  z.object({ type: z.literal('setText'), id: Id, text: DriverNode.shape.text }),
  /** Moves a node one place up or down among its siblings. */
  z.object({ type: z.literal('moveNode'), id: Id, direction: z.enum(['up', 'down']) }),
  /** Removes the node and everything under it. */
  z.object({ type: z.literal('deleteNode'), id: Id }),
] as const;

/** One edit that is not a batch. */
export const SingleDriverDiagramCommand = z.discriminatedUnion('type', SINGLE_COMMANDS);
export type SingleDriverDiagramCommand = z.infer<typeof SingleDriverDiagramCommand>;

export const DriverDiagramCommand = z.discriminatedUnion('type', [
  ...SINGLE_COMMANDS,
  /** Several edits as one undo step (a multi-selection deleted, a copy pasted). */
  batchCommand(SingleDriverDiagramCommand, DRIVER_LIMITS.nodes * 2),
]);
export type DriverDiagramCommand = z.infer<typeof DriverDiagramCommand>;

export function emptyAim(): Aim {
  return { what: '', forWhom: '', howMuch: '', byWhen: '', statement: '' };
}

export function newNode(id: string, level: NodeLevel, parentId: string | null, text: string): DriverNode {
  return { id, level, parentId, text, source: null, sourceBoardName: '' };
}

export function childrenOf(doc: Pick<DriverDiagramDoc, 'nodes'>, parentId: string | null): DriverNode[] {
  return doc.nodes.filter((n) => n.parentId === parentId);
}

/** The node and all its descendants' ids. */
export function subtreeIds(doc: Pick<DriverDiagramDoc, 'nodes'>, id: string): Set<string> {
  const out = new Set<string>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const n of doc.nodes)
      if (n.parentId && out.has(n.parentId) && !out.has(n.id)) {
        out.add(n.id);
        grew = true;
      }
  }
  return out;
}

/** A one-sentence aim built from the SMART parts, for when the team has not written its own yet. */
export function aimSentence(aim: Pick<Aim, 'what' | 'forWhom' | 'howMuch' | 'byWhen'>): string {
  const parts = [aim.what.trim(), aim.forWhom.trim(), aim.howMuch.trim(), aim.byWhen.trim()].filter((p) => p !== '');
  return parts.length === 0 ? '' : `${parts.join(', ')}.`.replace(/\.\.$/, '.');
}
