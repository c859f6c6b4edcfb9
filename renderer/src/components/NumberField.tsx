import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../app/toasts';
import { useDraftNumber, type NumberRules } from './useDraftNumber';

interface Props extends NumberRules {
  label: string;
  value: number | null;
  /** Saves a valid number (null: emptied) as the coach types, and at once on blur, Enter and leaving the page. */
  onCommit: (value: number | null) => void;
  hint?: string;
  hideLabel?: boolean;
  disabled?: boolean;
  className?: string;
  /** Whole numbers only: the phone keyboard without a decimal key. */
  whole?: boolean;
}

/** A labelled number input that saves as it is typed (see `useDraftNumber`). */
export function NumberField({ label, value, onCommit, hint, hideLabel, disabled, className, whole, ...rules }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const field = useDraftNumber(value, onCommit, rules);
  const described = [
    hint && !field.message ? `${id}-hint` : null,
    field.message ? `${id}-msg` : null,
    field.saveError ? `${id}-error` : null,
  ].filter(Boolean);
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        inputMode={whole ? 'numeric' : 'decimal'}
        disabled={disabled}
        aria-describedby={described.length ? described.join(' ') : undefined}
        {...field.inputProps}
      />
      {hint && !field.message && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {field.message && (
        <p id={`${id}-msg`} className="field-hint field-error" role="alert">
          {field.message}
        </p>
      )}
      {field.saveError != null && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {t('autosave.failed', { reason: errorMessage(field.saveError) })}
        </p>
      )}
    </div>
  );
}
