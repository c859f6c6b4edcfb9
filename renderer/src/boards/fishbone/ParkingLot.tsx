import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Lightbulb, Plus, X } from 'lucide-react';
import type { FishboneCommand, FishboneDoc } from '../../../../shared/boards/fishbone/model';
import { FISHBONE_LIMITS } from '../../../../shared/boards/fishbone/model';
import { LIMITS } from '../../../../shared/domain/limits';
import { newId } from '../../../../shared/domain/ids';
import { TextField } from '../../components/TextField';

/** Solutions proposed too early, kept aside so the team can go on naming causes; they become change ideas later. */
export function ParkingLot({
  doc,
  readOnly,
  dispatch,
}: {
  doc: FishboneDoc;
  readOnly: boolean;
  dispatch: (cmd: FishboneCommand) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  function add() {
    const text = draft.trim();
    if (!text || readOnly || doc.parked.length >= FISHBONE_LIMITS.parked) return;
    dispatch({ type: 'addParked', item: { id: newId(), text } });
    setDraft('');
  }
  return (
    <section className="parking-lot" aria-labelledby="parking-title">
      <h3 id="parking-title" className="parking-title">
        <Lightbulb size={20} aria-hidden /> {t('fishbone.parking.title')}
      </h3>
      <p className="field-hint">{t('fishbone.parking.hint')}</p>
      {doc.parked.length === 0 ? (
        <p className="muted">{t('fishbone.parking.empty')}</p>
      ) : (
        <ul className="parking-list">
          {doc.parked.map((p, i) => (
            <li key={p.id}>
              <TextField
                label={t('fishbone.parking.itemLabel', { n: i + 1 })}
                hideLabel
                value={p.text}
                maxLength={LIMITS.noteText}
                onCommit={(text) => dispatch({ type: 'setParkedText', id: p.id, text })}
              />
              <button
                type="button"
                className="icon-btn"
                aria-label={t('fishbone.parking.delete', { text: p.text })}
                disabled={readOnly}
                onClick={() => dispatch({ type: 'deleteParked', id: p.id })}
              >
                <X size={16} aria-hidden />
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="parking-add"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <label htmlFor="parking-new" className="visually-hidden">
          {t('fishbone.parking.newLabel')}
        </label>
        <input
          id="parking-new"
          className="input"
          value={draft}
          maxLength={LIMITS.noteText}
          placeholder={t('fishbone.parking.newLabel')}
          disabled={readOnly}
          onChange={(e) => setDraft(e.target.value)}
        />
        <button type="submit" className="btn btn-small" disabled={readOnly || draft.trim() === ''}>
          <Plus size={16} aria-hidden />
          {t('fishbone.parking.add')}
        </button>
      </form>
    </section>
  );
}
