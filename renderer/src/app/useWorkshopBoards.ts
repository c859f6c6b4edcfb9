import type { BoardMeta } from '../../../shared/domain/entities';
import { useApp } from './store';

const EMPTY: BoardMeta[] = [];
let seen: BoardMeta[] | undefined;
let stable: BoardMeta[] = EMPTY;

const sameListing = (a: BoardMeta, b: BoardMeta) =>
  a.id === b.id && a.teamId === b.teamId && a.kind === b.kind && a.name === b.name && a.ordinal === b.ordinal;

function listing(boards: BoardMeta[] | undefined): BoardMeta[] {
  if (!boards) return EMPTY;
  if (boards === seen) return stable;
  seen = boards;
  if (boards.length !== stable.length || boards.some((b, i) => !sameListing(b, stable[i]!))) stable = boards;
  return stable;
}

/**
 * The open workshop's boards as a listing (id, team, kind, name, order). Every save moves its board's `updatedAt`;
 * that alone does not give a new array here, so a board view that lists its siblings does not re-render on each
 * save. Read `updatedAt` from the store itself where it matters.
 */
export function useWorkshopBoards(): BoardMeta[] {
  return useApp((s) => listing(s.workshop?.boards));
}
