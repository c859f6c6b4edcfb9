import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TIME_UNITS, type TimeUnit } from '../../../../shared/analysis/value-stream/units';
import type { Duration } from '../../../../shared/boards/value-stream/model';
import { NumberField as SharedNumberField } from '../../components/NumberField';
import { inputNumber } from '../../components/number-text';
import type { NumberRules } from '../../components/useDraftNumber';

/** A value-stream number: saves as it is typed (see `useDraftNumber`); a text that is not a number is explained and kept. */
export function NumberField({
  label,
  value,
  onCommit,
  lang,
  hint,
  check,
}: {
  label: string;
  value: number | null;
  onCommit: (v: number | null) => void;
  lang: string;
  hint?: string;
  check?: NumberRules['check'];
}) {
  return (
    <SharedNumberField
      className="vs-num"
      label={label}
      value={value}
      onCommit={onCommit}
      hint={hint}
      check={check}
      format={(n) => inputNumber(n, lang)}
    />
  );
}

/** Typical value with its unit, and the optional shortest and longest, in one fieldset. */
export function DurationField({
  legend,
  value,
  onCommit,
  lang,
}: {
  legend: string;
  value: Duration;
  onCommit: (d: Duration) => void;
  lang: string;
}) {
  const { t } = useTranslation();
  const unitId = useId();
  return (
    <fieldset className="vs-duration">
      <legend>{legend}</legend>
      <div className="vs-duration-row">
        <NumberField
          label={t('valueStream.field.typical')}
          value={value.value}
          lang={lang}
          onCommit={(v) => onCommit({ ...value, value: v })}
        />
        <div className="field">
          <label htmlFor={unitId}>{t('valueStream.field.unit')}</label>
          <select
            id={unitId}
            value={value.unit ?? ''}
            onChange={(e) => onCommit({ ...value, unit: e.target.value === '' ? null : (e.target.value as TimeUnit) })}
          >
            {value.unit === null && <option value="">{t('valueStream.unit.none')}</option>}
            {TIME_UNITS.map((u) => (
              <option key={u} value={u}>
                {t(`valueStream.unit.${u}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="vs-duration-row">
        <NumberField
          label={t('valueStream.field.min')}
          value={value.min}
          lang={lang}
          onCommit={(v) => onCommit({ ...value, min: v })}
        />
        <NumberField
          label={t('valueStream.field.max')}
          value={value.max}
          lang={lang}
          onCommit={(v) => onCommit({ ...value, max: v })}
        />
      </div>
    </fieldset>
  );
}
