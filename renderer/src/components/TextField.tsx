import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

interface Props {
  label: string;
  value: string;
  /** Called once on blur or Enter when the text changed (one API call, one undo step). */
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

export function TextField({ label, value, onCommit, multiline, type = 'text', required, maxLength, hint, className, placeholder, hideLabel }: Props) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const focused = useRef(false);

  // Follow outside changes (undo, another window) unless the coach is typing here.
  useEffect(() => {
    if (!focused.current) setDraft(value);
  }, [value]);

  function commit() {
    const next = type === 'text' && !multiline ? draft.trim() : draft;
    if (required && next.trim() === '') {
      setDraft(value);
      return;
    }
    if (next !== value) onCommit(next);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) {
    if (e.key === 'Escape') {
      setDraft(value);
      return;
    }
    if (e.key === 'Enter' && (!multiline || e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      commit();
    }
  }

  const common = {
    id,
    value: draft,
    maxLength,
    required,
    placeholder,
    'aria-describedby': hint ? `${id}-hint` : undefined,
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
    onFocus: () => {
      focused.current = true;
    },
    onBlur: () => {
      focused.current = false;
      commit();
    },
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
    </div>
  );
}
