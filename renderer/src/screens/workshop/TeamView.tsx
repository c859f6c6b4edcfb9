import { useTranslation } from 'react-i18next';
import { AlertTriangle, FileText, Presentation, Trash2 } from 'lucide-react';
import type { WorkshopState } from '../../../../shared/api/contract';
import type { Team } from '../../../../shared/domain/entities';
import { COUNTIES, countyName } from '../../../../shared/domain/counties';
import { TARGET_GROUPS } from '../../../../shared/domain/vocab';
import { LIMITS } from '../../../../shared/domain/limits';
import { rosterWarnings } from '../../../../shared/domain/team-checks';
import { mutate, showView, undo } from '../../app/actions';
import { toastInfo } from '../../app/toasts';
import { TextField } from '../../components/TextField';
import { SelectField } from '../../components/SelectField';
import { MembersSection } from './MembersSection';
import { TeamBoardsSection } from './TeamBoardsSection';
import { GalleryFeedbackSection } from '../day/GalleryNotesList';

export function TeamView({ workshop, teamId }: { workshop: WorkshopState; teamId: string }) {
  const { t, i18n } = useTranslation();
  const team = workshop.teams.find((x) => x.id === teamId);
  if (!team) {
    return (
      <div className="centered">
        <div className="notice-card">
          <h1>{t('team.notFound')}</h1>
        </div>
      </div>
    );
  }
  const workshopId = workshop.id;
  const members = workshop.members.filter((m) => m.teamId === team.id);
  const warnings = rosterWarnings(members);
  const patch = (p: Partial<Omit<Team, 'id' | 'ordinal'>>) =>
    void mutate('teams.update', { workshopId, id: team.id, patch: p });

  const countyOptions = [
    { value: '', label: t('team.chooseCounty') },
    ...COUNTIES.map((c) => ({ value: c.code, label: countyName(c.code, i18n.language) })),
  ];
  const groupOptions = [
    { value: '', label: t('team.chooseTargetGroup') },
    ...TARGET_GROUPS.map((g) => ({ value: g, label: t(`vocab.targetGroup.${g}`) })),
  ];

  async function deleteTeam() {
    const name = team?.name ?? '';
    const ok = await mutate('teams.delete', { workshopId, id: teamId });
    if (ok) {
      showView({ kind: 'round' });
      toastInfo(t('team.deleted', { name }), { label: t('header.undo'), run: () => void undo() });
    }
  }

  return (
    <div className="page">
      <div className="page-head">
        <div>
          <p className="eyebrow">{t('team.eyebrow')}</p>
          <h1>{team.name}</h1>
        </div>
        <div className="team-head-actions">
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => showView({ kind: 'storyboard', teamId: team.id })}
            title={t('storyboard.openHint')}
          >
            <Presentation size={18} aria-hidden />
            {t('storyboard.open')}
          </button>
          <button type="button" className="btn" onClick={() => showView({ kind: 'toimintamalli', teamId: team.id })}>
            <FileText size={18} aria-hidden />
            {t('innokyla.open')}
          </button>
          <button type="button" className="btn btn-ghost danger-text" onClick={() => void deleteTeam()}>
            <Trash2 size={18} aria-hidden />
            {t('team.delete')}
          </button>
        </div>
      </div>

      {warnings.length > 0 && (
        <div className="banner banner-warning" role="note" aria-labelledby="roster-warning-title">
          <AlertTriangle size={22} aria-hidden className="banner-icon" />
          <div>
            <p id="roster-warning-title" className="banner-title">
              {t('team.warnings.title')}
            </p>
            <ul>
              {warnings.map((w) => (
                <li key={w}>{t(`team.warnings.${w}`)}</li>
              ))}
            </ul>
          </div>
        </div>
      )}

      <section className="card" aria-labelledby="team-basics">
        <h2 id="team-basics">{t('team.basics')}</h2>
        <div className="form-grid">
          <TextField
            label={t('team.name')}
            value={team.name}
            required
            maxLength={LIMITS.name}
            onCommit={(name) => patch({ name })}
          />
          <SelectField
            label={t('team.county')}
            value={team.county}
            options={countyOptions}
            onChange={(v) => patch({ county: v as Team['county'] })}
          />
          <SelectField
            label={t('team.targetGroup')}
            value={team.targetGroup}
            options={groupOptions}
            onChange={(v) => patch({ targetGroup: v as Team['targetGroup'] })}
          />
          {team.targetGroup === 'other' ? (
            <TextField
              label={t('team.targetGroupOther')}
              value={team.targetGroupOther}
              maxLength={LIMITS.shortText}
              onCommit={(targetGroupOther) => patch({ targetGroupOther })}
            />
          ) : (
            <div aria-hidden className="field-spacer" />
          )}
          <TextField
            className="span-2"
            label={t('team.process')}
            hint={t('team.processHint')}
            value={team.process}
            maxLength={LIMITS.shortText}
            onCommit={(process) => patch({ process })}
          />
          <TextField
            className="span-2"
            label={t('team.aim')}
            hint={t('team.aimHint')}
            multiline
            value={team.aim}
            maxLength={LIMITS.longText}
            onCommit={(aim) => patch({ aim })}
          />
        </div>
      </section>

      <MembersSection workshopId={workshopId} teamId={team.id} members={members} />
      <TeamBoardsSection workshop={workshop} team={team} />
      <GalleryFeedbackSection workshop={workshop} teamId={team.id} />
    </div>
  );
}
