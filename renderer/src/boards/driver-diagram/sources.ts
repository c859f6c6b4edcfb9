import { useMemo } from 'react';
import { boardDefinition } from '../../../../shared/boards/registry';
import type { BoardItem } from '../../../../shared/boards/links';
import type { DriverNode } from '../../../../shared/boards/driver-diagram/model';
import type { BoardMeta } from '../../../../shared/domain/entities';
import { gatherItems, useTeamBoards, type GatheredItem } from '../measures/useTeamBoards';

export const OUTSIDE_TAGS = ['change-idea', 'countermeasure', 'parked'] as const;
/** A change idea another board of the team offers. */
export type OutsideItem = GatheredItem & { tag: (typeof OUTSIDE_TAGS)[number] };

export type SourceState =
  { kind: 'typed' } | { kind: 'live'; boardName: string; boardKind: string } | { kind: 'removed'; boardName: string };

export interface TeamSources {
  /** Items the team's other boards offer with the change-idea tags, read live. */
  outside: OutsideItem[];
  /** Where an adopted node came from, now. */
  sourceOf: (n: DriverNode) => SourceState;
}

/** The team's other boards' change ideas, and where the diagram's adopted ideas stand ("source removed" when gone). */
export function useTeamSources(teamId: string, selfId: string, boards: readonly BoardMeta[]): TeamSources {
  const docs = useTeamBoards(teamId, selfId, []);
  return useMemo(() => {
    const outside = gatherItems(docs, OUTSIDE_TAGS);
    const loaded = new Map(docs.map((d) => [d.boardId, d]));
    const present = new Map<string, Set<string>>();
    const liveIds = (boardId: string): Set<string> | undefined => {
      const d = loaded.get(boardId);
      if (!d) return undefined;
      let ids = present.get(boardId);
      if (!ids) {
        ids = new Set(((boardDefinition(d.kind)?.items(d.doc) ?? []) as BoardItem[]).map((i) => i.itemId));
        present.set(boardId, ids);
      }
      return ids;
    };
    const sourceOf = (n: DriverNode): SourceState => {
      if (!n.source) return { kind: 'typed' };
      const meta = boards.find((b) => b.id === n.source!.boardId);
      if (!meta) return { kind: 'removed', boardName: n.sourceBoardName };
      const ids = liveIds(meta.id);
      // Until the source board has loaded, trust that the item is still there.
      if (ids && n.source.itemId && !ids.has(n.source.itemId)) return { kind: 'removed', boardName: meta.name };
      return { kind: 'live', boardName: meta.name, boardKind: meta.kind };
    };
    return { outside, sourceOf };
  }, [docs, boards]);
}
