import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useDraftNumber } from '../../components/useDraftNumber';

interface Props {
  label: string;
  value: number;
  min: number;
  max: number;
  /** Called as the coach types (debounced), and on blur or Enter, with a valid whole number that differs from `value`. */
  onCommit: (value: number) => void;
  hint?: string;
  disabled?: boolean;
  className?: string;
  /** A larger input for counting paper dots on a projector. */
  big?: boolean;
}

/** "12" as 12; anything else (including the half-typed "-" and an empty field) is not a whole number yet. */
const parseWhole = (text: string): number | undefined =>
  /^-?\d+$/.test(text.trim()) ? Number(text.trim()) : undefined;

/** A whole-number field that saves as it is typed and explains a bad value (negative, too big, not a number) instead of sending it. */
export function NumberField({ label, value, min, max, onCommit, hint, disabled, className, big }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const field = useDraftNumber(value, (n) => n !== null && onCommit(n), {
    parse: parseWhole,
    format: String,
    check: (n) =>
      n === undefined || n === null
        ? t('dotVote.number.notNumber')
        : n < 0
          ? t('dotVote.number.negative')
          : n < min
            ? t('dotVote.number.tooSmall', { min })
            : n > max
              ? t('dotVote.number.tooBig', { max })
              : null,
  });
  const error = field.message;

  return (
    <div className={`field dv-number${big ? ' is-big' : ''} ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        disabled={disabled}
        aria-describedby={error ? `${id}-e` : hint ? `${id}-h` : undefined}
        {...field.inputProps}
      />
      {error ? (
        <span id={`${id}-e`} className="field-hint error-text" role="alert">
          {error}
        </span>
      ) : hint ? (
        <span id={`${id}-h`} className="field-hint">
          {hint}
        </span>
      ) : null}
    </div>
  );
}
