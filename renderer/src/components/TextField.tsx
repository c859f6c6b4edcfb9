import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../app/toasts';
import { useDraftText } from './useDraftText';

interface Props {
  label: string;
  value: string;
  /**
   * Saves the text: called as the coach types (debounced, ≤ 1 s after the last keystroke) and at once on blur,
   * Enter and leaving the page. Calls made inside belong to one field edit, so the backend keeps one undo step.
   */
  onCommit: (value: string) => void;
  multiline?: boolean;
  type?: 'text' | 'date' | 'time' | 'number';
  required?: boolean;
  maxLength?: number;
  hint?: string;
  className?: string;
  placeholder?: string;
  hideLabel?: boolean;
}

export function TextField({
  label,
  value,
  onCommit,
  multiline,
  type = 'text',
  required,
  maxLength,
  hint,
  className,
  placeholder,
  hideLabel,
}: Props) {
  const { t } = useTranslation();
  const id = useId();
  const valueRef = useRef(value);
  valueRef.current = value;
  const atFocus = useRef(value);
  const [cut, setCut] = useState(false);
  const plain = type === 'text' && !multiline;

  const draft = useDraftText(value, (text) => {
    // A required field left empty is not saved; blur puts the saved value back.
    if (required && text.trim() === '') return;
    if (text !== valueRef.current) onCommit(text);
  });

  function change(text: string) {
    // Kept whole up to the limit (a long paste included), and the coach is told when the rest was cut.
    const over = maxLength !== undefined && text.length > maxLength;
    setCut(over);
    draft.input(over ? text.slice(0, maxLength) : text);
  }

  function finish() {
    let text = draft.text;
    if (plain && text !== text.trim()) draft.input((text = text.trim()));
    if (required && text.trim() === '') draft.input(valueRef.current);
    setCut(false);
    void draft.endEdit();
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) {
    if (e.key === 'Escape') {
      // Back to the text the field had when the coach came in (saved in the same undo step as the typing).
      if (draft.text !== atFocus.current) draft.input(atFocus.current);
      void draft.flush();
      return;
    }
    if (e.key === 'Enter' && (!multiline || e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      finish();
    }
  }

  const messages = [hint ? `${id}-hint` : null, cut ? `${id}-cut` : null, draft.error ? `${id}-error` : null].filter(
    Boolean,
  );
  const common = {
    id,
    value: draft.text,
    required,
    placeholder,
    'aria-describedby': messages.length ? messages.join(' ') : undefined,
    'aria-invalid': draft.error ? true : undefined,
    onChange: (e: { target: { value: string } }) => change(e.target.value),
    onFocus: () => {
      atFocus.current = draft.text;
    },
    onBlur: finish,
    onKeyDown,
  };

  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {multiline ? <textarea rows={4} {...common} /> : <input type={type} {...common} />}
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {cut && maxLength !== undefined && (
        <p id={`${id}-cut`} className="field-hint field-warning" role="status">
          {t('autosave.cut', { max: maxLength.toLocaleString() })}
        </p>
      )}
      {draft.error != null && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {t('autosave.failed', { reason: errorMessage(draft.error) })}
        </p>
      )}
    </div>
  );
}
