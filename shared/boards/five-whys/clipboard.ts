import { z } from 'zod';
import { clipEnvelope, clipSchema, readBoardClip, type ReadBoardClip } from '../clipboard';
import { WHYS_LIMITS, WhyStep, type FiveWhysCommand, type FiveWhysDoc, type SingleFiveWhysCommand } from './model';
import { orderedSteps, stepSubtree } from './tree';

/** Copied whys in chain order: the top ones (`parentId` null) with everything below them. */
export const WhysClip = clipSchema('five-whys', { steps: z.array(WhyStep).min(1).max(WHYS_LIMITS.steps) });
export type WhysClip = z.infer<typeof WhysClip>;

export function readWhysClip(raw: string): ReadBoardClip<WhysClip> {
  return readBoardClip(raw, 'five-whys', WhysClip);
}

/** The chosen whys whose own ancestors are not chosen: a why goes with everything below it. */
export function topWhys(doc: FiveWhysDoc, ids: readonly string[]): string[] {
  const chosen = new Set(ids);
  const parent = new Map(doc.steps.map((s) => [s.id, s.parentId]));
  return orderedSteps(doc)
    .map(({ step }) => step.id)
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

/** The chosen whys with what is below them; plain text is their answers one a line, in chain order. */
export function copyWhys(doc: FiveWhysDoc, ids: readonly string[]): { clip: WhysClip; text: string } | null {
  const tops = topWhys(doc, ids);
  if (tops.length === 0) return null;
  const inClip = new Set(tops.flatMap((id) => [...stepSubtree(doc, id)]));
  const topSet = new Set(tops);
  const steps = orderedSteps(doc)
    .map(({ step }) => step)
    .filter((s) => inClip.has(s.id))
    .map((s) => (topSet.has(s.id) ? { ...s, parentId: null } : s));
  return {
    clip: { ...clipEnvelope('five-whys'), steps },
    text: steps
      .map((s) => s.answer.replace(/\s*\n\s*/g, ' ').trim())
      .filter(Boolean)
      .join('\n'),
  };
}

/**
 * The copied whys under `parentId` (null: under the problem) with new ids, root-cause marks and countermeasures
 * kept: one batch, so one undo step. `stepIds` are the new top whys.
 */
export function pasteWhysCommand(
  clip: WhysClip,
  parentId: string | null,
  newId: () => string,
): { command: FiveWhysCommand; stepIds: string[] } {
  const ids = new Map(clip.steps.map((s) => [s.id, newId()]));
  const commands: SingleFiveWhysCommand[] = [];
  const tops: string[] = [];
  for (const s of clip.steps) {
    const id = ids.get(s.id)!;
    const parent = s.parentId === null ? parentId : (ids.get(s.parentId) ?? parentId);
    if (parent === parentId) tops.push(id);
    commands.push({
      type: 'addStep',
      step: { id, parentId: parent, question: s.question, answer: s.answer },
      afterId: null,
    });
    if (s.rootCause) commands.push({ type: 'setRootCause', id, rootCause: true });
    if (s.countermeasure) commands.push({ type: 'setCountermeasure', id, text: s.countermeasure });
  }
  return { command: { type: 'batch', label: 'paste', commands }, stepIds: tops };
}

/** Deletes the chosen whys (each with everything below it) as one undo step. */
export function deleteWhysCommand(doc: FiveWhysDoc, ids: readonly string[]): FiveWhysCommand | null {
  const tops = topWhys(doc, ids);
  if (tops.length === 0) return null;
  return { type: 'batch', label: 'delete', commands: tops.map((id) => ({ type: 'deleteStep' as const, id })) };
}

/** Marks (or unmarks) every chosen why as a root cause, as one undo step. */
export function setRootManyCommand(
  doc: FiveWhysDoc,
  ids: readonly string[],
  rootCause: boolean,
): FiveWhysCommand | null {
  const chosen = new Set(ids);
  const commands = doc.steps
    .filter((s) => chosen.has(s.id) && s.rootCause !== rootCause)
    .map((s) => ({ type: 'setRootCause' as const, id: s.id, rootCause }));
  return commands.length > 0 ? { type: 'batch', label: 'change', commands } : null;
}
