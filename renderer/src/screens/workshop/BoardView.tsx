import { Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopState } from '../../../../shared/api/contract';
import type { BoardMeta } from '../../../../shared/domain/entities';
import { boardKindEntry } from '../../boards/registry';
import { useBoardDoc } from '../../boards/useBoardDoc';
import { PanelLeftClose, PanelLeftOpen } from 'lucide-react';
import { showView } from '../../app/actions';
import { useApp } from '../../app/store';
import { countsText } from '../../../../shared/boards/counts';
import { boardKindName, keyFromData } from '../../i18n/keys';

export function BoardView({ workshop, boardId }: { workshop: WorkshopState; boardId: string }) {
  const { t } = useTranslation();
  const meta = workshop.boards.find((b) => b.id === boardId);
  if (!meta) {
    return (
      <div className="centered">
        <div className="notice-card">
          <h1>{t('boards.notFound')}</h1>
        </div>
      </div>
    );
  }
  return <BoardHost key={boardId} workshop={workshop} meta={meta} />;
}

function BoardHost({ workshop, meta }: { workshop: WorkshopState; meta: BoardMeta }) {
  const { t } = useTranslation();
  const entry = boardKindEntry(meta.kind);
  const { load, doc, dispatch } = useBoardDoc(workshop.id, meta.id, entry?.def);
  const team = workshop.teams.find((x) => x.id === meta.teamId);
  const sidebarHidden = useApp((s) => s.sidebarHidden);
  // The board's time changes with every save; the views do not show it, so it alone does not re-render them.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- every field but updatedAt
  const board = useMemo(() => meta, [meta.id, meta.teamId, meta.kind, meta.name, meta.ordinal, meta.createdAt]);

  return (
    <div className="board-page">
      <div className="board-head">
        <button
          type="button"
          className="icon-btn sidebar-toggle"
          aria-pressed={sidebarHidden}
          aria-label={t('sidebar.hide')}
          title={t('sidebar.hide')}
          onClick={() => useApp.setState({ sidebarHidden: !sidebarHidden })}
        >
          {sidebarHidden ? <PanelLeftOpen size={20} aria-hidden /> : <PanelLeftClose size={20} aria-hidden />}
        </button>
        <nav aria-label={t('boards.breadcrumb')} className="breadcrumb">
          {team && (
            <button type="button" className="link-btn" onClick={() => showView({ kind: 'team', teamId: team.id })}>
              {team.name}
            </button>
          )}
        </nav>
        <h1>{meta.name}</h1>
        <span className="kind-chip">{boardKindName(t, meta.kind)}</span>
        {entry && doc !== null ? (
          <span className="board-counts muted">{countsText(t, entry.def.counts(doc))}</span>
        ) : null}
      </div>
      {!entry ? (
        <p className="banner banner-error">{t('errors.board.unknownKind')}</p>
      ) : load.status === 'loading' ? (
        <p className="muted pad">{t('common.loading')}</p>
      ) : load.status === 'error' ? (
        <p className="banner banner-error">{t(keyFromData(load.key))}</p>
      ) : (
        doc !== null && (
          // The board's code arrives on first open (see lazyView); until then the same calm line as for its data.
          <Suspense fallback={<p className="muted pad">{t('common.loading')}</p>}>
            <entry.ui.View board={board} doc={doc} dispatch={dispatch} />
          </Suspense>
        )
      )}
    </div>
  );
}
