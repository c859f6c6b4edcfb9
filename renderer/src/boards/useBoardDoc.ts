import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiCallError } from '../../../shared/api/client';
import type { AnyBoardDefinition } from '../../../shared/boards/types';
import { BoardCommandError, runCommand } from '../../../shared/boards/run';
import type { Board } from '../../../shared/domain/entities';
import { call } from '../api';
import { currentEditKey, trackSave } from '../api/edit-session';
import { boardEditsAcknowledged, refreshWorkshop } from '../app/actions';
import { shareEqual } from '../api/share-equal';
import type { WorkshopState } from '../../../shared/api/contract';
import { trackWrite } from '../api/writes';
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
  /** Edits acknowledged since the store last took the workshop's revision, the last answer, and whether one failed. */
  const acked = useRef(0);
  const lastAck = useRef<{ revision: number; history: WorkshopState['history']; updatedAt: string } | null>(null);
  const failed = useRef(false);
  /** What is shown: the confirmed doc with the pending commands applied; and how many commands are not answered yet. */
  const optimistic = useRef<unknown>(null);
  const queued = useRef(0);
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
    // The backend's answer usually equals the optimistic doc: keeping the shown object then skips the re-render.
    const next = shareEqual(optimistic.current, doc);
    optimistic.current = next;
    setShown(next);
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
      let next: unknown;
      try {
        // The command applied once to what is shown (confirmed + pending), which also checks that it fits.
        next = runCommand(def, optimistic.current, parsed.data).doc;
      } catch (e) {
        if (e instanceof BoardCommandError)
          toastError(new ApiCallError({ code: 'boardCommand', key: e.key, params: e.params }));
        else toastError(e);
        return;
      }
      pending.current.push(parsed.data);
      // A text field's save: the command is queued, so the field edit's key and acknowledgement travel with it.
      const coalesce = currentEditKey();
      let ack: { resolve(): void; reject(e: unknown): void } | null = null;
      if (coalesce) trackSave(new Promise<void>((resolve, reject) => (ack = { resolve, reject })));
      const send = async () => {
        try {
          const out = await call('boards.apply', {
            workshopId,
            id: boardId,
            command: parsed.data,
            ...(coalesce ? { coalesce } : {}),
          });
          confirmed.current = shareEqual(confirmed.current, out.doc);
          acked.current++;
          lastAck.current = out;
          ack?.resolve();
        } catch (e) {
          if (ack) ack.reject(e);
          else toastError(e);
          failed.current = true;
        }
        queued.current--;
        pending.current.shift();
        recompute();
        if (pending.current.length > 0) return;
        // Only the revision, undo state and board time change for the rest of the screen: no refetch of everything.
        if (lastAck.current && !failed.current)
          boardEditsAcknowledged(workshopId, boardId, acked.current, lastAck.current);
        else void refreshWorkshop();
        acked.current = 0;
        lastAck.current = null;
        failed.current = false;
      };
      // Commands go one at a time, in order; when none is waiting, this one leaves now, before the re-render below.
      chain.current = queued.current++ === 0 ? send() : chain.current.then(send);
      // Undo waits for the queue: a command still queued here is newer than anything undo could reverse.
      trackWrite(chain.current);
      optimistic.current = next;
      setShown(next);
    },
    [def, workshopId, boardId, recompute],
  );

  return { load, doc: shown, dispatch };
}
