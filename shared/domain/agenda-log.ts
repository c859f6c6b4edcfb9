import { z } from 'zod';
import { Id } from './ids';
import { LIMITS } from './limits';

/**
 * One agenda item as it actually ran on a workshop day (the workshop file's agenda_log): the coach's record of the
 * day's real times next to the plan. Times are ISO instants; `endedAt` is '' while the item is still running.
 */
export const AgendaLogEntry = z.object({
  id: Id,
  dayId: Id,
  itemId: Id,
  /** Place of the item in the day's listed order when it ran. */
  ordinal: z.number().int().min(0),
  title: z.string().max(LIMITS.name),
  plannedMin: z.number().int().min(0),
  startedAt: z.string(),
  endedAt: z.string(),
  pausedMs: z.number().int().min(0),
  extendedMin: z.number().int().min(0),
  skipped: z.boolean(),
  note: z.string().max(LIMITS.longText),
});
export type AgendaLogEntry = z.infer<typeof AgendaLogEntry>;
