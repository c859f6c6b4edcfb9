import { useEffect, useState } from 'react';
import type { BoardItem } from '../../../../shared/boards/links';
import type { BoardMeta } from '../../../../shared/domain/entities';
import { boardDefinition } from '../../../../shared/boards/registry';
import { call } from '../../api';
import { useApp } from '../../app/store';

/** A board of the team with the items it offers (through its kind's generic `items()`). */
export interface SourceBoard {
  board: BoardMeta;
  items: BoardItem[];
  /** The board could not be read (unknown kind, newer version): shown, never fatal. */
  unreadable: boolean;
}

/**
 * Loads the items every other board of the team offers. Only the generic `items()` of each kind is used, so votes
 * work with kinds added later without knowing their documents. Reloads when the workshop changes.
 */
export function useTeamItems(
  teamId: string,
  selfId: string,
  enabled: boolean,
): { loading: boolean; boards: SourceBoard[] } {
  const workshop = useApp((s) => s.workshop);
  const [state, setState] = useState<{ loading: boolean; boards: SourceBoard[] }>({ loading: true, boards: [] });
  const metas = (workshop?.boards ?? [])
    .filter((b) => b.teamId === teamId && b.id !== selfId)
    .sort((a, b) => a.ordinal - b.ordinal);
  const key = metas.map((b) => `${b.id}:${b.updatedAt}`).join('|');
  const workshopId = workshop?.id;

  useEffect(() => {
    if (!enabled || !workshopId) return;
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    Promise.all(
      metas.map(async (meta): Promise<SourceBoard> => {
        const def = boardDefinition(meta.kind);
        if (!def) return { board: meta, items: [], unreadable: true };
        try {
          const b = await call('boards.get', { workshopId, id: meta.id });
          const parsed = def.docSchema.safeParse(b.doc);
          return parsed.success
            ? { board: meta, items: def.items(parsed.data), unreadable: false }
            : { board: meta, items: [], unreadable: true };
        } catch {
          return { board: meta, items: [], unreadable: true };
        }
      }),
    ).then((boards) => {
      if (live) setState({ loading: false, boards });
    });
    return () => {
      live = false;
    };
    // `key` stands for the board list and its edit times.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reloading on every new object identity would refetch on each render
  }, [enabled, workshopId, key]);

  return state;
}

/** Whether an option's source still exists: 'ok', 'removed' (board or item gone) or 'unknown' (not loaded). */
export function sourceStatus(
  source: { boardId: string; itemId?: string } | null,
  boards: SourceBoard[],
  loading: boolean,
): 'ok' | 'removed' | 'typed' | 'unknown' {
  if (!source) return 'typed';
  if (loading) return 'unknown';
  const b = boards.find((x) => x.board.id === source.boardId);
  if (!b) return 'removed';
  if (b.unreadable) return 'unknown';
  if (source.itemId && !b.items.some((i) => i.itemId === source.itemId)) return 'removed';
  return 'ok';
}
