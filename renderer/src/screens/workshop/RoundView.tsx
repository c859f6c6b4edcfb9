import { useTranslation } from 'react-i18next';
import { Plus, Trash2 } from 'lucide-react';
import type { WorkshopState } from '../../../../shared/api/contract';
import type { WorkshopDay } from '../../../../shared/domain/entities';
import { LIMITS } from '../../../../shared/domain/limits';
import { mutate } from '../../app/actions';
import { TextField } from '../../components/TextField';
import { formatDate } from '../../i18n/format';
import { AgendaEditor } from './AgendaEditor';
import { DayAgendaRun } from '../../agenda/DayAgendaRun';

export function RoundView({ workshop }: { workshop: WorkshopState }) {
  const { t } = useTranslation();
  const workshopId = workshop.id;
  const round = workshop.round;
  const days = [...workshop.days].sort((a, b) => a.ordinal - b.ordinal);

  function patchRound(patch: Partial<typeof round>) {
    void mutate('round.update', { workshopId, patch });
  }

  function addDay() {
    void mutate('days.create', {
      workshopId,
      day: { title: t('round.days.defaultTitle', { n: days.length + 1 }), date: '', venue: '', agenda: [] },
    });
  }

  return (
    <div className="page">
      <div className="page-head">
        <div>
          <p className="eyebrow">{t('round.eyebrow')}</p>
          <h1>{round.name || t('round.untitled')}</h1>
        </div>
      </div>

      <section className="card" aria-labelledby="round-basics">
        <h2 id="round-basics">{t('round.basics')}</h2>
        <div className="form-grid">
          <TextField
            className="span-2"
            label={t('round.workshopTitle')}
            value={workshop.title}
            required
            maxLength={LIMITS.name}
            onCommit={(title) => void mutate('workshop.rename', { workshopId, title })}
          />
          <TextField
            className="span-2"
            label={t('round.name')}
            value={round.name}
            maxLength={LIMITS.name}
            onCommit={(name) => patchRound({ name })}
          />
          <TextField
            label={t('round.startDate')}
            type="date"
            value={round.startDate}
            onCommit={(startDate) => patchRound({ startDate })}
          />
          <TextField
            label={t('round.endDate')}
            type="date"
            value={round.endDate}
            onCommit={(endDate) => patchRound({ endDate })}
          />
          <TextField
            className="span-2"
            label={t('round.notes')}
            multiline
            value={round.notes}
            maxLength={LIMITS.longText}
            onCommit={(notes) => patchRound({ notes })}
          />
        </div>
      </section>

      <section aria-labelledby="round-days" className="section">
        <div className="section-head">
          <h2 id="round-days">{t('round.days.title')}</h2>
          <button type="button" className="btn" onClick={addDay}>
            <Plus size={18} aria-hidden />
            {t('round.days.add')}
          </button>
        </div>
        {days.length === 0 && <p className="empty">{t('round.days.empty')}</p>}
        {days.map((day, i) => (
          <DayCard key={day.id} workshopId={workshopId} day={day} index={i} />
        ))}
      </section>
    </div>
  );
}

function DayCard({ workshopId, day, index }: { workshopId: string; day: WorkshopDay; index: number }) {
  const { t, i18n } = useTranslation();
  const headingId = `day-${day.id}`;
  const patch = (p: Partial<Pick<WorkshopDay, 'title' | 'date' | 'venue'>>) =>
    void mutate('days.update', { workshopId, id: day.id, patch: p });
  const heading = day.title || t('round.days.defaultTitle', { n: index + 1 });

  return (
    <article className="card day-card" aria-labelledby={headingId}>
      <div className="section-head">
        <h3 id={headingId}>
          {heading}
          {day.date && <span className="muted heading-meta">{formatDate(day.date, i18n.language)}</span>}
        </h3>
        <button
          type="button"
          className="icon-btn"
          aria-label={t('round.days.deleteNamed', { title: heading })}
          title={t('round.days.delete')}
          onClick={() => void mutate('days.delete', { workshopId, id: day.id })}
        >
          <Trash2 size={18} aria-hidden />
        </button>
      </div>
      <div className="form-grid cols-3">
        <TextField
          label={t('round.days.dayTitle')}
          value={day.title}
          maxLength={LIMITS.name}
          onCommit={(title) => patch({ title })}
        />
        <TextField label={t('round.days.date')} type="date" value={day.date} onCommit={(date) => patch({ date })} />
        <TextField
          label={t('round.days.venue')}
          value={day.venue}
          maxLength={LIMITS.name}
          onCommit={(venue) => patch({ venue })}
        />
      </div>
      <AgendaEditor workshopId={workshopId} day={day} dayLabel={heading} />
      <DayAgendaRun workshopId={workshopId} day={day} dayLabel={heading} />
    </article>
  );
}
