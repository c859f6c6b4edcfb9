import { z } from 'zod';
import { clipEnvelope, clipSchema, readBoardClip, type ReadBoardClip } from '../clipboard';
import { VsStep, type ValueStreamCommand, type ValueStreamDoc } from './model';
import { MAX_STREAM_STEPS } from './paste';

/** Copied steps in stream order, with their times; a step's `after` names only steps copied with it. */
export const VsClip = clipSchema('value-stream', { steps: z.array(VsStep).min(1).max(MAX_STREAM_STEPS) });
export type VsClip = z.infer<typeof VsClip>;

export function readVsClip(raw: string): ReadBoardClip<VsClip> {
  return readBoardClip(raw, 'value-stream', VsClip);
}

/** The chosen steps in stream order; plain text is their names one a line. */
export function copySteps(doc: ValueStreamDoc, ids: readonly string[]): { clip: VsClip; text: string } | null {
  const chosen = new Set(ids);
  const steps = doc.steps.filter((s) => chosen.has(s.id));
  if (steps.length === 0) return null;
  return {
    clip: {
      ...clipEnvelope('value-stream'),
      steps: steps.map((s) => ({ ...s, after: s.after ? s.after.filter((a) => chosen.has(a)) : null })),
    },
    text: steps
      .map((s) => s.name.trim())
      .filter(Boolean)
      .join('\n'),
  };
}

/**
 * The copied steps at `index` with new ids, times and links among them kept; one command, so one undo step. Steps
 * past the stream's bound are left out and counted in `skipped`.
 */
export function pasteClipCommand(
  doc: ValueStreamDoc,
  clip: VsClip,
  index: number,
  newId: () => string,
): { command: ValueStreamCommand | null; stepIds: string[]; skipped: number } {
  const room = Math.max(0, MAX_STREAM_STEPS - doc.steps.length);
  const taken = clip.steps.slice(0, room);
  const skipped = clip.steps.length - taken.length;
  if (taken.length === 0) return { command: null, stepIds: [], skipped };
  const ids = new Map(taken.map((s) => [s.id, newId()]));
  const steps = taken.map((s) => ({
    ...s,
    id: ids.get(s.id)!,
    after: s.after ? s.after.map((a) => ids.get(a)).filter((a): a is string => a !== undefined) : null,
  }));
  return {
    command: { type: 'pasteSteps', steps, index: Math.min(Math.max(0, index), doc.steps.length) },
    stepIds: steps.map((s) => s.id),
    skipped,
  };
}

/** Deletes the chosen steps as one undo step. */
export function deleteStepsCommand(doc: ValueStreamDoc, ids: readonly string[]): ValueStreamCommand | null {
  const chosen = new Set(ids);
  const commands = doc.steps.filter((s) => chosen.has(s.id)).map((s) => ({ type: 'deleteStep' as const, id: s.id }));
  if (commands.length === 0) return null;
  return commands.length === 1 ? commands[0]! : { type: 'batch', label: 'delete', commands };
}

/**
 * Moves the chosen steps one place left (-1) or right (+1) together, keeping their spacing: one undo step. Nothing
 * moves when one of them is already at that end.
 */
export function moveStepsCommand(doc: ValueStreamDoc, ids: readonly string[], dir: -1 | 1): ValueStreamCommand | null {
  const chosen = new Set(ids);
  const at = doc.steps.map((s, i) => (chosen.has(s.id) ? i : -1)).filter((i) => i >= 0);
  if (at.length === 0) return null;
  if (dir < 0 ? at[0] === 0 : at[at.length - 1] === doc.steps.length - 1) return null;
  // Each step swaps with its free neighbour; going left the leftmost goes first, so no chosen step is passed over.
  const order = dir < 0 ? at : [...at].reverse();
  const commands = order.map((i) => ({ type: 'moveStep' as const, id: doc.steps[i]!.id, index: i + dir }));
  return commands.length === 1 ? commands[0]! : { type: 'batch', label: 'move', commands };
}
