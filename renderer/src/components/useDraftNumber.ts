import { useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDraftText } from './useDraftText';
import { parseDecimal } from './number-text';

export interface NumberRules {
  /** The typed text as a number, null when empty, undefined when it is not (yet) a number. Default: `parseDecimal`. */
  parse?: (text: string) => number | null | undefined;
  /** Why this value (null: empty, undefined: not a number) cannot be saved, translated; null when it can. */
  check?: (n: number | null | undefined) => string | null;
  /** The saved number as the field shows it. */
  format: (n: number) => string;
}

/**
 * A number field that saves as it is typed, through the same draft as every text field (debounced ≤ 1 s, at once
 * on blur, Enter and leaving the page, one undo step per field edit). Text that is not a valid value yet ("-", "1e",
 * out of range) stays in the field unsaved and is explained when the field is left; "1," is saved as 1 and kept as
 * typed, so the coach can go on to "1,5".
 */
export function useDraftNumber(value: number | null, onCommit: (n: number | null) => void, rules: NumberRules) {
  const { t } = useTranslation();
  const parse = rules.parse ?? parseDecimal;
  const problem = (text: string): string | null => {
    const n = parse(text);
    return rules.check?.(n) ?? (n === undefined ? t('numberField.notNumber') : null);
  };
  const valueRef = useRef(value);
  valueRef.current = value;
  const [message, setMessage] = useState<string | null>(null);
  const draft = useDraftText(
    value === null ? '' : rules.format(value),
    (text) => {
      const n = parse(text);
      if (n === undefined || problem(text) !== null) return;
      if (n !== valueRef.current) onCommit(n);
    },
    undefined,
    (text, saved) => {
      const n = parse(text);
      return n !== undefined && n === parse(saved);
    },
  );
  const atFocus = useRef(draft.text);

  function finish() {
    setMessage(problem(draft.text));
    // The edit is over (Enter, blur): Escape from here on goes back to this text, not to the one before it.
    atFocus.current = draft.text;
    void draft.endEdit();
  }

  return {
    text: draft.text,
    /** Why the text in the field is not saved (shown once the field was left, then kept up to date). */
    message,
    /** The save failed; the text is still in the field. */
    saveError: draft.error,
    inputProps: {
      value: draft.text,
      'aria-invalid': message !== null || draft.error != null ? true : undefined,
      onChange: (e: ChangeEvent<HTMLInputElement>) => {
        draft.input(e.target.value);
        if (message !== null) setMessage(problem(e.target.value));
      },
      onFocus: () => {
        atFocus.current = draft.text;
      },
      onBlur: finish,
      onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          finish();
        } else if (e.key === 'Escape') {
          // Back to what the field held when the coach came in (saved in the same undo step as the typing).
          if (draft.text !== atFocus.current) draft.input(atFocus.current);
          setMessage(null);
          void draft.flush();
        }
      },
    },
  };
}

/** The usual rules of a number field, with their messages: whole numbers, a range, not empty. */
export function numberLimits(
  t: (
    key: 'numberField.whole' | 'numberField.required' | 'numberField.range',
    options?: Record<string, unknown>,
  ) => string,
  { min, max, whole = false, required = false }: { min?: number; max?: number; whole?: boolean; required?: boolean },
): (n: number | null | undefined) => string | null {
  return (n) => {
    if (n === undefined) return whole ? t('numberField.whole') : null;
    if (n === null) return required ? t('numberField.required') : null;
    if (whole && !Number.isInteger(n)) return t('numberField.whole');
    if ((min !== undefined && n < min) || (max !== undefined && n > max))
      return t('numberField.range', { min: min ?? '', max: max ?? '' });
    return null;
  };
}
