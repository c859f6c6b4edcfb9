import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CalendarDays, GalleryHorizontalEnd, MessageSquareHeart, Plus, Users } from 'lucide-react';
import type { WorkshopState } from '../../../../shared/api/contract';
import type { View } from '../../app/route';
import { mutate, showView } from '../../app/actions';
import { boardUi } from '../../boards/registry';
import { NameDialog } from '../../components/NameDialog';
import { teamNameTaken, uniqueDefaultTeamName } from '../../../../shared/domain/team-names';

export function Sidebar({ workshop, view }: { workshop: WorkshopState; view: View }) {
  const { t } = useTranslation();
  const teams = [...workshop.teams].sort((a, b) => a.ordinal - b.ordinal);

  const [naming, setNaming] = useState(false);

  // The name is asked first (Enter takes a default no team has), so quick presses never make "Tiimi 3" twice.
  async function addTeam(name: string) {
    setNaming(false);
    const out = await mutate('teams.create', { workshopId: workshop.id, team: { name } });
    if (out) showView({ kind: 'team', teamId: out.id });
  }

  return (
    <nav className="sidebar" aria-label={t('sidebar.label')}>
      <ul className="nav-list">
        <li>
          <button
            type="button"
            className="nav-item"
            aria-current={view.kind === 'round' ? 'page' : undefined}
            onClick={() => showView({ kind: 'round' })}
          >
            <CalendarDays size={18} aria-hidden />
            <span className="nav-text">{t('sidebar.round')}</span>
          </button>
        </li>
        <li>
          <button
            type="button"
            className="nav-item"
            aria-current={view.kind === 'gallery' ? 'page' : undefined}
            onClick={() => showView({ kind: 'gallery' })}
          >
            <GalleryHorizontalEnd size={18} aria-hidden />
            <span className="nav-text">{t('gallery.nav')}</span>
          </button>
        </li>
        <li>
          <button
            type="button"
            className="nav-item"
            aria-current={view.kind === 'feedback' ? 'page' : undefined}
            onClick={() => showView({ kind: 'feedback' })}
          >
            <MessageSquareHeart size={18} aria-hidden />
            <span className="nav-text">{t('feedback.nav')}</span>
          </button>
        </li>
      </ul>
      <p className="nav-label" id="sidebar-teams">
        {t('sidebar.teams')}
      </p>
      <ul className="nav-list" aria-labelledby="sidebar-teams">
        {teams.map((team) => {
          const boards = workshop.boards.filter((b) => b.teamId === team.id).sort((a, b) => a.ordinal - b.ordinal);
          return (
            <li key={team.id}>
              <button
                type="button"
                className="nav-item"
                aria-current={
                  (view.kind === 'team' || view.kind === 'storyboard' || view.kind === 'toimintamalli') &&
                  view.teamId === team.id
                    ? 'page'
                    : undefined
                }
                title={team.name}
                onClick={() => showView({ kind: 'team', teamId: team.id })}
              >
                <Users size={18} aria-hidden />
                <span className="nav-text">{team.name}</span>
              </button>
              {boards.length > 0 && (
                <ul className="nav-sublist" aria-label={t('sidebar.boardsOf', { team: team.name })}>
                  {boards.map((b) => {
                    const Icon = boardUi(b.kind)?.icon;
                    return (
                      <li key={b.id}>
                        <button
                          type="button"
                          className="nav-item nav-subitem"
                          aria-current={view.kind === 'board' && view.boardId === b.id ? 'page' : undefined}
                          title={b.name}
                          onClick={() => showView({ kind: 'board', boardId: b.id })}
                        >
                          {Icon && <Icon size={16} aria-hidden />}
                          <span className="nav-text">{b.name}</span>
                        </button>
                      </li>
                    );
                  })}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
      <button type="button" className="btn btn-ghost add-team" onClick={() => setNaming(true)}>
        <Plus size={18} aria-hidden />
        {t('sidebar.addTeam')}
      </button>
      <NameDialog
        open={naming}
        title={t('sidebar.addTeamTitle')}
        label={t('team.name')}
        initial={uniqueDefaultTeamName(workshop.teams, (n) => t('team.defaultName', { n }))}
        confirmLabel={t('sidebar.addTeamConfirm')}
        problem={(name) =>
          teamNameTaken(workshop.teams, name) ? t('errors.team.nameTaken', { name: name.trim() }) : null
        }
        onConfirm={(name) => void addTeam(name)}
        onCancel={() => setNaming(false)}
      />
    </nav>
  );
}
