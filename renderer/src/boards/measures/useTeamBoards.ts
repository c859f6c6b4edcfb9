import { useEffect, useState } from 'react';
import { boardDefinition } from '../../../../shared/boards/registry';
import type { BoardItem } from '../../../../shared/boards/links';
import { call } from '../../api';
import { useApp } from '../../app/store';

export interface TeamBoardDoc {
  boardId: string;
  boardName: string;
  kind: string;
  doc: unknown;
}

/**
 * The documents of the team's other boards of the given kinds (all kinds when `kinds` is empty), refetched when the
 * workshop changes. Boards that fail to load or parse are left out: a link to them shows as "source removed".
 */
export function useTeamBoards(teamId: string, selfId: string, kinds: readonly string[]): TeamBoardDoc[] {
  const workshop = useApp((s) => s.workshop);
  const [docs, setDocs] = useState<TeamBoardDoc[]>([]);
  const wanted = (workshop?.boards ?? []).filter(
    (b) => b.teamId === teamId && b.id !== selfId && (kinds.length === 0 || kinds.includes(b.kind)),
  );
  const key = `${workshop?.id}:${workshop?.revision}:${wanted.map((b) => b.id).join(',')}`;

  useEffect(() => {
    if (!workshop) return;
    let live = true;
    Promise.all(
      wanted.map(async (b) => {
        try {
          const board = await call('boards.get', { workshopId: workshop.id, id: b.id });
          const def = boardDefinition(board.kind);
          const parsed = def?.docSchema.safeParse(board.doc);
          return parsed?.success ? { boardId: b.id, boardName: b.name, kind: b.kind, doc: parsed.data } : null;
        } catch {
          return null;
        }
      }),
    ).then((all) => {
      if (live) setDocs(all.filter((x): x is TeamBoardDoc => x !== null));
    });
    return () => {
      live = false;
    };
    // `key` captures every input that matters (workshop, revision, board list).
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reloading on every new object identity would refetch on each render
  }, [key]);

  return docs;
}

export interface GatheredItem extends BoardItem {
  boardId: string;
  boardName: string;
  kind: string;
}

/** Items with the given tags that the team's other boards offer (through each kind's `items()`). */
export function gatherItems<T extends BoardItem['tag']>(
  docs: readonly TeamBoardDoc[],
  tags: readonly T[],
): (GatheredItem & { tag: T })[] {
  const out: (GatheredItem & { tag: T })[] = [];
  const wanted = (tag: BoardItem['tag']): tag is T => (tags as readonly string[]).includes(tag);
  for (const d of docs) {
    const def = boardDefinition(d.kind);
    if (!def) continue;
    for (const item of def.items(d.doc) as BoardItem[]) {
      const tag = item.tag;
      if (wanted(tag) && item.text.trim() !== '')
        out.push({ ...item, tag, boardId: d.boardId, boardName: d.boardName, kind: d.kind });
    }
  }
  return out;
}
