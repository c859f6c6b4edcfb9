import type { AgendaItem, Board, Member, Team, WorkshopDay } from '../domain/entities';
import type { Language } from '../domain/vocab';
import type { WorkshopData } from '../domain/workshop-data';
import { DEMO_BOARDS } from './boards';
import { DEMO_DAYS_FI, DEMO_ROUND_FI, DEMO_TEAMS_FI } from './content-fi';
import { addDays, nextTuesday } from './dates';
import { seededIds } from './seeded-ids';

export interface DemoOptions {
  /** Content language; only Finnish content exists yet, so 'sv' and 'en' get the Finnish workshop. */
  lang: Language;
  /** Seeds the ids; the same seed gives the same ids. Default 5. */
  seed?: number;
  /** The round's start date `yyyy-mm-dd`; workshop days follow it. Default 2025-09-01. */
  baseDate?: string;
}

export const DEMO_DEFAULT_BASE_DATE = '2025-09-01';

/** Workshop days as offsets: workshop 1 two weeks after the kick-off, then one workshop every six weeks. */
function dayDates(base: string): string[] {
  const w1 = nextTuesday(addDays(base, 14));
  const w2 = nextTuesday(addDays(w1, 42));
  const w3 = nextTuesday(addDays(w2, 42));
  return [w1, addDays(w1, 1), w2, w3];
}

/**
 * A complete, realistic demo workshop: a coaching round, four workshop days with timed agendas, three teams from
 * different counties with full rosters, and each team's boards (one builder per board kind). Pure and
 * deterministic: the same options always give the same data, ids included.
 */
export function createDemoWorkshop(opts: DemoOptions): WorkshopData {
  const nextId = seededIds(opts.seed ?? 5);
  const base = opts.baseDate ?? DEMO_DEFAULT_BASE_DATE;
  const dates = dayDates(base);

  const days: WorkshopDay[] = DEMO_DAYS_FI.map((spec, i) => ({
    id: nextId(),
    ordinal: i,
    title: spec.title,
    date: dates[i] ?? '',
    venue: spec.venue,
    agenda: spec.agenda.map(([start, durationMin, title]): AgendaItem => ({ id: nextId(), start, durationMin, title })),
  }));

  const teams: Team[] = [];
  const members: Member[] = [];
  const boards: Board[] = [];
  // Boards were started on the first afternoon of workshop 1 (13:15 Finnish summer time).
  const stamp = `${dates[0] ?? base}T10:15:00.000Z`;

  DEMO_TEAMS_FI.forEach((spec, ti) => {
    const teamId = nextId();
    teams.push({
      id: teamId,
      ordinal: ti,
      name: spec.name,
      county: spec.county,
      targetGroup: spec.targetGroup,
      targetGroupOther: '',
      process: spec.process,
      aim: spec.aim,
    });
    spec.members.forEach(([name, role, profession, organisation], mi) => {
      members.push({ id: nextId(), teamId, ordinal: mi, name, role, profession, organisation });
    });
    let ordinal = 0;
    for (const [kind, build] of Object.entries(DEMO_BOARDS)) {
      for (const b of build({ team: spec.key, lang: opts.lang, nextId, teamBoards: boards.filter((x) => x.teamId === teamId) })) {
        boards.push({
          id: b.id ?? nextId(),
          teamId,
          kind,
          name: b.name,
          ordinal: ordinal++,
          createdAt: stamp,
          updatedAt: stamp,
          docVersion: b.docVersion,
          doc: b.doc,
        });
      }
    }
  });

  return {
    title: DEMO_ROUND_FI.title,
    round: { name: DEMO_ROUND_FI.name, startDate: base, endDate: addDays(base, 395), notes: DEMO_ROUND_FI.notes },
    days,
    teams,
    members,
    boards,
  };
}
