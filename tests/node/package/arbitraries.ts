/**
 * fast-check generators for valid workshop data, reusable by any test that needs arbitrary workshops (package
 * round trips, export, store import). Everything produced passes `WorkshopData.parse` unchanged (names are
 * pre-trimmed, -0 is normalised, ids are unique per collection, references point at existing teams).
 */
import fc from 'fast-check';
import { COUNTY_CODES } from '../../../shared/domain/counties';
import { MEMBER_ROLES, NOTE_COLORS, TARGET_GROUPS } from '../../../shared/domain/vocab';
import type { AgendaItem, Board, Member, Team, WorkshopDay } from '../../../shared/domain/entities';
import type { WorkshopData } from '../../../shared/domain/workshop-data';
import type { IdeasWallDoc } from '../../../shared/boards/ideas-wall/model';
import { GALLERY_NOTE_KINDS, type DayFeedback, type GalleryNote } from '../../../shared/domain/day-records';
import type { AgendaLogEntry } from '../../../shared/domain/agenda-log';
import { feedbackPackageOrder } from '../../../shared/analysis/day-feedback';

/** Any text, including non-BMP characters and lone surrogates (binary unit), bounded by `max` UTF-16 units. */
export function arbText(max: number): fc.Arbitrary<string> {
  const half = Math.max(0, Math.floor(max / 2));
  return fc.oneof(
    fc.string({ maxLength: max }),
    fc.string({ unit: 'binary', maxLength: half }),
    fc.constantFrom(
      'Äänestys ja ääriviivat',
      'Ålandsöverenskommelse',
      '=SUM(A1:A9)',
      '@kaikki',
      '-5',
      'rivi 1\nrivi 2',
    ),
  );
}

/** A name as the schema stores it: trimmed, at most `max` characters; `nonEmpty` for fields that require one. */
export function arbName(max = 60, nonEmpty = false): fc.Arbitrary<string> {
  return arbText(max).map((s) => {
    const t = s.trim();
    return nonEmpty && t === '' ? 'Nimi' : t;
  });
}

const idSalt = fc.stringMatching(/^[A-Za-z0-9_-]{0,8}$/);
/** Ids unique by construction: a prefix, the index and a random salt. */
const makeId = (prefix: string, i: number, salt: string): string => `${prefix}${i}${salt ? `-${salt}` : ''}`;

/** -0 does not survive JSON, so coordinates never carry it. */
const noNegZero = (n: number): number => n + 0;
const coord = fc.double({ min: -100_000, max: 100_000, noNaN: true }).map(noNegZero);

export const arbIsoDate: fc.Arbitrary<string> = fc.oneof(
  fc.constant(''),
  fc
    .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
);

const arbTimestamp = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2040-01-01T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

const arbClock = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

/** A valid ideas-wall document: unique note and cluster ids, notes in an existing cluster or none. */
export const arbIdeasWallDoc: fc.Arbitrary<IdeasWallDoc> = fc
  .record({
    salt: idSalt,
    clusters: fc.array(
      fc.record({
        name: arbText(40),
        x: coord,
        y: coord,
        width: fc.double({ min: 200, max: 20_000, noNaN: true }),
        height: fc.double({ min: 150, max: 20_000, noNaN: true }),
      }),
      { maxLength: 4 },
    ),
    notes: fc.array(
      fc.record({
        text: arbText(120),
        color: fc.constantFrom(...NOTE_COLORS),
        authorRole: fc.constantFrom('' as const, ...MEMBER_ROLES),
        cluster: fc.nat(),
        clustered: fc.boolean(),
        x: coord,
        y: coord,
      }),
      { maxLength: 12 },
    ),
  })
  .map(({ salt, clusters, notes }) => {
    const cs = clusters.map((c, i) => ({ id: makeId('c', i, salt), ...c }));
    return {
      clusters: cs,
      notes: notes.map((n, i) => ({
        id: makeId('n', i, salt),
        text: n.text,
        color: n.color,
        authorRole: n.authorRole,
        clusterId: n.clustered && cs.length > 0 ? cs[n.cluster % cs.length]!.id : null,
        x: n.x,
        y: n.y,
      })),
    };
  });

export interface WorkshopArbOptions {
  maxTeams?: number;
  /** Also produce boards of kinds this app does not know (kept as-is by import). */
  withUnknownKinds?: boolean;
  /** The workshop day's records (gallery notes, day feedback, agenda times); on by default. */
  withDayRecords?: boolean;
}

const arbScore = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null });

/**
 * Day records for the given teams and days, in the order portable data keeps them (notes team by team, feedback in
 * feedbackPackageOrder, agenda times as they ran). Some point at a day deleted since (feedback and times outlive
 * it in the file) or name a writing team deleted since.
 */
function arbDayRecords(salt: string, teams: readonly Team[], days: readonly WorkshopDay[]) {
  const dayId = fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...(days.length > 0 ? days.map((d) => d.id) : ['d-gone'])) },
    { weight: 1, arbitrary: fc.constant('d-gone') },
  );
  const notes =
    teams.length === 0
      ? fc.constant([] as GalleryNote[])
      : fc
          .array(
            fc.record({
              team: fc.nat(),
              from: fc.oneof(fc.constant(-1), fc.constant(-2), fc.nat()),
              kind: fc.constantFrom(...GALLERY_NOTE_KINDS),
              text: arbName(300, true),
              createdAt: arbTimestamp,
            }),
            { maxLength: 8 },
          )
          .map((rows) => {
            const perTeam = new Map<string, number>();
            const out = rows.map((r, i): GalleryNote => {
              const team = teams[r.team % teams.length]!;
              const ordinal = perTeam.get(team.id) ?? 0;
              perTeam.set(team.id, ordinal + 1);
              const fromTeamId = r.from === -1 ? '' : r.from === -2 ? 'team-gone' : teams[r.from % teams.length]!.id;
              return {
                id: makeId('g', i, salt),
                teamId: team.id,
                ordinal,
                kind: r.kind,
                text: r.text,
                fromTeamId,
                createdAt: r.createdAt,
              };
            });
            const at = new Map(teams.map((t, i) => [t.id, i]));
            return out.sort((a, b) => at.get(a.teamId)! - at.get(b.teamId)! || a.ordinal - b.ordinal);
          });
  const feedback = fc
    .array(
      fc.record({
        dayId,
        arrangements: arbScore,
        learning: arbScore,
        collaboration: arbScore,
        overall: arbScore,
        comment: arbText(200),
        givenOn: arbIsoDate,
      }),
      { maxLength: 10 },
    )
    .map((rows) => feedbackPackageOrder(rows.map((r, i): DayFeedback => ({ id: makeId('f', i, salt), ...r }))));
  const log = fc
    .array(
      fc.record({
        dayId,
        itemId: fc.constantFrom('a0', 'a1', 'item-gone'),
        ordinal: fc.nat({ max: 60 }),
        title: arbText(80),
        plannedMin: fc.nat({ max: 600 }),
        startedAt: arbTimestamp,
        endedAt: fc.oneof(fc.constant(''), arbTimestamp),
        pausedMs: fc.nat({ max: 10_000_000 }),
        extendedMin: fc.nat({ max: 120 }),
        skipped: fc.boolean(),
        note: arbText(200),
      }),
      { maxLength: 8 },
    )
    // readActuals lists them as they ran: by start, then place in the agenda, then id.
    .map((rows) =>
      rows
        .map((r, i): AgendaLogEntry => ({ id: makeId('l', i, salt), ...r }))
        .sort(
          (a, b) =>
            (a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : 0) ||
            a.ordinal - b.ordinal ||
            (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
        ),
    );
  return fc.record({ galleryNotes: notes, dayFeedback: feedback, agendaLog: log }).map((r) => ({
    ...(r.galleryNotes.length > 0 ? { galleryNotes: r.galleryNotes } : {}),
    ...(r.dayFeedback.length > 0 ? { dayFeedback: r.dayFeedback } : {}),
    ...(r.agendaLog.length > 0 ? { agendaLog: r.agendaLog } : {}),
  }));
}

/** Arbitrary valid workshop data: round, days with agendas, teams, members and ideas-wall boards. */
export function arbWorkshopData(opts: WorkshopArbOptions = {}): fc.Arbitrary<WorkshopData> {
  const maxTeams = opts.maxTeams ?? 4;
  const teamsArb = fc.array(
    fc.record({
      name: arbName(60, true),
      county: fc.constantFrom('', ...COUNTY_CODES),
      targetGroup: fc.constantFrom('' as const, ...TARGET_GROUPS),
      targetGroupOther: arbText(80),
      process: arbText(80),
      aim: arbText(200),
    }),
    { maxLength: maxTeams },
  );
  const daysArb = fc.array(
    fc.record({
      title: arbName(),
      date: arbIsoDate,
      venue: arbName(),
      agenda: fc.array(
        fc.record({ start: arbClock, durationMin: fc.integer({ min: 1, max: 600 }), title: arbName(60, true) }),
        { maxLength: 6 },
      ),
    }),
    { maxLength: 4 },
  );
  const memberArb = fc.record({
    team: fc.nat(),
    name: arbName(60, true),
    role: fc.constantFrom(...MEMBER_ROLES),
    profession: arbName(),
    organisation: arbName(),
  });
  const unknownBoardArb = fc.record({
    kind: fc.constantFrom('future-kind', 'process-map-v9', 'x'),
    docVersion: fc.integer({ min: 1, max: 50 }),
    doc: fc.jsonValue({ maxDepth: 3 }),
  });
  const boardArb = fc.record({
    team: fc.nat(),
    name: arbName(60, true),
    createdAt: arbTimestamp,
    updatedAt: arbTimestamp,
    body: opts.withUnknownKinds
      ? fc.oneof(
          arbIdeasWallDoc.map((doc) => ({ kind: 'ideas-wall', docVersion: 1, doc: doc as unknown })),
          unknownBoardArb,
        )
      : arbIdeasWallDoc.map((doc) => ({ kind: 'ideas-wall', docVersion: 1, doc: doc as unknown })),
  });

  return fc
    .record({
      salt: idSalt,
      title: arbText(80).filter((s) => s.length > 0),
      round: fc.record({ name: arbName(), startDate: arbIsoDate, endDate: arbIsoDate, notes: arbText(300) }),
      days: daysArb,
      teams: teamsArb,
      members: fc.array(memberArb, { maxLength: 16 }),
      boards: fc.array(boardArb, { maxLength: 5 }),
    })
    .map(({ salt, title, round, days, teams, members, boards }) => {
      const teamRows: Team[] = teams.map((t, i) => ({ id: makeId('t', i, salt), ordinal: i, ...t }));
      let agendaIndex = 0;
      const dayRows: WorkshopDay[] = days.map((d, i) => ({
        id: makeId('d', i, salt),
        ordinal: i,
        title: d.title,
        date: d.date,
        venue: d.venue,
        agenda: d.agenda.map((a): AgendaItem => ({ id: makeId('a', agendaIndex++, salt), ...a })),
      }));
      // Members and boards need a team; without teams there are none.
      const pick = (n: number): Team | undefined => teamRows[n % Math.max(1, teamRows.length)];
      const memberRows: Member[] =
        teamRows.length === 0
          ? []
          : members.map((m, i) => ({
              id: makeId('m', i, salt),
              teamId: pick(m.team)!.id,
              ordinal: i,
              name: m.name,
              role: m.role,
              profession: m.profession,
              organisation: m.organisation,
            }));
      const boardRows: Board[] =
        teamRows.length === 0
          ? []
          : boards.map((b, i) => ({
              id: makeId('b', i, salt),
              teamId: pick(b.team)!.id,
              kind: b.body.kind,
              name: b.name,
              ordinal: i,
              createdAt: b.createdAt,
              updatedAt: b.updatedAt,
              docVersion: b.body.docVersion,
              doc: b.body.doc,
            }));
      return {
        salt,
        data: {
          title,
          round,
          days: dayRows,
          teams: teamRows,
          members: memberRows,
          boards: boardRows,
        } satisfies WorkshopData,
      };
    })
    .chain(({ salt, data }): fc.Arbitrary<WorkshopData> =>
      opts.withDayRecords === false
        ? fc.constant(data)
        : arbDayRecords(salt, data.teams, data.days).map((records) => ({ ...data, ...records })),
    );
}
