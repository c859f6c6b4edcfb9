import { useTranslation } from 'react-i18next';
import { Trash2 } from 'lucide-react';
import {
  DATA_SOURCES,
  DIRECTIONS,
  MEASURE_TYPES,
  type Measure,
  type MeasureFields,
  type MeasuresCommand,
} from '../../../../shared/boards/measures/model';
import { parseNumber } from '../../../../shared/boards/measures/periods';
import { LIMITS } from '../../../../shared/domain/limits';
import { TextField } from '../../components/TextField';
import { SelectField } from '../../components/SelectField';
import { NumberField } from '../../components/NumberField';
import { numberLimits } from '../../components/useDraftNumber';
import { inputNumber } from './format';

interface Props {
  measure: Measure;
  dispatch: (cmd: MeasuresCommand) => void;
  onDelete: () => void;
  readOnly: boolean;
}

/** The measure's definition (IHI: name, type, operational definition, unit, direction, baseline, target, ...). */
export function MeasureForm({ measure: m, dispatch, onDelete, readOnly }: Props) {
  const { t, i18n } = useTranslation();
  const patch = (p: Partial<MeasureFields>) => dispatch({ type: 'updateMeasure', id: m.id, patch: p });
  const numField = (key: 'baseline' | 'target', label: string) => (
    <NumberField
      key={`${m.id}-${key}`}
      label={label}
      value={m[key]}
      // The grid's reading: "12,5", "50 %", "1 200".
      parse={(v) => (v.trim() === '' ? null : (parseNumber(v) ?? undefined))}
      format={(n) => inputNumber(n, i18n.language)}
      onCommit={(n) => patch({ [key]: n })}
    />
  );
  return (
    <div className="mform">
      <TextField
        key={`${m.id}-name`}
        label={t('measures.form.name')}
        value={m.name}
        maxLength={LIMITS.name}
        required
        onCommit={(name) => patch({ name })}
      />
      <div className="mform-row">
        <SelectField
          label={t('measures.form.type')}
          value={m.type}
          options={MEASURE_TYPES.map((v) => ({ value: v, label: t(`measures.type.${v}`) }))}
          onChange={(v) => patch({ type: v as Measure['type'] })}
        />
        <SelectField
          label={t('measures.form.direction')}
          value={m.direction}
          options={DIRECTIONS.map((v) => ({ value: v, label: t(`measures.direction.${v}`) }))}
          onChange={(v) => patch({ direction: v as Measure['direction'] })}
        />
      </div>
      <TextField
        key={`${m.id}-def`}
        label={t('measures.form.definition')}
        hint={t('measures.form.definitionHint')}
        multiline
        value={m.definition}
        maxLength={LIMITS.longText}
        onCommit={(definition) => patch({ definition })}
      />
      <div className="mform-row">
        <TextField
          key={`${m.id}-unit`}
          label={t('measures.form.unit')}
          value={m.unit}
          maxLength={60}
          onCommit={(unit) => patch({ unit })}
        />
        <SelectField
          label={t('measures.form.frequency')}
          value={m.frequency}
          options={(['week', 'month'] as const).map((v) => ({ value: v, label: t(`measures.frequency.${v}`) }))}
          onChange={(v) => patch({ frequency: v as Measure['frequency'] })}
        />
      </div>
      {m.points.length > 0 && <p className="field-hint">{t('measures.form.frequencyLocked')}</p>}
      <div className="mform-row">
        {numField('baseline', t('measures.form.baseline'))}
        {numField('target', t('measures.form.target'))}
      </div>
      <div className="mform-row">
        <SelectField
          label={t('measures.form.source')}
          value={m.source}
          options={DATA_SOURCES.map((v) => ({ value: v, label: t(`measures.source.${v}`) }))}
          onChange={(v) => patch({ source: v as Measure['source'] })}
        />
        <TextField
          key={`${m.id}-owner`}
          label={t('measures.form.owner')}
          value={m.owner}
          maxLength={LIMITS.name}
          onCommit={(owner) => patch({ owner })}
        />
      </div>
      <div className="mform-row">
        <SelectField
          label={t('measures.form.kind')}
          value={m.isRate ? String(m.multiplier) : 'value'}
          options={[
            { value: 'value', label: t('measures.form.kindValue') },
            { value: '1', label: t('measures.form.kindRatio') },
            { value: '100', label: t('measures.form.kindPercent') },
          ]}
          onChange={(v) =>
            patch(
              v === 'value' ? { isRate: false, multiplier: 1 } : { isRate: true, multiplier: v === '100' ? 100 : 1 },
            )
          }
        />
        <NumberField
          key={`${m.id}-freeze`}
          label={t('measures.form.freeze')}
          hint={t('measures.form.freezeHint')}
          whole
          value={m.freezeAfter ? m.freezeAfter : null}
          format={String}
          check={numberLimits(t, { min: 0, max: 1000, whole: true })}
          onCommit={(n) => patch({ freezeAfter: n ?? 0 })}
        />
      </div>
      <button type="button" className="btn btn-ghost danger-text" onClick={onDelete} disabled={readOnly}>
        <Trash2 size={18} aria-hidden />
        {t('measures.deleteMeasure')}
      </button>
    </div>
  );
}
