import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReportSections } from './board';
import { countyName } from '../../../../shared/domain/counties';
import { formatCountdown, galleryAt, stopMs } from '../../../../shared/presentation/gallery';
import type { AudienceModule } from '../registry';
import { CalmScreen } from '../Screen';
import { BoardPictureView, useShownBoard } from '../BoardPicture';
import { useNow } from '../../screens/day/hooks';
import './gallery.css';
import { boardKindName } from '../../i18n/keys';

/**
 * One board of the team on show; a deleted board gets a calm line, never an error. A board in sections shows them
 * in turn, the stop's time shared evenly between them (`elapsed` 0 … 1), so nothing of it is left out.
 */
function GalleryBoard({ workshopId, boardId, elapsed }: { workshopId: string; boardId: string; elapsed: number }) {
  const { t } = useTranslation();
  const shown = useShownBoard(workshopId, boardId);
  const [count, setCount] = useState(1);
  const report = useReportSections(null);
  const onSections = useCallback(
    (n: number) => {
      setCount(n);
      report(n);
    },
    [report],
  );
  const section = Math.min(count - 1, Math.floor(Math.min(0.9999, Math.max(0, elapsed)) * count));
  if (shown.status === 'loading') return <div className="aud-empty" aria-busy="true" />;
  if (shown.status === 'error') {
    return (
      <div className="aud-calm">
        <p className="aud-calm-title">{t('audience.boardGone')}</p>
        <p className="aud-calm-message">{t('audience.boardGoneHint')}</p>
      </div>
    );
  }
  return <BoardPictureView board={shown.board} section={section} onSections={onSections} />;
}

export const galleryModule: AudienceModule<'gallery'> = {
  kind: 'gallery',
  Component: function GalleryAudience({ state, workshop }) {
    const { t, i18n } = useTranslation();
    const run = state.gallery && state.gallery.workshopId === workshop.id ? state.gallery : null;
    const now = useNow(run && run.endsAt !== null ? 250 : null);
    if (!run)
      return <CalmScreen title={t('gallery.audience.notRunning')} message={t('gallery.audience.notRunningHint')} />;
    const v = galleryAt(run, now);
    const team = workshop.teams.find((x) => x.id === v.stop.teamId);
    const boardId = v.stop.boardIds[v.boardIndex];
    const board = boardId ? workshop.boards.find((b) => b.id === boardId) : undefined;
    const kindName = board ? boardKindName(t, board.kind) : '';
    const subtitle = [
      team?.county ? countyName(team.county, i18n.language) : '',
      t('gallery.audience.position', { position: v.position, count: v.count }),
    ]
      .filter(Boolean)
      .join(' · ');
    const elapsed = 1 - v.remainingMs / stopMs(v.stop);
    const time = formatCountdown(v.remainingMs);
    return (
      <section className="aud-screen aud-gallery" aria-labelledby="aud-title">
        <header className="aud-gallery-head">
          <div className="aud-gallery-who">
            <h1 id="aud-title" className="aud-title">
              {team?.name ?? t('gallery.run.teamGone')}
            </h1>
            <p className="aud-subtitle">{subtitle}</p>
          </div>
          <div
            className={`aud-gallery-clock ${v.paused ? 'is-paused' : ''} ${v.finished ? 'is-finished' : ''}`}
            role="timer"
            aria-label={t('gallery.audience.timeLeft', { time })}
          >
            <span className="aud-gallery-time">{time}</span>
            {(v.paused || v.finished) && (
              <span className="aud-gallery-badge">
                {v.finished ? t('gallery.audience.finished') : t('gallery.audience.paused')}
              </span>
            )}
          </div>
        </header>
        <div className="aud-gallery-progress" aria-hidden>
          <span style={{ width: `${Math.round(Math.min(1, Math.max(0, elapsed)) * 1000) / 10}%` }} />
        </div>
        <div className="aud-body">
          {boardId ? (
            <GalleryBoard
              key={boardId}
              workshopId={workshop.id}
              boardId={boardId}
              elapsed={elapsed * v.stop.boardIds.length - v.boardIndex}
            />
          ) : (
            <div className="aud-calm">
              <p className="aud-calm-title">{t('gallery.audience.noBoards')}</p>
              <p className="aud-calm-message">{t('gallery.audience.noBoardsHint')}</p>
            </div>
          )}
        </div>
        {board && (
          <p className="aud-gallery-caption">
            <span>{kindName}</span>
            {v.stop.boardIds.length > 1 && (
              <span>
                {t('gallery.audience.boardPosition', { position: v.boardIndex + 1, count: v.stop.boardIds.length })}
              </span>
            )}
          </p>
        )}
      </section>
    );
  },
};
