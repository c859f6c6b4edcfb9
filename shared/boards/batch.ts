import { z } from 'zod';

/** What a batch did, for the undo history's label ("Undo: delete selected"). */
export const BATCH_LABELS = ['paste', 'delete', 'move', 'change'] as const;
export type BatchLabel = (typeof BATCH_LABELS)[number];

/**
 * A kind's batch command: several of its single commands as one undoable step (multi-select, paste). All or nothing:
 * the kind's recipe runs inside one immer draft, so a failing command leaves the doc as it was.
 */
export function batchCommand<T extends z.ZodTypeAny>(single: T, max: number) {
  return z.object({
    type: z.literal('batch'),
    label: z.enum(BATCH_LABELS),
    commands: z.array(single).min(1).max(max),
  });
}

/** The history label of a kind's command: batches share the kit's labels. */
export function batchLabelKey(label: BatchLabel): string {
  return `boardKit.batch.${label}`;
}
