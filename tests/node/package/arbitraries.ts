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

/** Any text, including non-BMP characters and lone surrogates (binary unit), bounded by `max` UTF-16 units. */
export function arbText(max: number): fc.Arbitrary<string> {
  const half = Math.max(0, Math.floor(max / 2));
  return fc.oneof(
    fc.string({ maxLength: max }),
    fc.string({ unit: 'binary', maxLength: half }),
    fc.constantFrom('Äänestys ja ääriviivat', 'Ålandsöverenskommelse', '=SUM(A1:A9)', '@kaikki', '-5', 'rivi 1\nrivi 2'),
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
  fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);

const arbTimestamp = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2040-01-01T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

const arbClock = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(
  ([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`,
);

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
    .map(({ salt, title, round, days, teams, members, boards }): WorkshopData => {
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
      const memberRows: Member[] = teamRows.length === 0 ? [] : members.map((m, i) => ({
        id: makeId('m', i, salt),
        teamId: pick(m.team)!.id,
        ordinal: i,
        name: m.name,
        role: m.role,
        profession: m.profession,
        organisation: m.organisation,
      }));
      const boardRows: Board[] = teamRows.length === 0 ? [] : boards.map((b, i) => ({
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
      return { title, round, days: dayRows, teams: teamRows, members: memberRows, boards: boardRows };
    });
}
