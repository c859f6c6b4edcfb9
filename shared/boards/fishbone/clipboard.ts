import { z } from 'zod';
import { clipEnvelope, clipSchema, readBoardClip, type ReadBoardClip } from '../clipboard';
import { Cause, FISHBONE_LIMITS, type FishboneDoc, type SingleFishboneCommand } from './model';
import type { CauseSpot } from './paste';
import { orderedCauses, subtreeIds } from './tree';

/** Copied causes in reading order: the top ones (`parentId` null) with their sub-causes, marks and evidence. */
export const FishClip = clipSchema('fishbone', { causes: z.array(Cause).min(1).max(FISHBONE_LIMITS.causes) });
export type FishClip = z.infer<typeof FishClip>;

export function readFishClip(raw: string): ReadBoardClip<FishClip> {
  return readBoardClip(raw, 'fishbone', FishClip);
}

/** The chosen causes whose own ancestors are not chosen, in reading order: a cause goes with its sub-causes. */
export function topCauses(doc: FishboneDoc, ids: readonly string[]): string[] {
  const chosen = new Set(ids);
  const parent = new Map(doc.causes.map((c) => [c.id, c.parentId]));
  return orderedCauses(doc)
    .map(({ cause }) => cause.id)
    .filter((id) => {
      if (!chosen.has(id)) return false;
      const seen = new Set<string>();
      for (let p = parent.get(id) ?? null; p !== null && !seen.has(p); p = parent.get(p) ?? null) {
        if (chosen.has(p)) return false;
        seen.add(p);
      }
      return true;
    });
}

/** The chosen causes with their sub-causes; plain text is their texts one a line, in reading order. */
export function copyCauses(doc: FishboneDoc, ids: readonly string[]): { clip: FishClip; text: string } | null {
  const tops = topCauses(doc, ids);
  if (tops.length === 0) return null;
  const inClip = new Set(tops.flatMap((id) => [...subtreeIds(doc, id)]));
  const topSet = new Set(tops);
  const causes = orderedCauses(doc)
    .map(({ cause }) => cause)
    .filter((c) => inClip.has(c.id))
    .map((c) => (topSet.has(c.id) ? { ...c, parentId: null } : c));
  return {
    clip: { ...clipEnvelope('fishbone'), causes },
    text: causes
      .map((c) => c.text.replace(/\s*\n\s*/g, ' ').trim())
      .filter(Boolean)
      .join('\n'),
  };
}

/**
 * The copied causes at `spot` with new ids: the top ones as siblings there in order, sub-causes under their copied
 * parents, root-cause marks and evidence kept (a link to a 5-whys chain is not: it belongs to the original). One
 * batch, so one undo step; causes past the board's bound are counted in `skipped`.
 */
export function pasteCausesClipCommand(
  doc: FishboneDoc,
  clip: FishClip,
  spot: CauseSpot,
  newId: () => string,
): {
  command: { type: 'batch'; label: 'paste'; commands: SingleFishboneCommand[] } | null;
  causeIds: string[];
  skipped: number;
} {
  const room = Math.max(0, FISHBONE_LIMITS.causes - doc.causes.length);
  // A sub-cause whose parent was left out cannot come either.
  const ids = new Map<string, string>();
  const taken: Cause[] = [];
  for (const c of clip.causes) {
    if (taken.length >= room) break;
    if (c.parentId !== null && !ids.has(c.parentId)) continue;
    ids.set(c.id, newId());
    taken.push(c);
  }
  const skipped = clip.causes.length - taken.length;
  if (taken.length === 0) return { command: null, causeIds: [], skipped };
  const commands: SingleFishboneCommand[] = [];
  const marks: SingleFishboneCommand[] = [];
  let after = spot.afterId;
  const tops: string[] = [];
  for (const c of taken) {
    const id = ids.get(c.id)!;
    const top = c.parentId === null;
    commands.push({
      type: 'addCause',
      cause: { id, boneId: spot.boneId, parentId: top ? spot.parentId : ids.get(c.parentId!)!, text: c.text },
      afterId: top ? after : null,
    });
    if (top) {
      after = id;
      tops.push(id);
    }
    if (c.rootCause) marks.push({ type: 'setRootCause', id, rootCause: true });
    if (c.evidence !== null || c.evidenceNote !== '')
      marks.push({ type: 'setEvidence', id, evidence: c.evidence, note: c.evidenceNote });
  }
  return { command: { type: 'batch', label: 'paste', commands: [...commands, ...marks] }, causeIds: tops, skipped };
}

/** Deletes the chosen causes (each with its sub-causes) as one undo step. */
export function deleteCausesCommand(
  doc: FishboneDoc,
  ids: readonly string[],
): SingleFishboneCommand | { type: 'batch'; label: 'delete'; commands: SingleFishboneCommand[] } | null {
  const commands = topCauses(doc, ids).map((id) => ({ type: 'deleteCause' as const, id }));
  if (commands.length === 0) return null;
  return commands.length === 1 ? commands[0]! : { type: 'batch', label: 'delete', commands };
}

/**
 * Moves the chosen causes (with their sub-causes) straight onto category `boneId`, last, in reading order: one undo
 * step. Null when every one is already there.
 */
export function moveCausesCommand(
  doc: FishboneDoc,
  ids: readonly string[],
  boneId: string,
): SingleFishboneCommand | { type: 'batch'; label: 'move'; commands: SingleFishboneCommand[] } | null {
  const byId = new Map(doc.causes.map((c) => [c.id, c]));
  const commands = topCauses(doc, ids)
    .filter((id) => {
      const c = byId.get(id)!;
      return c.boneId !== boneId || c.parentId !== null;
    })
    .map((id) => ({ type: 'moveCause' as const, id, boneId, parentId: null, beforeId: null }));
  if (commands.length === 0) return null;
  return commands.length === 1 ? commands[0]! : { type: 'batch', label: 'move', commands };
}
