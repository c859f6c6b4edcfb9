import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  value: number;
  min: number;
  max: number;
  /** Called on blur or Enter with a valid whole number that differs from `value`. */
  onCommit: (value: number) => void;
  hint?: string;
  disabled?: boolean;
  className?: string;
  /** A larger input for counting paper dots on a projector. */
  big?: boolean;
}

/** A whole-number field that explains a bad value (negative, too big, not a number) instead of sending it. */
export function NumberField({ label, value, min, max, onCommit, hint, disabled, className, big }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(String(value));
  const [error, setError] = useState<string | null>(null);
  const focused = useRef(false);

  // Follow outside changes (undo, another window) unless the coach is typing here.
  useEffect(() => {
    if (!focused.current) {
      setDraft(String(value));
      setError(null);
    }
  }, [value]);

  function check(text: string): number | null {
    const trimmed = text.trim();
    if (!/^-?\d+$/.test(trimmed)) {
      setError(t('dotVote.number.notNumber'));
      return null;
    }
    const n = Number(trimmed);
    if (n < 0) {
      setError(t('dotVote.number.negative'));
      return null;
    }
    if (n < min) {
      setError(t('dotVote.number.tooSmall', { min }));
      return null;
    }
    if (n > max) {
      setError(t('dotVote.number.tooBig', { max }));
      return null;
    }
    setError(null);
    return n;
  }

  function commit() {
    const n = check(draft);
    if (n !== null && n !== value) onCommit(n);
  }

  return (
    <div className={`field dv-number${big ? ' is-big' : ''} ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        value={draft}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-e` : hint ? `${id}-h` : undefined}
        onFocus={() => {
          focused.current = true;
        }}
        onChange={(e) => {
          setDraft(e.target.value);
          if (error) check(e.target.value);
        }}
        onBlur={() => {
          focused.current = false;
          commit();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') {
            setDraft(String(value));
            setError(null);
          }
        }}
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
