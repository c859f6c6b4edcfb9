import { z } from 'zod';
import { Id } from '../../domain/ids';
import { LIMITS } from '../../domain/limits';
import { ItemRef } from '../links';
import { batchCommand } from '../batch';

export const WHYS_LIMITS = { steps: 1000, depth: 40 } as const;

/**
 * One "Why?" and its answer. `parentId` null hangs it straight under the problem; several steps with the same parent
 * are branches (one answer with two reasons). The doc is a forest by parent id, siblings in array order.
 */
export const WhyStep = z.object({
  id: Id,
  parentId: Id.nullable(),
  /** The question as asked; empty shows a plain "Why?". */
  question: z.string().max(LIMITS.shortText),
  answer: z.string().max(LIMITS.noteText),
  rootCause: z.boolean(),
  /** The proposed countermeasure for a root cause (becomes a change idea). */
  countermeasure: z.string().max(LIMITS.noteText),
});
export type WhyStep = z.infer<typeof WhyStep>;

const FiveWhysShape = z.object({
  problem: z.string().max(LIMITS.noteText),
  /** Where the chain started: a fishbone cause, a process-map problem marker; null when started from scratch. */
  source: ItemRef.nullable(),
  steps: z.array(WhyStep).max(WHYS_LIMITS.steps),
});

/**
 * The first structural problem of a 5-whys document, or null: a duplicate id, a missing parent, a cycle of parents
 * or a chain deeper than the limit. Linear, visit-once: a cyclic chain is reported, never followed forever.
 */
export function whysProblem(doc: z.infer<typeof FiveWhysShape>): string | null {
  const byId = new Map<string, WhyStep>();
  for (const s of doc.steps) {
    if (byId.has(s.id)) return `duplicate id ${s.id}`;
    byId.set(s.id, s);
  }
  for (const s of doc.steps)
    if (s.parentId !== null && !byId.has(s.parentId)) return `why ${s.id} has a missing parent ${s.parentId}`;
  const depth = new Map<string, number>();
  for (const s of doc.steps) {
    const path: WhyStep[] = [];
    const onPath = new Set<string>();
    let cur: WhyStep | undefined = s;
    while (cur && !depth.has(cur.id)) {
      if (onPath.has(cur.id)) return `the why-chain is cyclic: why ${cur.id} is its own ancestor`;
      onPath.add(cur.id);
      path.push(cur);
      cur = cur.parentId === null ? undefined : byId.get(cur.parentId);
    }
    let d = cur ? depth.get(cur.id)! : 0;
    for (let i = path.length - 1; i >= 0; i--) depth.set(path[i]!.id, ++d);
    if ((depth.get(s.id) ?? 0) > WHYS_LIMITS.depth) return `why ${s.id} is deeper than ${WHYS_LIMITS.depth} levels`;
  }
  return null;
}

export const FiveWhysDoc = FiveWhysShape.superRefine((doc, ctx) => {
  const problem = whysProblem(doc);
  if (problem) ctx.addIssue({ code: 'custom', message: `5 whys: ${problem}` });
});
export type FiveWhysDoc = z.infer<typeof FiveWhysDoc>;

const SINGLE_COMMANDS = [
  z.object({ type: z.literal('setProblem'), text: FiveWhysShape.shape.problem }),
  /** Records where the chain came from (a fishbone cause, a problem marker); null unlinks. */
  z.object({ type: z.literal('setSource'), source: ItemRef.nullable() }),
  /** Adds a why under `parentId` (null = under the problem), right after sibling `afterId` or last. */
  z.object({
    type: z.literal('addStep'),
    step: WhyStep.pick({ id: true, parentId: true, question: true, answer: true }),
    afterId: Id.nullable(),
  }),
  z.object({ type: z.literal('setQuestion'), id: Id, text: WhyStep.shape.question }),
  z.object({ type: z.literal('setAnswer'), id: Id, text: WhyStep.shape.answer }),
  /** Pasted lines as a chain of whys under `parentId` (each line the answer to the previous one's "Why?"): one undo step. */
  z.object({
    type: z.literal('addChain'),
    parentId: Id.nullable(),
    steps: z
      .array(WhyStep.pick({ id: true, answer: true }))
      .min(1)
      .max(WHYS_LIMITS.depth),
  }),
  /** Deletes a why with everything below it. */
  z.object({ type: z.literal('deleteStep'), id: Id }),
  z.object({ type: z.literal('setRootCause'), id: Id, rootCause: z.boolean() }),
  z.object({ type: z.literal('setCountermeasure'), id: Id, text: WhyStep.shape.countermeasure }),
] as const;

/** One edit that is not a batch. */
export const SingleFiveWhysCommand = z.discriminatedUnion('type', SINGLE_COMMANDS);
export type SingleFiveWhysCommand = z.infer<typeof SingleFiveWhysCommand>;

export const FiveWhysCommand = z.discriminatedUnion('type', [
  ...SINGLE_COMMANDS,
  /** Several edits as one undo step (a multi-selection, a pasted copy). */
  batchCommand(SingleFiveWhysCommand, WHYS_LIMITS.steps * 3),
]);
export type FiveWhysCommand = z.infer<typeof FiveWhysCommand>;
