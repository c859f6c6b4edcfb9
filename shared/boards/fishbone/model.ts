import { z } from 'zod';
import { batchCommand } from '../batch';
import { Id } from '../../domain/ids';
import { LIMITS } from '../../domain/limits';
import { ItemRef } from '../links';

/** Category sets a fishbone can start from (docs/domain.md: Kehmet's service set by default, the classic 6M as an alternative). */
export const BONE_PRESETS = {
  service: ['working-methods', 'people', 'measurement', 'content', 'environment', 'tools'],
  sixM: ['man', 'method', 'machine', 'material', 'measurement-6m', 'mother-nature'],
} as const;
export type BoneTemplate = keyof typeof BONE_PRESETS;
export const BONE_TEMPLATES = Object.keys(BONE_PRESETS) as BoneTemplate[];
export const BONE_PRESET_KEYS = [...BONE_PRESETS.service, ...BONE_PRESETS.sixM] as const;
export type BonePreset = (typeof BONE_PRESET_KEYS)[number];

/** Finnish names of the preset categories, for Excel and the CLI (the UI shows them translated). */
export const BONE_PRESET_FI: Record<BonePreset, string> = {
  'working-methods': 'Työtavat',
  people: 'Ihmiset',
  measurement: 'Mittaaminen',
  content: 'Sisällöt',
  environment: 'Ympäristö',
  tools: 'Työvälineet',
  man: 'Ihmiset',
  method: 'Menetelmät',
  machine: 'Laitteet ja järjestelmät',
  material: 'Materiaalit',
  'measurement-6m': 'Mittaaminen',
  'mother-nature': 'Ympäristö',
};

/** How a candidate root cause is known: seen in practice, shown by data, or only believed. */
export const EVIDENCE = ['observed', 'measured', 'assumed'] as const;
export type Evidence = (typeof EVIDENCE)[number];

export const EVIDENCE_FI: Record<Evidence, string> = { observed: 'Havaittu', measured: 'Mitattu', assumed: 'Oletettu' };

export const FISHBONE_LIMITS = { bones: 12, causes: 5000, parked: 500, depth: 6 } as const;

/**
 * A cause category. `name` is what the team typed; when empty the category shows its preset's translated name
 * (so a fresh board reads right in every UI language).
 */
export const Bone = z.object({
  id: Id,
  name: z.string().max(LIMITS.name),
  preset: z.enum(BONE_PRESET_KEYS).nullable(),
});
export type Bone = z.infer<typeof Bone>;

/**
 * A cause on a bone; `parentId` makes it a sub-cause (the doc is a forest by parent id, siblings in array order).
 * A sub-cause is always on its parent's bone.
 */
export const Cause = z.object({
  id: Id,
  boneId: Id,
  parentId: Id.nullable(),
  text: z.string().max(LIMITS.noteText),
  /** Marked by the team as a candidate root cause. */
  rootCause: z.boolean(),
  evidence: z.enum(EVIDENCE).nullable(),
  evidenceNote: z.string().max(LIMITS.longText),
  /** The 5-whys chain opened from this cause, if any. */
  whys: ItemRef.nullable(),
});
export type Cause = z.infer<typeof Cause>;

/** A solution proposed too early, parked for later (it becomes a change idea). */
export const ParkedItem = z.object({ id: Id, text: z.string().max(LIMITS.noteText) });
export type ParkedItem = z.infer<typeof ParkedItem>;

export const Effect = z.object({
  text: z.string().max(LIMITS.noteText),
  /** The process-map problem marker (or other item) the effect came from. */
  source: ItemRef.nullable(),
});

const FishboneDocShape = z.object({
  effect: Effect,
  bones: z.array(Bone).max(FISHBONE_LIMITS.bones),
  causes: z.array(Cause).max(FISHBONE_LIMITS.causes),
  parked: z.array(ParkedItem).max(FISHBONE_LIMITS.parked),
});

/**
 * The first structural problem of a fishbone document, or null: duplicate ids, a cause on a missing bone, a missing
 * parent, a sub-cause on another bone than its parent, a cycle of parents, or nesting deeper than allowed. Linear
 * time, so a 5,000-cause package is checked at once and a cyclic one never hangs anything.
 */
export function fishboneProblem(doc: z.infer<typeof FishboneDocShape>): string | null {
  const ids = new Set<string>();
  for (const b of doc.bones) {
    if (ids.has(b.id)) return `duplicate id ${b.id}`;
    ids.add(b.id);
  }
  const byId = new Map<string, Cause>();
  for (const c of doc.causes) {
    if (ids.has(c.id)) return `duplicate id ${c.id}`;
    ids.add(c.id);
    byId.set(c.id, c);
  }
  const boneIds = new Set(doc.bones.map((b) => b.id));
  for (const c of doc.causes) {
    if (!boneIds.has(c.boneId)) return `cause ${c.id} is on a missing category ${c.boneId}`;
    if (c.parentId !== null) {
      const p = byId.get(c.parentId);
      if (!p) return `cause ${c.id} has a missing parent ${c.parentId}`;
      if (p.boneId !== c.boneId) return `sub-cause ${c.id} is on another category than its parent ${p.id}`;
    }
  }
  const depth = new Map<string, number>();
  for (const c of doc.causes) {
    const path: Cause[] = [];
    const onPath = new Set<string>();
    let cur: Cause | undefined = c;
    while (cur && !depth.has(cur.id)) {
      if (onPath.has(cur.id)) return `causes form a cycle through ${cur.id}`;
      onPath.add(cur.id);
      path.push(cur);
      cur = cur.parentId === null ? undefined : byId.get(cur.parentId);
    }
    let d = cur ? depth.get(cur.id)! : 0;
    for (let i = path.length - 1; i >= 0; i--) {
      d += 1;
      depth.set(path[i]!.id, d);
    }
    if ((depth.get(c.id) ?? 0) > FISHBONE_LIMITS.depth)
      return `cause ${c.id} is nested deeper than ${FISHBONE_LIMITS.depth} levels`;
  }
  return null;
}

export const FishboneDoc = FishboneDocShape.superRefine((doc, ctx) => {
  const problem = fishboneProblem(doc);
  if (problem) ctx.addIssue({ code: 'custom', message: `fishbone: ${problem}` });
});
export type FishboneDoc = z.infer<typeof FishboneDoc>;

export const NewCause = Cause.pick({ id: true, boneId: true, parentId: true, text: true });

export type NewCause = z.infer<typeof NewCause>;

const SINGLE_COMMANDS = [
  z.object({ type: z.literal('setEffect'), text: Effect.shape.text }),
  /** Links the effect to the item it came from (null unlinks). */
  z.object({ type: z.literal('setEffectSource'), source: ItemRef.nullable() }),
  z.object({ type: z.literal('addBone'), bone: Bone }),
  z.object({ type: z.literal('renameBone'), id: Id, name: Bone.shape.name }),
  /** Removes the category with its causes (undo brings them back). */
  z.object({ type: z.literal('deleteBone'), id: Id }),
  /** Moves a category to another place in the diagram (0 = first). */
  z.object({ type: z.literal('moveBone'), id: Id, index: z.number().int().min(0).max(FISHBONE_LIMITS.bones) }),
  /**
   * Gives the first bones the template's categories (names cleared so the preset shows), adding bones up to the
   * template's count with the given ids. Causes stay where they are.
   */
  z.object({
    type: z.literal('applyTemplate'),
    template: z.enum(BONE_TEMPLATES as [BoneTemplate, ...BoneTemplate[]]),
    newIds: z.array(Id).max(FISHBONE_LIMITS.bones),
  }),
  /** Adds a cause; `afterId` places it right after that sibling, otherwise last among its siblings. */
  z.object({ type: z.literal('addCause'), cause: NewCause, afterId: Id.nullable() }),
  /** A pasted list: siblings in order, the first after `afterId` (or last); one undo step. */
  z.object({ type: z.literal('addCauses'), causes: z.array(NewCause).min(1).max(500), afterId: Id.nullable() }),
  z.object({ type: z.literal('setCauseText'), id: Id, text: Cause.shape.text }),
  /**
   * Moves a cause with its sub-causes onto a bone, under a parent (null = straight on the bone), before a sibling
   * (null = last). One command per drag.
   */
  z.object({ type: z.literal('moveCause'), id: Id, boneId: Id, parentId: Id.nullable(), beforeId: Id.nullable() }),
  /** Deletes a cause with its sub-causes. */
  z.object({ type: z.literal('deleteCause'), id: Id }),
  z.object({ type: z.literal('setRootCause'), id: Id, rootCause: z.boolean() }),
  z.object({ type: z.literal('setEvidence'), id: Id, evidence: Cause.shape.evidence, note: Cause.shape.evidenceNote }),
  /** Records the 5-whys chain opened from a cause (null unlinks). */
  z.object({ type: z.literal('linkWhys'), id: Id, whys: ItemRef.nullable() }),
  z.object({ type: z.literal('addParked'), item: ParkedItem }),
  z.object({ type: z.literal('setParkedText'), id: Id, text: ParkedItem.shape.text }),
  z.object({ type: z.literal('deleteParked'), id: Id }),
] as const;

/** One edit that is not a batch. */
export const SingleFishboneCommand = z.discriminatedUnion('type', SINGLE_COMMANDS);
export type SingleFishboneCommand = z.infer<typeof SingleFishboneCommand>;

export const FishboneCommand = z.discriminatedUnion('type', [
  ...SINGLE_COMMANDS,
  /** Several edits as one undo step (the causes selected together: delete, move, a pasted copy). */
  batchCommand(SingleFishboneCommand, FISHBONE_LIMITS.causes * 3),
]);
export type FishboneCommand = z.infer<typeof FishboneCommand>;
