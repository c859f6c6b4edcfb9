import { useTranslation } from 'react-i18next';
import { useApp } from '../../app/store';
import { goHome } from '../../app/actions';
import type { View } from '../../app/route';
import { Sidebar } from './Sidebar';
import { RoundView } from './RoundView';
import { TeamView } from './TeamView';
import { BoardView } from './BoardView';
import { StoryboardView } from '../../storyboard/StoryboardView';
import { ToimintamalliView } from '../../innokyla/ToimintamalliView';
import { GalleryView } from '../day/GalleryView';
import { FeedbackView } from '../day/FeedbackView';
import { keyFromData } from '../../i18n/keys';

export function WorkshopScreen({ workshopId, view }: { workshopId: string; view: View }) {
  const { t } = useTranslation();
  const workshop = useApp((s) => (s.workshop?.id === workshopId ? s.workshop : null));
  const errorKey = useApp((s) => s.workshopErrorKey);
  const sidebarHidden = useApp((s) => s.sidebarHidden);

  if (!workshop) {
    return (
      <main id="main" tabIndex={-1} className="centered">
        {errorKey ? (
          <div className="notice-card">
            <h1>{t('workshop.cannotOpen')}</h1>
            <p>{t(keyFromData(errorKey))}</p>
            <button type="button" className="btn btn-primary" onClick={goHome}>
              {t('header.library')}
            </button>
          </div>
        ) : (
          <p aria-busy="true">{t('common.loading')}</p>
        )}
      </main>
    );
  }

  return (
    <div className={`workshop-layout ${sidebarHidden ? 'sidebar-hidden' : ''}`}>
      {!sidebarHidden && <Sidebar workshop={workshop} view={view} />}
      <main id="main" tabIndex={-1} className={`workshop-main ${view.kind === 'board' ? 'is-board' : ''}`}>
        {view.kind === 'round' && <RoundView workshop={workshop} />}
        {view.kind === 'team' && <TeamView workshop={workshop} teamId={view.teamId} />}
        {view.kind === 'board' && <BoardView workshop={workshop} boardId={view.boardId} />}
        {view.kind === 'storyboard' && <StoryboardView workshop={workshop} teamId={view.teamId} />}
        {view.kind === 'toimintamalli' && <ToimintamalliView workshop={workshop} teamId={view.teamId} />}
        {view.kind === 'gallery' && <GalleryView workshop={workshop} />}
        {view.kind === 'feedback' && <FeedbackView workshop={workshop} />}
      </main>
    </div>
  );
}
