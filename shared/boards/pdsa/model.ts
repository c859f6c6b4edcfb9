import { z } from 'zod';
import { Id } from '../../domain/ids';
import { LIMITS } from '../../domain/limits';
import { ItemRef } from '../links';

export const CYCLE_STATUSES = ['planned', 'doing', 'studying', 'done'] as const;
export type CycleStatus = (typeof CYCLE_STATUSES)[number];
export const DECISIONS = ['adopt', 'adapt', 'abandon'] as const;

const Text = z.string().max(LIMITS.longText);
/** `yyyy-mm-dd` or empty. */
const DateText = z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/);

export const PlanPart = z.object({
  objective: Text,
  question: Text,
  prediction: Text,
  who: Text,
  what: Text,
  when: Text,
  where: Text,
  data: Text,
});
export const DoPart = z.object({ happened: Text, observations: Text, problems: Text });
export const StudyPart = z.object({ result: Text, learned: Text });
export const ActPart = z.object({ decision: z.enum(DECISIONS).or(z.literal('')), next: Text });

export const Cycle = z.object({
  id: Id,
  /** The change being tested. */
  title: z.string().max(LIMITS.name),
  /** The change idea this cycle tests, where it came from (another board), if picked from the list. */
  changeIdea: ItemRef.nullable(),
  /** The idea's text when it was linked, shown if the source is later removed. */
  changeIdeaText: z.string().max(LIMITS.noteText),
  /** The cycle this one follows in a ramp (null = first of its ramp). */
  previousId: Id.nullable(),
  status: z.enum(CYCLE_STATUSES),
  startDate: DateText,
  /** When the results are to be studied; past it and not done = overdue. */
  studyDate: DateText,
  plan: PlanPart,
  do: DoPart,
  study: StudyPart,
  act: ActPart,
});
export type Cycle = z.infer<typeof Cycle>;

export const PdsaDoc = z.object({ cycles: z.array(Cycle).max(300) });
export type PdsaDoc = z.infer<typeof PdsaDoc>;

export const CyclePatch = z
  .object({
    title: Cycle.shape.title,
    changeIdea: Cycle.shape.changeIdea,
    changeIdeaText: Cycle.shape.changeIdeaText,
    status: Cycle.shape.status,
    startDate: DateText,
    studyDate: DateText,
    plan: PlanPart.partial(),
    do: DoPart.partial(),
    study: StudyPart.partial(),
    act: ActPart.partial(),
  })
  .partial();

export const PdsaCommand = z.discriminatedUnion('type', [
  z.object({ type: z.literal('addCycle'), cycle: Cycle }),
  z.object({ type: z.literal('updateCycle'), id: Id, patch: CyclePatch }),
  /** Removes the cycle; a cycle that followed it now follows the removed cycle's predecessor. */
  z.object({ type: z.literal('deleteCycle'), id: Id }),
]);
export type PdsaCommand = z.infer<typeof PdsaCommand>;

export function emptyCycle(id: string, title: string, fields: Partial<Cycle> = {}): Cycle {
  return {
    id,
    title,
    changeIdea: null,
    changeIdeaText: '',
    previousId: null,
    status: 'planned',
    startDate: '',
    studyDate: '',
    plan: { objective: '', question: '', prediction: '', who: '', what: '', when: '', where: '', data: '' },
    do: { happened: '', observations: '', problems: '' },
    study: { result: '', learned: '' },
    act: { decision: '', next: '' },
    ...fields,
  };
}

/** Not done and its study date has passed. `today` is `yyyy-mm-dd`. */
export function isOverdue(c: Pick<Cycle, 'status' | 'studyDate'>, today: string): boolean {
  return c.status !== 'done' && c.studyDate !== '' && c.studyDate < today;
}

/** Ramps: chains of cycles, each listed from its first cycle on (a cycle whose predecessor is gone starts a ramp). */
export function ramps(doc: PdsaDoc): Cycle[][] {
  const ids = new Set(doc.cycles.map((c) => c.id));
  const next = new Map<string, Cycle[]>();
  for (const c of doc.cycles)
    if (c.previousId && ids.has(c.previousId)) next.set(c.previousId, [...(next.get(c.previousId) ?? []), c]);
  const out: Cycle[][] = [];
  const seen = new Set<string>();
  for (const first of doc.cycles.filter((c) => !c.previousId || !ids.has(c.previousId))) {
    const chain: Cycle[] = [];
    const stack = [first];
    while (stack.length) {
      const c = stack.shift()!;
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      chain.push(c);
      stack.push(...(next.get(c.id) ?? []));
    }
    out.push(chain);
  }
  // Cycles caught in a loop (only possible through a hand-edited file) still show up.
  for (const c of doc.cycles) if (!seen.has(c.id)) out.push([c]);
  return out;
}
