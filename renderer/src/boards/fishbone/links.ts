import { useEffect, useState } from 'react';
import type { ItemRef } from '../../../../shared/boards/links';
import { boardDefinition } from '../../../../shared/boards/registry';
import { upgradeDoc } from '../../../../shared/boards/run';
import { call } from '../../api';
import { useApp } from '../../app/store';
import { currentWorkshopId, showView } from '../../app/actions';

export type LinkedItem =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'removed' }
  | { status: 'ok'; boardId: string; boardName: string; kind: string; text: string };

/**
 * What an ItemRef points at now: the linked board's name and the item's text, read with boards.get. A board or item
 * that is gone is "removed" (shown as "source removed"), never an error.
 */
export function useLinkedItem(ref: ItemRef | null): LinkedItem {
  const revision = useApp((s) => s.workshop?.revision ?? 0);
  const [state, setState] = useState<LinkedItem>(ref ? { status: 'loading' } : { status: 'none' });
  const boardId = ref?.boardId;
  const itemId = ref?.itemId;
  useEffect(() => {
    if (!boardId) {
      setState({ status: 'none' });
      return;
    }
    const workshopId = currentWorkshopId();
    if (!workshopId) return;
    let live = true;
    call('boards.get', { workshopId, id: boardId })
      .then((board) => {
        if (!live) return;
        let text = '';
        if (itemId) {
          const def = boardDefinition(board.kind);
          const up = def ? upgradeDoc(def, board.docVersion, board.doc) : null;
          const item = up?.ok && def ? def.items(up.doc).find((i) => i.itemId === itemId) : undefined;
          if (!item) {
            setState({ status: 'removed' });
            return;
          }
          text = item.text;
        }
        setState({ status: 'ok', boardId: board.id, boardName: board.name, kind: board.kind, text });
      })
      .catch(() => live && setState({ status: 'removed' }));
    return () => {
      live = false;
    };
  }, [boardId, itemId, revision]);
  return state;
}

const pendingFocus = new Map<string, string>();

/** Opens a board and asks its view to select an item there (links are navigable both ways). */
export function openLinked(boardId: string, itemId?: string): void {
  if (itemId) pendingFocus.set(boardId, itemId);
  showView({ kind: 'board', boardId });
}

/** The item another board asked this board to select on open, once. */
export function takePendingFocus(boardId: string): string | undefined {
  const id = pendingFocus.get(boardId);
  pendingFocus.delete(boardId);
  return id;
}
