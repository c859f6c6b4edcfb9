import { LIMITS } from '../../domain/limits';
import { textMatches } from '../../text/search';
import { MAX_PASTED_ITEMS, pastedLines } from '../../text/paste-lines';
import { WHYS_LIMITS, type FiveWhysCommand, type FiveWhysDoc } from './model';
import { orderedSteps, stepDepth } from './tree';

/** Pasted text as answers: one per non-empty line, bullets dropped, each cut to an answer's length. */
export function pastedAnswers(text: string): string[] {
  return pastedLines(text, LIMITS.noteText);
}

/**
 * The pasted answers as one chain under `parentId` (null: under the problem), each the answer to the previous one's
 * "Why?"; one command, so one undo step. Lines past the depth limit, the step limit or the per-paste limit are left
 * out and counted in `skipped`.
 */
export function pasteChainCommand(
  doc: FiveWhysDoc,
  answers: readonly string[],
  parentId: string | null,
  newId: () => string,
): { command: FiveWhysCommand | null; stepIds: string[]; skipped: number } {
  const depthRoom = WHYS_LIMITS.depth - (parentId === null ? 0 : stepDepth(doc, parentId));
  const room = Math.max(0, Math.min(MAX_PASTED_ITEMS, depthRoom, WHYS_LIMITS.steps - doc.steps.length));
  const taken = answers.slice(0, room);
  const skipped = answers.length - taken.length;
  if (taken.length === 0) return { command: null, stepIds: [], skipped };
  const steps = taken.map((answer) => ({ id: newId(), answer }));
  return { command: { type: 'addChain', parentId, steps }, stepIds: steps.map((s) => s.id), skipped };
}

/** The ids of the whys holding every word of the query (question, answer, countermeasure), in chain order; ä/ö/å are letters of their own. */
export function findInWhys(doc: FiveWhysDoc, query: string): string[] {
  if (!query.trim()) return [];
  return orderedSteps(doc)
    .filter(({ step: s }) => textMatches(`${s.question} ${s.answer} ${s.countermeasure}`, query))
    .map(({ step: s }) => s.id);
}
