import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiCallError } from '../../../shared/api/client';
import type { AnyBoardDefinition } from '../../../shared/boards/types';
import { BoardCommandError, runCommand } from '../../../shared/boards/run';
import type { Board } from '../../../shared/domain/entities';
import { call } from '../api';
import { refreshWorkshop } from '../app/actions';
import { toastError } from '../app/toasts';
import { useApp } from '../app/store';

type LoadState = { status: 'loading' } | { status: 'error'; key: string } | { status: 'ready'; board: Board };

/**
 * A board's document with optimistic edits: the shown doc is the last confirmed doc with the pending commands
 * replayed on top. Commands go to the backend one at a time, in order; a rejected one is dropped (reverted).
 */
export function useBoardDoc(workshopId: string, boardId: string, def: AnyBoardDefinition | undefined) {
  const [load, setLoad] = useState<LoadState>({ status: 'loading' });
  const [shown, setShown] = useState<unknown>(null);
  const confirmed = useRef<unknown>(null);
  const pending = useRef<{ type: string }[]>([]);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const epoch = useApp((s) => s.boardEpoch);

  const recompute = useCallback(() => {
    if (!def) return;
    let doc = confirmed.current;
    for (const cmd of pending.current) {
      try {
        doc = runCommand(def, doc, cmd).doc;
      } catch {
        // The backend will reject it too; its failure toast explains.
      }
    }
    setShown(doc);
  }, [def]);

  useEffect(() => {
    let live = true;
    if (pending.current.length > 0) return;
    call('boards.get', { workshopId, id: boardId })
      .then((board) => {
        if (!live || pending.current.length > 0) return;
        if (!def) {
          setLoad({ status: 'error', key: 'errors.board.unknownKind' });
          return;
        }
        const parsed = def.docSchema.safeParse(board.doc);
        if (!parsed.success) {
          setLoad({ status: 'error', key: 'errors.boardCorrupt' });
          return;
        }
        confirmed.current = parsed.data;
        setLoad({ status: 'ready', board });
        recompute();
      })
      .catch((e: unknown) => {
        if (!live) return;
        setLoad({ status: 'error', key: e instanceof ApiCallError ? e.error.key : 'errors.unexpected' });
      });
    return () => {
      live = false;
    };
  }, [workshopId, boardId, def, epoch, recompute]);

  const dispatch = useCallback(
    (cmd: { type: string }) => {
      if (!def) return;
      const parsed = def.commandSchema.safeParse(cmd);
      if (!parsed.success) {
        toastError(new ApiCallError({ code: 'boardCommand', key: 'errors.board.invalidCommand' }));
        return;
      }
      try {
        runCommand(def, confirmedPlusPending(), parsed.data);
      } catch (e) {
        if (e instanceof BoardCommandError) toastError(new ApiCallError({ code: 'boardCommand', key: e.key, params: e.params }));
        else toastError(e);
        return;
      }
      pending.current.push(parsed.data);
      recompute();
      chain.current = chain.current.then(async () => {
        try {
          const out = await call('boards.apply', { workshopId, id: boardId, command: parsed.data });
          confirmed.current = out.doc;
        } catch (e) {
          toastError(e);
        }
        pending.current.shift();
        recompute();
        if (pending.current.length === 0) void refreshWorkshop();
      });

      function confirmedPlusPending(): unknown {
        let doc = confirmed.current;
        for (const c of pending.current) {
          try {
            doc = runCommand(def!, doc, c).doc;
          } catch {
            /* see recompute */
          }
        }
        return doc;
      }
    },
    [def, workshopId, boardId, recompute],
  );

  return { load, doc: shown, dispatch };
}
