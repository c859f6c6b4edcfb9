import { MAX_PASTED_ITEMS } from '../../text/paste-lines';
import { FISHBONE_LIMITS, type FishboneCommand, type FishboneDoc } from './model';

/** Where a pasted list goes: under a category (or a cause), after a sibling or last. */
export interface CauseSpot {
  boneId: string;
  parentId: string | null;
  afterId: string | null;
}

/**
 * The spot for pasted causes: after the selected cause (its siblings), under the selected category, else the first
 * category. Undefined when the diagram has no category.
 */
export function pasteSpot(
  doc: FishboneDoc,
  selected: { kind: 'cause' | 'bone'; id: string } | null,
): CauseSpot | undefined {
  if (selected?.kind === 'cause') {
    const c = doc.causes.find((x) => x.id === selected.id);
    if (c) return { boneId: c.boneId, parentId: c.parentId, afterId: c.id };
  }
  const bone = (selected?.kind === 'bone' && doc.bones.find((b) => b.id === selected.id)) || doc.bones[0];
  return bone ? { boneId: bone.id, parentId: null, afterId: null } : undefined;
}

/** One cause per pasted line, in order at `spot`; one command, so one undo step. */
export function pasteCausesCommand(
  doc: FishboneDoc,
  lines: readonly string[],
  spot: CauseSpot,
  newId: () => string,
): { command: FishboneCommand | null; causeIds: string[]; skipped: number } {
  const room = Math.max(0, Math.min(MAX_PASTED_ITEMS, FISHBONE_LIMITS.causes - doc.causes.length));
  const taken = lines.slice(0, room);
  const skipped = lines.length - taken.length;
  if (taken.length === 0) return { command: null, causeIds: [], skipped };
  const causes = taken.map((text) => ({ id: newId(), boneId: spot.boneId, parentId: spot.parentId, text }));
  return { command: { type: 'addCauses', causes, afterId: spot.afterId }, causeIds: causes.map((c) => c.id), skipped };
}
