import { LIMITS } from '../../domain/limits';
import { MAX_PASTED_ITEMS, pastedLines } from '../../text/paste-lines';
import { blankStep, type ValueStreamCommand, type ValueStreamDoc } from './model';

/** Most steps a value stream holds (the document schema's bound). */
export const MAX_STREAM_STEPS = 200;

/** Pasted text as step names: one per non-empty line, bullets dropped, each cut to a name's length. */
export function pastedStepNames(text: string): string[] {
  return pastedLines(text, LIMITS.name);
}

/**
 * One step per pasted name, in order at `index` (after the selected step, or at the end); one command, so one undo
 * step. Names past the per-paste limit or the stream's bound are left out and counted in `skipped`.
 */
export function pasteStepsCommand(
  doc: ValueStreamDoc,
  names: readonly string[],
  index: number,
  newId: () => string,
): { command: ValueStreamCommand | null; stepIds: string[]; skipped: number } {
  const room = Math.max(0, Math.min(MAX_PASTED_ITEMS, MAX_STREAM_STEPS - doc.steps.length));
  const taken = names.slice(0, room);
  const skipped = names.length - taken.length;
  if (taken.length === 0) return { command: null, stepIds: [], skipped };
  const steps = taken.map((name) => blankStep(newId(), name));
  return {
    command: { type: 'pasteSteps', steps, index: Math.min(Math.max(0, index), doc.steps.length) },
    stepIds: steps.map((s) => s.id),
    skipped,
  };
}
