import { countyName } from '../../../shared/domain/counties';
import type { WorkshopData } from '../../../shared/domain/workshop-data';
import type { Team } from '../../../shared/domain/entities';
import type { MemberRole } from '../../../shared/domain/vocab';
import {
  BOARD_SHEET_COLUMNS,
  type CellValue,
  type ExportHeaderKey,
  type SheetColumn,
  type SheetSpec,
} from '../../../shared/export/sheet';
import { boardDefinition } from '../../../shared/boards/registry';
import { upgradeDoc } from '../../../shared/boards/run';
import { memberRoleLabelFi, targetGroupLabelFi } from '../../../shared/package/labels-fi';
import { uniqueSheetNames } from './sheet-names';

export const byOrdinal = <T extends { ordinal: number }>(a: T, b: T): number => a.ordinal - b.ordinal;

/** A workshop day as the sheets name it: its title, or "Päivä N" when it has none. */
export const dayLabelFi = (d: { title: string; ordinal: number }): string => d.title || `Päivä ${d.ordinal + 1}`;

function roundSheet(data: WorkshopData): SheetSpec {
  return {
    name: 'Kierros',
    columns: [
      { key: 'title', headerKey: 'export.header.workshop', type: 'text', width: 36 },
      { key: 'name', headerKey: 'export.header.round', type: 'text', width: 40 },
      { key: 'startDate', headerKey: 'export.header.starts', type: 'date' },
      { key: 'endDate', headerKey: 'export.header.ends', type: 'date' },
      { key: 'notes', headerKey: 'export.header.notes', type: 'text', width: 60 },
      { key: 'teams', headerKey: 'export.header.teams', type: 'integer' },
    ],
    rows: [
      {
        title: data.title,
        name: data.round.name,
        startDate: data.round.startDate,
        endDate: data.round.endDate,
        notes: data.round.notes,
        teams: data.teams.length,
      },
    ],
  };
}

const ROLE_COLUMNS: readonly [MemberRole, string, ExportHeaderKey][] = [
  ['client-rep', 'clientReps', 'export.header.clientRepresentatives'],
  ['professional', 'professionals', 'export.header.professionals'],
  ['process-owner', 'processOwners', 'export.header.processOwners'],
  ['supervisor', 'supervisors', 'export.header.supervisors'],
  ['coach', 'coaches', 'export.header.coaches'],
];

function teamsSheet(data: WorkshopData): SheetSpec {
  const columns: SheetColumn[] = [
    { key: 'team', headerKey: 'export.header.team', type: 'text', width: 36 },
    { key: 'county', headerKey: 'export.header.wellbeingServicesCounty', type: 'text', width: 34 },
    { key: 'countySv', headerKey: 'export.header.wellbeingServicesCountySwedish', type: 'text', width: 34 },
    { key: 'targetGroup', headerKey: 'export.header.targetGroup', type: 'text', width: 44 },
    { key: 'targetGroupOther', headerKey: 'export.header.targetGroupDetails', type: 'text', width: 30 },
    { key: 'process', headerKey: 'export.header.processToImprove', type: 'text', width: 44 },
    { key: 'aim', headerKey: 'export.header.aim', type: 'text', width: 60 },
    ...ROLE_COLUMNS.map(([, key, headerKey]): SheetColumn => ({ key, headerKey, type: 'integer', width: 14 })),
    { key: 'members', headerKey: 'export.header.membersInAll', type: 'integer', width: 14 },
    { key: 'teamId', headerKey: 'export.header.teamId', type: 'id' },
  ];
  const rows = [...data.teams].sort(byOrdinal).map((t) => {
    const roster = data.members.filter((m) => m.teamId === t.id);
    const counts = Object.fromEntries(
      ROLE_COLUMNS.map(([role, key]) => [key, roster.filter((m) => m.role === role).length]),
    );
    return {
      team: t.name,
      county: t.county ? countyName(t.county, 'fi') : '',
      countySv: t.county ? countyName(t.county, 'sv') : '',
      targetGroup: targetGroupLabelFi(t.targetGroup),
      targetGroupOther: t.targetGroupOther,
      process: t.process,
      aim: t.aim,
      ...counts,
      members: roster.length,
      teamId: t.id,
    };
  });
  return { name: 'Tiimit', columns, rows };
}

function membersSheet(data: WorkshopData): SheetSpec {
  const rows = [...data.teams].sort(byOrdinal).flatMap((t) =>
    data.members
      .filter((m) => m.teamId === t.id)
      .sort(byOrdinal)
      .map((m) => ({
        team: t.name,
        county: t.county ? countyName(t.county, 'fi') : '',
        role: memberRoleLabelFi(m.role),
        // Innokylä is public and reports end up there: the client representative's name stays on the laptop.
        name: m.role === 'client-rep' ? '' : m.name,
        profession: m.profession,
        organisation: m.organisation,
      })),
  );
  return {
    name: 'Jäsenet',
    columns: [
      { key: 'team', headerKey: 'export.header.team', type: 'text', width: 36 },
      { key: 'county', headerKey: 'export.header.wellbeingServicesCounty', type: 'text', width: 34 },
      { key: 'role', headerKey: 'export.header.role', type: 'text', width: 20 },
      { key: 'name', headerKey: 'export.header.name', type: 'text', width: 26 },
      { key: 'profession', headerKey: 'export.header.profession', type: 'text', width: 30 },
      { key: 'organisation', headerKey: 'export.header.organisation', type: 'text', width: 50 },
    ],
    rows,
  };
}

/** `HH:MM` plus minutes, wrapping past midnight. */
function endTime(start: string, minutes: number): string {
  const total = (Number(start.slice(0, 2)) * 60 + Number(start.slice(3, 5)) + minutes) % (24 * 60);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

function daysSheet(data: WorkshopData): SheetSpec {
  const rows = [...data.days].sort(byOrdinal).flatMap((d): Record<string, CellValue>[] => {
    const day = { day: dayLabelFi(d), date: d.date, venue: d.venue };
    // A day without an agenda still gets a row, so it is not missing from the list.
    if (d.agenda.length === 0) return [{ ...day, start: '', end: '', duration: null, item: '' }];
    return d.agenda.map((a) => ({
      ...day,
      start: a.start,
      end: endTime(a.start, a.durationMin),
      duration: a.durationMin,
      item: a.title,
    }));
  });
  return {
    name: 'Työpajapäivät',
    columns: [
      { key: 'day', headerKey: 'export.header.day', type: 'text', width: 36 },
      { key: 'date', headerKey: 'export.header.date', type: 'date' },
      { key: 'venue', headerKey: 'export.header.venue', type: 'text', width: 30 },
      { key: 'start', headerKey: 'export.header.starts', type: 'text', width: 8 },
      { key: 'end', headerKey: 'export.header.ends', type: 'text', width: 8 },
      { key: 'duration', headerKey: 'export.header.durationMin', type: 'integer', width: 12 },
      { key: 'item', headerKey: 'export.header.agenda', type: 'text', width: 60 },
    ],
    rows,
  };
}

const [TEAM_COLUMN, BOARD_COLUMN] = BOARD_SHEET_COLUMNS as [SheetColumn, SheetColumn];
/** Every board row also names the team's county and target group, so one autofilter spans a whole round. */
const COUNTY_COLUMN: SheetColumn = {
  key: 'county',
  headerKey: 'export.header.wellbeingServicesCounty',
  type: 'text',
  width: 30,
};
const TARGET_GROUP_COLUMN: SheetColumn = {
  key: 'targetGroup',
  headerKey: 'export.header.targetGroup',
  type: 'text',
  width: 32,
};

/** The team's target group as written in the sheets: the label, and the team's own words for 'other'. */
function targetGroupText(t: Team): string {
  const label = targetGroupLabelFi(t.targetGroup);
  return t.targetGroup === 'other' && t.targetGroupOther.trim() ? `${label}: ${t.targetGroupOther.trim()}` : label;
}

/**
 * Every board's own sheets (its kind's `toSheets`), boards in team then board order. Sheets of the same name from
 * several boards become one sheet with their rows concatenated and their columns united; each row carries the
 * team, its county and target group, and the board it came from. Boards of kinds this app does not know, or whose document cannot be read, are left
 * out (they are still in the workshop file and the JSON package).
 */
function boardSheets(data: WorkshopData): SheetSpec[] {
  const teamOrder = new Map([...data.teams].sort(byOrdinal).map((t, i) => [t.id, i]));
  const teamName = new Map(data.teams.map((t) => [t.id, t.name]));
  const teamCols = new Map(
    data.teams.map((t) => [
      t.id,
      { county: t.county ? countyName(t.county, 'fi') : '', targetGroup: targetGroupText(t) },
    ]),
  );
  const boards = [...data.boards].sort(
    (a, b) => (teamOrder.get(a.teamId) ?? 0) - (teamOrder.get(b.teamId) ?? 0) || a.ordinal - b.ordinal,
  );
  const merged = new Map<string, SheetSpec>();
  for (const board of boards) {
    const def = boardDefinition(board.kind);
    if (!def) continue;
    const up = upgradeDoc(def, board.docVersion, board.doc);
    if (!up.ok) continue;
    const ctx = {
      boardId: board.id,
      boardName: board.name,
      teamId: board.teamId,
      teamName: teamName.get(board.teamId) ?? '',
    };
    for (const spec of def.toSheets(up.doc, ctx)) {
      let target = merged.get(spec.name);
      if (!target) {
        target = {
          name: spec.name,
          columns: [TEAM_COLUMN, COUNTY_COLUMN, TARGET_GROUP_COLUMN, BOARD_COLUMN],
          rows: [],
        };
        merged.set(spec.name, target);
      }
      for (const col of spec.columns) {
        const at = target.columns.findIndex((c) => c.key === col.key);
        // The kind's own team/board columns (its headers and widths) replace the generic ones.
        if (at >= 0) target.columns[at] = col;
        else target.columns.push(col);
      }
      const team = teamCols.get(board.teamId) ?? { county: '', targetGroup: '' };
      for (const row of spec.rows)
        target.rows.push({
          ...row,
          team: ctx.teamName,
          county: team.county,
          targetGroup: team.targetGroup,
          board: ctx.boardName,
        });
    }
  }
  return [...merged.values()];
}

/**
 * The whole workshop as sheets for Excel: Kierros (round), Tiimit (teams), Jäsenet (members), Työpajapäivät (one
 * row per agenda item), then the boards' sheets. Headers and labels are Finnish; sheet names are valid and unique.
 */
export function workshopSheets(data: WorkshopData): SheetSpec[] {
  const sheets = [roundSheet(data), teamsSheet(data), membersSheet(data), daysSheet(data), ...boardSheets(data)];
  const names = uniqueSheetNames(sheets.map((s) => s.name));
  return sheets.map((s, i) => ({ ...s, name: names[i] ?? s.name }));
}

/**
 * The workshop as one team's workbook sees it: that team, its members, boards and gallery notes; the round and days
 * as they are. Day feedback and the agenda's times are left out: they belong to the round's days, not to a team.
 */
export function teamOnly(data: WorkshopData, teamId: string): WorkshopData {
  const { dayFeedback: _feedback, agendaLog: _log, galleryNotes, ...rest } = data;
  return {
    ...rest,
    teams: data.teams.filter((t) => t.id === teamId),
    members: data.members.filter((m) => m.teamId === teamId),
    boards: data.boards.filter((b) => b.teamId === teamId),
    ...(galleryNotes ? { galleryNotes: galleryNotes.filter((n) => n.teamId === teamId) } : {}),
  };
}
