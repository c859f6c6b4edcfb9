import type { AgendaItem, Board, Member, Team, WorkshopDay } from '../domain/entities';
import type { Language } from '../domain/vocab';
import type { WorkshopData } from '../domain/workshop-data';
import { DEMO_BOARDS } from './boards';
import { DEMO_DAYS_FI, DEMO_ROUND_FI, DEMO_TEAMS_FI } from './content-fi';
import { addDays, nextTuesday } from './dates';
import { seededIds } from './seeded-ids';
import { DEMO_AGENDA_RUN_FI, DEMO_FEEDBACK_FI, DEMO_GALLERY_NOTES_FI } from './day-records-fi';
import type { AgendaLogEntry } from '../domain/agenda-log';
import type { DayFeedback, GalleryNote } from '../domain/day-records';
import { feedbackPackageOrder } from '../analysis/day-feedback';

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
 * different counties with full rosters, and each team's boards (one builder per board kind); the first workshop
 * day as it was run: gallery-walk notes for every team, eight anonymous feedback answers and the agenda's actual
 * times (one item over its time, one skipped). Pure and deterministic: the same options always give the same data,
 * ids included.
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
      for (const b of build({
        team: spec.key,
        lang: opts.lang,
        nextId,
        teamBoards: boards.filter((x) => x.teamId === teamId),
      })) {
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

  // The day's records take their ids after everything else, so the ids of the rest stay as they were.
  const firstDay = days[0];
  const records = firstDay ? firstDayRecords(firstDay, teams, nextId) : {};

  return {
    title: DEMO_ROUND_FI.title,
    round: { name: DEMO_ROUND_FI.name, startDate: base, endDate: addDays(base, 395), notes: DEMO_ROUND_FI.notes },
    days,
    teams,
    members,
    boards,
    ...records,
  };
}

/** Finnish summer time: the demo day's clock times are written as UTC instants with this offset (as `stamp`). */
const HELSINKI_SUMMER_OFFSET_MIN = 180;
const MINUTE_MS = 60_000;

/** The first workshop day's gallery notes, day feedback (in content order) and agenda times. */
function firstDayRecords(
  day: WorkshopDay,
  teams: readonly Team[],
  nextId: () => string,
): Pick<WorkshopData, 'galleryNotes' | 'dayFeedback' | 'agendaLog'> {
  const teamOf = new Map(DEMO_TEAMS_FI.map((spec, i) => [spec.key, teams[i]!]));
  const dayStart = Date.parse(`${day.date}T00:00:00.000Z`) - HELSINKI_SUMMER_OFFSET_MIN * MINUTE_MS;
  const at = (clock: string, plusMin = 0) =>
    dayStart + (Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5)) + plusMin) * MINUTE_MS;
  const iso = (ms: number) => new Date(ms).toISOString();

  // Notes were written during the poster walk (the agenda's "posterikierros" item), a couple of minutes apart.
  const walk = day.agenda.find((a) => a.title.includes('posterikierros'))?.start ?? '10:00';
  let minute = 5;
  const galleryNotes: GalleryNote[] = DEMO_TEAMS_FI.flatMap((spec) =>
    DEMO_GALLERY_NOTES_FI[spec.key].map(([from, kind, text], ordinal) => ({
      id: nextId(),
      teamId: teamOf.get(spec.key)!.id,
      ordinal,
      kind,
      text,
      fromTeamId: teamOf.get(from)?.id ?? '',
      createdAt: iso(at(walk, (minute += 3))),
    })),
  );

  const dayFeedback: DayFeedback[] = feedbackPackageOrder(
    DEMO_FEEDBACK_FI.map((a) => ({ ...a, id: nextId(), dayId: day.id, givenOn: day.date })),
  );

  // The agenda ran from its first item's start, each item starting when the one before ended.
  let clock = at(day.agenda[0]?.start ?? '08:30');
  const agendaLog: AgendaLogEntry[] = day.agenda.flatMap((item, ordinal) => {
    const run = DEMO_AGENDA_RUN_FI[ordinal];
    if (!run) return [];
    const startedAt = clock;
    clock += run.minutes * MINUTE_MS;
    return [
      {
        id: nextId(),
        dayId: day.id,
        itemId: item.id,
        ordinal,
        title: item.title,
        plannedMin: item.durationMin,
        startedAt: iso(startedAt),
        endedAt: iso(clock),
        pausedMs: run.pausedMin * MINUTE_MS,
        extendedMin: run.extendedMin,
        skipped: run.skipped,
        note: '',
      },
    ];
  });
  return { galleryNotes, dayFeedback, agendaLog };
}
