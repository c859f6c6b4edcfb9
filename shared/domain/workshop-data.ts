import { z } from 'zod';
import { Board, Member, Round, Team, WorkshopDay } from './entities';
import { DayFeedback, GalleryNote } from './day-records';
import { AgendaLogEntry } from './agenda-log';
import { InnokylaTextEntry } from '../innokyla/text-schema';

/**
 * A whole workshop as plain data: what a JSON package carries, what the demo generator produces, and what the Excel
 * export reads. The database is the live form; this is the portable one.
 *
 * The workshop day's records are optional (absent means none): gallery-walk notes per team, the anonymous day
 * feedback (in content order, see `feedbackPackageOrder`) and the agenda's actual times. Older packages lack them.
 * So are the teams' own toimintamalli texts (`innokylaTexts`, package version 3).
 */
export const WorkshopData = z.object({
  title: z.string().min(1).max(200),
  round: Round,
  days: z.array(WorkshopDay),
  teams: z.array(Team),
  members: z.array(Member),
  boards: z.array(Board),
  galleryNotes: z.array(GalleryNote).optional(),
  dayFeedback: z.array(DayFeedback).optional(),
  agendaLog: z.array(AgendaLogEntry).optional(),
  innokylaTexts: z.array(InnokylaTextEntry).optional(),
});
export type WorkshopData = z.infer<typeof WorkshopData>;

/** True when the workshop carries any day record (a package then needs packageVersion 2). */
export function hasDayRecords(data: Pick<WorkshopData, 'galleryNotes' | 'dayFeedback' | 'agendaLog'>): boolean {
  return (data.galleryNotes?.length ?? 0) + (data.dayFeedback?.length ?? 0) + (data.agendaLog?.length ?? 0) > 0;
}
