import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TIME_UNITS, type TimeUnit } from '../../../../shared/analysis/value-stream/units';
import type { Duration } from '../../../../shared/boards/value-stream/model';
import { formatNumber } from './format';

/** "1,5" or "1.5" or " 2 " as a number; '' as null; anything else as undefined (not a number). */
export function parseNumber(s: string): number | null | undefined {
  const v = s.trim().replace(/\s/g, '').replace(',', '.').replace('−', '-');
  if (v === '') return null;
  if (!/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(v)) return undefined;
  const n = Number(v);
  return Number.isFinite(n) && Math.abs(n) <= 1e12 ? n : undefined;
}

/** A number input that commits on blur or Enter; typing something that is not a number shows a message and keeps it. */
export function NumberField({ label, value, onCommit, lang, hint }: { label: string; value: number | null; onCommit: (v: number | null) => void; lang: string; hint?: string }) {
  const { t } = useTranslation();
  const id = useId();
  const shown = value === null ? '' : formatNumber(value, lang, 6);
  const [draft, setDraft] = useState(shown);
  const [bad, setBad] = useState(false);
  const focused = useRef(false);
  useEffect(() => {
    if (!focused.current) {
      setDraft(shown);
      setBad(false);
    }
  }, [shown]);

  function commit() {
    const n = parseNumber(draft);
    if (n === undefined) {
      setBad(true);
      return;
    }
    setBad(false);
    if (n !== value) onCommit(n);
  }

  return (
    <div className="field vs-num">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        inputMode="decimal"
        value={draft}
        aria-invalid={bad || undefined}
        aria-describedby={bad || hint ? `${id}-msg` : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onFocus={() => {
          focused.current = true;
        }}
        onBlur={() => {
          focused.current = false;
          commit();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          } else if (e.key === 'Escape') {
            setDraft(shown);
            setBad(false);
          }
        }}
      />
      {(bad || hint) && (
        <p id={`${id}-msg`} className={bad ? 'field-hint vs-bad' : 'field-hint'} role={bad ? 'alert' : undefined}>
          {bad ? t('valueStream.field.notNumber') : hint}
        </p>
      )}
    </div>
  );
}

/** Typical value with its unit, and the optional shortest and longest, in one fieldset. */
export function DurationField({ legend, value, onCommit, lang }: { legend: string; value: Duration; onCommit: (d: Duration) => void; lang: string }) {
  const { t } = useTranslation();
  const unitId = useId();
  return (
    <fieldset className="vs-duration">
      <legend>{legend}</legend>
      <div className="vs-duration-row">
        <NumberField label={t('valueStream.field.typical')} value={value.value} lang={lang} onCommit={(v) => onCommit({ ...value, value: v })} />
        <div className="field">
          <label htmlFor={unitId}>{t('valueStream.field.unit')}</label>
          <select id={unitId} value={value.unit ?? ''} onChange={(e) => onCommit({ ...value, unit: e.target.value === '' ? null : (e.target.value as TimeUnit) })}>
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
        <NumberField label={t('valueStream.field.min')} value={value.min} lang={lang} onCommit={(v) => onCommit({ ...value, min: v })} />
        <NumberField label={t('valueStream.field.max')} value={value.max} lang={lang} onCommit={(v) => onCommit({ ...value, max: v })} />
      </div>
    </fieldset>
  );
}
