import type { Board, Member, Round, Team, WorkshopDay } from '../../../shared/domain/entities';
import type { GalleryNote } from '../../../shared/domain/day-records';
import type { InnokylaText } from '../../../shared/innokyla/sections';

/** How an entity maps to a table row: property → column, with JSON for nested values. */
interface Column {
  prop: string;
  col: string;
  json?: boolean;
}

export interface TableSpec<E> {
  table: string;
  columns: Column[];
  /** Typing aid only. */
  _entity?: E;
}

function spec<E>(table: string, cols: (string | [string, string] | [string, string, 'json'])[]): TableSpec<E> {
  return {
    table,
    columns: cols.map((c) =>
      typeof c === 'string' ? { prop: c, col: c } : { prop: c[0], col: c[1], json: c[2] === 'json' },
    ),
  };
}

export type RoundRow = Round & { id: 'round' };

export const TABLES = {
  round: spec<RoundRow>('round', ['id', 'name', ['startDate', 'start_date'], ['endDate', 'end_date'], 'notes']),
  days: spec<WorkshopDay>('days', ['id', 'ordinal', 'title', 'date', 'venue', ['agenda', 'agenda', 'json']]),
  teams: spec<Team>('teams', [
    'id',
    'ordinal',
    'name',
    'county',
    ['targetGroup', 'target_group'],
    ['targetGroupOther', 'target_group_other'],
    'process',
    'aim',
  ]),
  members: spec<Member>('members', [
    'id',
    ['teamId', 'team_id'],
    'ordinal',
    'name',
    'role',
    'profession',
    'organisation',
  ]),
  boards: spec<Board>('boards', [
    'id',
    ['teamId', 'team_id'],
    'kind',
    'name',
    'ordinal',
    ['docVersion', 'doc_version'],
    ['doc', 'doc', 'json'],
    ['createdAt', 'created_at'],
    ['updatedAt', 'updated_at'],
  ]),
  galleryNotes: spec<GalleryNote>('gallery_notes', [
    'id',
    ['teamId', 'team_id'],
    'ordinal',
    'kind',
    'text',
    ['fromTeamId', 'from_team_id'],
    ['createdAt', 'created_at'],
  ]),
  innokylaTexts: spec<InnokylaText>('innokyla_texts', ['id', ['teamId', 'team_id'], 'ordinal', 'section', 'text']),
} as const;

export type TableName = keyof typeof TABLES;
export type EntityOf<T extends TableName> = (typeof TABLES)[T] extends TableSpec<infer E> ? E : never;

export function toRow(spec: { columns: Column[] }, entity: object): Record<string, unknown> {
  const src = entity as Record<string, unknown>;
  const row: Record<string, unknown> = {};
  for (const c of spec.columns) row[c.col] = c.json ? JSON.stringify(src[c.prop]) : src[c.prop];
  return row;
}

export function fromRow(spec: { columns: Column[] }, row: Record<string, unknown>): unknown {
  const out: Record<string, unknown> = {};
  for (const c of spec.columns) out[c.prop] = c.json ? JSON.parse(String(row[c.col])) : row[c.col];
  return out;
}
