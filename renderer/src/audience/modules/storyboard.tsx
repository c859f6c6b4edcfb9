import { useTranslation } from 'react-i18next';
import type { AudienceModule } from '../registry';
import { CalmScreen } from '../Screen';
import { useAudience } from '../store';
import { StoryboardSheet } from '../../storyboard/StoryboardSheet';
import { useStoryboard } from '../../storyboard/useStoryboard';
import { todayIso } from '../../i18n/format';
import '../../storyboard/storyboard.css';

/**
 * A team's storyboard on the projector: the projector version of the sheet (fewer items, every text at least 24 px)
 * on the whole 1920x1080 stage. It follows every change of the team's boards, like any audience screen.
 */
function StoryboardScreen({ teamId }: { teamId: string }) {
  const { t } = useTranslation();
  const workshop = useAudience((s) => s.workshop);
  const theme = useAudience((s) => s.theme);
  const state = useStoryboard(workshop, teamId);
  if (state.status === 'loading') return <div className="aud-empty" aria-busy="true" />;
  if (state.status === 'missingTeam')
    return <CalmScreen title={t('storyboard.title')} message={t('storyboard.teamNotFound')} />;
  if (state.status === 'error') return <CalmScreen title={t('storyboard.title')} message={t('storyboard.loadError')} />;
  return <StoryboardSheet sb={state.storyboard} variant="projector" theme={theme} date={todayIso()} />;
}

export const storyboardModule: AudienceModule<'storyboard'> = {
  kind: 'storyboard',
  Component: ({ content }) => <StoryboardScreen key={content.teamId} teamId={content.teamId} />,
};
