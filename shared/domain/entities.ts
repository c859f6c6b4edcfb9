import { z } from 'zod';
import { Id } from './ids';
import { COUNTY_CODES } from './counties';
import { MEMBER_ROLES, TARGET_GROUPS } from './vocab';
import { LIMITS } from './limits';

const name = z.string().trim().max(LIMITS.name);
const shortText = z.string().max(LIMITS.shortText);
const longText = z.string().max(LIMITS.longText);
/** A calendar date as ISO `yyyy-mm-dd`, or empty when not set. */
export const IsoDate = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'invalid date')]);
/** A clock time `HH:MM` (24 h). */
export const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'invalid time');

/** The collaborative round this workshop file belongs to (one per file). */
export const Round = z.object({
  name,
  startDate: IsoDate,
  endDate: IsoDate,
  notes: longText,
});
export type Round = z.infer<typeof Round>;

/** One timed item of a workshop day's agenda. */
export const AgendaItem = z.object({
  id: Id,
  start: ClockTime,
  durationMin: z.number().int().min(1).max(600),
  title: name.min(1),
});
export type AgendaItem = z.infer<typeof AgendaItem>;

export const WorkshopDay = z.object({
  id: Id,
  ordinal: z.number().int().min(0),
  title: name,
  date: IsoDate,
  venue: name,
  agenda: z.array(AgendaItem).max(LIMITS.agendaItems),
});
export type WorkshopDay = z.infer<typeof WorkshopDay>;

export const Team = z.object({
  id: Id,
  ordinal: z.number().int().min(0),
  name: name.min(1),
  county: z.enum(COUNTY_CODES).or(z.literal('')),
  targetGroup: z.enum(TARGET_GROUPS).or(z.literal('')),
  targetGroupOther: shortText,
  process: shortText,
  aim: longText,
});
export type Team = z.infer<typeof Team>;

/** A team member: only a name and a role (never identity numbers or health data). */
export const Member = z.object({
  id: Id,
  teamId: Id,
  ordinal: z.number().int().min(0),
  name: name.min(1),
  role: z.enum(MEMBER_ROLES),
  profession: name,
  organisation: name,
});
export type Member = z.infer<typeof Member>;

/** A board's identity and place; its document travels separately. */
export const BoardMeta = z.object({
  id: Id,
  teamId: Id,
  kind: z.string().min(1).max(40),
  name: name.min(1),
  ordinal: z.number().int().min(0),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type BoardMeta = z.infer<typeof BoardMeta>;

export const Board = BoardMeta.extend({
  docVersion: z.number().int().min(1),
  doc: z.unknown(),
});
export type Board = z.infer<typeof Board>;
