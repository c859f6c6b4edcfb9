import type { HistoryPlace } from '../../../shared/api/contract';
import type { BoardMeta, Round, Team, WorkshopDay } from '../../../shared/domain/entities';
import type { GalleryNote } from '../../../shared/domain/day-records';
import type { Change } from './history';

/** What the place of a history entry is looked up in, after its step ran (so names are the current ones). */
export interface PlaceLookup {
  board(id: string): BoardMeta | undefined;
  team(id: string): Team | undefined;
  round(): Round;
}

type RowChange = Extract<Change, { t: 'row' }>;

/** The row a change leaves, or the one it removed (names of what no longer exists come from the image). */
function image<T>(c: RowChange): T {
  return (c.after ?? c.before) as T;
}

function boardPlace(
  boardId: string,
  content: boolean,
  fallback: BoardMeta | undefined,
  look: PlaceLookup,
): HistoryPlace | null {
  const live = look.board(boardId);
  const b = live ?? fallback;
  if (!b) return null;
  return { kind: 'board', boardId, teamId: b.teamId, boardKind: b.kind, boardName: b.name, content, exists: !!live };
}

function teamPlace(teamId: string, fallback: Team | undefined, look: PlaceLookup): HistoryPlace | null {
  const live = look.team(teamId);
  const t = live ?? fallback;
  return t ? { kind: 'team', teamId, teamName: t.name, exists: !!live } : null;
}

/**
 * Where the changes of one history entry show, most specific first: a board's content, a board, a team's members or
 * basics, its gallery notes, the round and its days. One entry belongs to one place (an edit is made on one screen);
 * when it touches several (a team deleted with its boards), the team or board it starts from wins.
 */
export function placeOf(changes: readonly Change[], look: PlaceLookup): HistoryPlace | null {
  const doc = changes.find((c) => c.t === 'doc');
  if (doc) return boardPlace(doc.boardId, true, undefined, look);
  const rows = changes.filter((c): c is RowChange => c.t === 'row');
  const teamRow = rows.find((c) => c.table === 'teams');
  if (teamRow) {
    // Merged packages add several teams: their place is the round's team list.
    if (new Set(rows.filter((c) => c.table === 'teams').map((c) => c.id)).size > 1)
      return { kind: 'round', name: look.round().name };
    return teamPlace(teamRow.id, image<Team>(teamRow), look);
  }
  const boardRow = rows.find((c) => c.table === 'boards');
  if (boardRow) return boardPlace(boardRow.id, false, image<BoardMeta>(boardRow), look);
  const memberRow = rows.find((c) => c.table === 'members');
  if (memberRow) return teamPlace(image<{ teamId: string }>(memberRow).teamId, undefined, look);
  const noteRow = rows.find((c) => c.table === 'galleryNotes');
  if (noteRow) {
    const teamId = image<GalleryNote>(noteRow).teamId;
    return { kind: 'gallery', teamId, teamName: look.team(teamId)?.name ?? '' };
  }
  const textRow = rows.find((c) => c.table === 'innokylaTexts');
  if (textRow) return teamPlace(image<{ teamId: string }>(textRow).teamId, undefined, look);
  const dayRow = rows.find((c) => c.table === 'days');
  if (dayRow) {
    const d = image<WorkshopDay>(dayRow);
    return { kind: 'round', name: d.title || d.date };
  }
  if (rows.some((c) => c.table === 'round')) return { kind: 'round', name: look.round().name };
  return null;
}
