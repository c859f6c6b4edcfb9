import { useTranslation } from 'react-i18next';
import { ArrowDown, ArrowUp, Plus, Trash2 } from 'lucide-react';
import type { AgendaItem, WorkshopDay } from '../../../../shared/domain/entities';
import { newId } from '../../../../shared/domain/ids';
import { LIMITS } from '../../../../shared/domain/limits';
import { mutate } from '../../app/actions';
import { addMinutes } from '../../i18n/format';
import { TextField } from '../../components/TextField';
import { NumberField } from '../../components/NumberField';
import { numberLimits } from '../../components/useDraftNumber';
import { AgendaOverlaps } from '../../agenda/DayAgendaRun';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The day's timetable; every change sends the whole agenda once (`days.setAgenda`), one undo step. */
export function AgendaEditor({
  workshopId,
  day,
  dayLabel,
}: {
  workshopId: string;
  day: WorkshopDay;
  dayLabel: string;
}) {
  const { t } = useTranslation();
  const agenda = day.agenda;

  function save(next: AgendaItem[]) {
    void mutate('days.setAgenda', { workshopId, id: day.id, agenda: next });
  }

  function update(i: number, patch: Partial<AgendaItem>) {
    save(agenda.map((item, j) => (j === i ? { ...item, ...patch } : item)));
  }

  function move(i: number, delta: -1 | 1) {
    const j = i + delta;
    const a = agenda[i];
    const b = agenda[j];
    if (!a || !b) return;
    const next = [...agenda];
    next[i] = b;
    next[j] = a;
    save(next);
  }

  function add() {
    const last = agenda[agenda.length - 1];
    const start = last ? addMinutes(last.start, last.durationMin) : '09:00';
    save([...agenda, { id: newId(), start, durationMin: 30, title: t('agenda.newItem') }]);
  }

  return (
    <div className="agenda">
      <h4 className="agenda-title">{t('agenda.title')}</h4>
      {agenda.length === 0 ? (
        <p className="empty small">{t('agenda.empty')}</p>
      ) : (
        <table className="agenda-table">
          <caption className="visually-hidden">{t('agenda.caption', { day: dayLabel })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('agenda.start')}</th>
              <th scope="col">{t('agenda.duration')}</th>
              <th scope="col">{t('agenda.end')}</th>
              <th scope="col">{t('agenda.item')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('agenda.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {agenda.map((item, i) => (
              <tr key={item.id}>
                <td className="col-time">
                  <TextField
                    hideLabel
                    label={t('agenda.startOf', { n: i + 1 })}
                    type="time"
                    value={item.start}
                    onCommit={(v) => TIME.test(v) && update(i, { start: v })}
                  />
                </td>
                <td className="col-duration">
                  <NumberField
                    hideLabel
                    whole
                    label={t('agenda.durationOf', { n: i + 1 })}
                    value={item.durationMin}
                    format={String}
                    check={numberLimits(t, { min: 1, max: 600, whole: true, required: true })}
                    onCommit={(n) => n !== null && update(i, { durationMin: n })}
                  />
                </td>
                <td className="col-end">{addMinutes(item.start, item.durationMin)}</td>
                <td className="col-title">
                  <TextField
                    hideLabel
                    required
                    label={t('agenda.itemOf', { n: i + 1 })}
                    value={item.title}
                    maxLength={LIMITS.name}
                    onCommit={(v) => update(i, { title: v })}
                  />
                </td>
                <td className="col-actions">
                  <button
                    type="button"
                    className="icon-btn"
                    aria-label={t('agenda.moveUp', { title: item.title })}
                    disabled={i === 0}
                    onClick={() => move(i, -1)}
                  >
                    <ArrowUp size={16} aria-hidden />
                  </button>
                  <button
                    type="button"
                    className="icon-btn"
                    aria-label={t('agenda.moveDown', { title: item.title })}
                    disabled={i === agenda.length - 1}
                    onClick={() => move(i, 1)}
                  >
                    <ArrowDown size={16} aria-hidden />
                  </button>
                  <button
                    type="button"
                    className="icon-btn"
                    aria-label={t('agenda.remove', { title: item.title })}
                    onClick={() => save(agenda.filter((_, j) => j !== i))}
                  >
                    <Trash2 size={16} aria-hidden />
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <AgendaOverlaps agenda={agenda} />
      <button type="button" className="btn btn-small" onClick={add} disabled={agenda.length >= LIMITS.agendaItems}>
        <Plus size={16} aria-hidden />
        {t('agenda.add')}
      </button>
    </div>
  );
}
