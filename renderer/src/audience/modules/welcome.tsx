import { useTranslation } from 'react-i18next';
import type { WorkshopState } from '../../../../shared/api/contract';
import { formatDate, todayIso } from '../../i18n/format';
import type { AudienceModule } from '../registry';

/** The programme's calm title screen: the workshop, its round and today's day (when there is one). */
export function WelcomeScreen({ workshop }: { workshop: WorkshopState | null }) {
  const { t, i18n } = useTranslation();
  const today = workshop?.days.find((d) => d.date === todayIso());
  const dayLine = today
    ? [today.title, formatDate(today.date, i18n.language), today.venue].filter((s) => s.trim() !== '').join(' · ')
    : '';
  const round = workshop?.round.name.trim() ?? '';
  return (
    <section className="aud-welcome" aria-labelledby="aud-title">
      <div className="aud-welcome-mark" aria-hidden />
      <h1 id="aud-title" className="aud-welcome-title">
        {workshop ? workshop.title : t('app.name')}
      </h1>
      {round && round !== workshop?.title ? <p className="aud-welcome-round">{round}</p> : null}
      {dayLine ? <p className="aud-welcome-day">{dayLine}</p> : null}
      {workshop ? (
        <p className="aud-welcome-brand">{t('app.name')}</p>
      ) : (
        <p className="aud-welcome-brand">{t('audience.welcomeWaiting')}</p>
      )}
    </section>
  );
}

export const welcomeModule: AudienceModule<'welcome'> = {
  kind: 'welcome',
  Component: ({ workshop }) => <WelcomeScreen workshop={workshop} />,
};
