import { z } from 'zod';
import { Board, Member, Round, Team, WorkshopDay } from './entities';

/**
 * A whole workshop as plain data: what a JSON package carries, what the demo generator produces, and what the Excel
 * export reads. The database is the live form; this is the portable one.
 */
export const WorkshopData = z.object({
  title: z.string().min(1).max(200),
  round: Round,
  days: z.array(WorkshopDay),
  teams: z.array(Team),
  members: z.array(Member),
  boards: z.array(Board),
});
export type WorkshopData = z.infer<typeof WorkshopData>;
