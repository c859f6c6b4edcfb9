import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DOT_VOTE_LIMITS,
  type DotVoteCommand,
  type DotVoteDoc,
  type VoteOption,
} from '../../../../shared/boards/dot-vote/model';
import { newId } from '../../../../shared/domain/ids';
import type { useTeamItems } from './useTeamItems';
import { boardKindName } from '../../i18n/keys';

interface Props {
  open: boolean;
  onClose: () => void;
  doc: DotVoteDoc;
  dispatch: (cmd: DotVoteCommand) => void;
  sources: ReturnType<typeof useTeamItems>;
}

const key = (boardId: string, itemId: string) => `${boardId}/${itemId}`;

/** Picks options from the items other boards of the team offer (notes, causes, root causes, problems, ideas). */
export function ImportDialog({ open, onClose, doc, dispatch, sources }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const already = new Set(
    doc.options.filter((o) => o.source?.itemId).map((o) => key(o.source!.boardId, o.source!.itemId!)),
  );
  const room = DOT_VOTE_LIMITS.options - doc.options.length;

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      setPicked(new Set());
      d.showModal?.();
    }
    if (!open && d.open) d.close();
  }, [open]);

  function toggle(k: string, on: boolean) {
    setPicked((p) => {
      const n = new Set(p);
      if (on) n.add(k);
      else n.delete(k);
      return n;
    });
  }

  function add() {
    const options: VoteOption[] = [];
    for (const b of sources.boards) {
      for (const it of b.items) {
        if (!picked.has(key(b.board.id, it.itemId))) continue;
        options.push({
          id: newId(),
          text: it.text.slice(0, 2000),
          source: { boardId: b.board.id, itemId: it.itemId, kind: b.board.kind },
          sourceBoardName: b.board.name,
          sourceGroup: (it.group ?? '').slice(0, 200),
        });
      }
    }
    if (options.length > 0) dispatch({ type: 'addOptions', options: options.slice(0, room) });
    onClose();
  }

  const boards = sources.boards.filter((b) => b.items.length > 0 || b.unreadable);

  return (
    <dialog ref={ref} className="dialog dv-import" aria-labelledby={`${id}-t`} onCancel={onClose}>
      <h2 id={`${id}-t`}>{t('dotVote.import.title')}</h2>
      <p>{t('dotVote.import.hint')}</p>
      <div className="dv-import-list">
        {sources.loading ? (
          <p className="muted">{t('common.loading')}</p>
        ) : boards.length === 0 ? (
          <p className="muted">{t('dotVote.import.none')}</p>
        ) : (
          boards.map((b) => {
            const free = b.items.filter((it) => !already.has(key(b.board.id, it.itemId)));
            const allOn = free.length > 0 && free.every((it) => picked.has(key(b.board.id, it.itemId)));
            return (
              <fieldset key={b.board.id} className="dv-import-board">
                <legend>
                  {b.board.name} <span className="muted small">· {boardKindName(t, b.board.kind)}</span>
                </legend>
                {b.unreadable ? (
                  <p className="muted small">{t('dotVote.import.unreadable')}</p>
                ) : (
                  <>
                    <label className="dv-check dv-check-all">
                      <input
                        type="checkbox"
                        checked={allOn}
                        disabled={free.length === 0}
                        onChange={(e) => free.forEach((it) => toggle(key(b.board.id, it.itemId), e.target.checked))}
                      />
                      {t('dotVote.import.all', { count: free.length })}
                    </label>
                    <ul>
                      {b.items.map((it) => {
                        const k = key(b.board.id, it.itemId);
                        const isIn = already.has(k);
                        return (
                          <li key={it.itemId}>
                            <label className="dv-check">
                              <input
                                type="checkbox"
                                checked={isIn || picked.has(k)}
                                disabled={isIn}
                                onChange={(e) => toggle(k, e.target.checked)}
                              />
                              <span>
                                {it.text || t('dotVote.emptyOption')}
                                <span className="muted small">
                                  {' '}
                                  · {t(`dotVote.tag.${it.tag}`)}
                                  {it.group ? ` · ${it.group}` : ''}
                                  {isIn ? ` · ${t('dotVote.import.added')}` : ''}
                                </span>
                              </span>
                            </label>
                          </li>
                        );
                      })}
                    </ul>
                  </>
                )}
              </fieldset>
            );
          })
        )}
      </div>
      {picked.size > room && <p className="error-text">{t('dotVote.setup.full', { max: DOT_VOTE_LIMITS.options })}</p>}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="button" className="btn btn-primary" disabled={picked.size === 0} onClick={add}>
          {t('dotVote.import.add', { count: Math.min(picked.size, room) })}
        </button>
      </div>
    </dialog>
  );
}
