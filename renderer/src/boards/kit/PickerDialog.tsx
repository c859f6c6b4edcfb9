import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { textMatches } from '../../../../shared/text/search';

export interface PickerItem {
  id: string;
  label: string;
  /** Extra words that find the item (a step's number). */
  keywords?: string;
  /** Right-aligned hint: the shortcut. */
  hint?: ReactNode;
  disabled?: boolean;
}

interface Props {
  title: string;
  /** Placeholder and accessible name of the search field. */
  inputLabel: string;
  emptyText: string;
  items: readonly PickerItem[];
  onPick: (id: string) => void;
  onClose: () => void;
  /** Extra content under the field (e.g. an explanation). */
  children?: ReactNode;
}

/**
 * A modal search-and-pick list (WAI-ARIA combobox with a listbox): the command palette and "connect to…" both use
 * it. Typing filters (ä/ö/å folded as letters), arrows move, Enter picks, Escape closes; focus returns to where it
 * was.
 */
export function PickerDialog({ title, inputLabel, emptyText, items, onPick, onClose, children }: Props) {
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const returnTo = useRef<Element | null>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);

  const shown = useMemo(
    () => (query.trim() ? items.filter((i) => textMatches(`${i.label} ${i.keywords ?? ''}`, query)) : items),
    [items, query],
  );
  const current = shown[Math.min(active, shown.length - 1)];

  useEffect(() => {
    returnTo.current = document.activeElement;
    const d = ref.current;
    if (d && !d.open) d.showModal?.();
    inputRef.current?.focus();
    return () => {
      if (returnTo.current instanceof HTMLElement) returnTo.current.focus({ preventScroll: true });
    };
  }, []);

  useEffect(() => {
    document.getElementById(`${id}-o-${current?.id ?? ''}`)?.scrollIntoView({ block: 'nearest' });
  }, [current, id]);

  function pick(item: PickerItem | undefined) {
    if (!item || item.disabled) return;
    onPick(item.id);
  }

  function onKey(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown') setActive((a) => Math.min(shown.length - 1, a + 1));
    else if (e.key === 'ArrowUp') setActive((a) => Math.max(0, a - 1));
    else if (e.key === 'Home' && e.ctrlKey) setActive(0);
    else if (e.key === 'End' && e.ctrlKey) setActive(shown.length - 1);
    else if (e.key === 'Enter') pick(current);
    else return;
    e.preventDefault();
  }

  return (
    <dialog
      ref={ref}
      className="dialog picker-dialog"
      aria-labelledby={`${id}-t`}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={`${id}-t`} className="picker-title">
        {title}
      </h2>
      <input
        ref={inputRef}
        className="input picker-input"
        role="combobox"
        aria-expanded="true"
        aria-controls={`${id}-l`}
        aria-autocomplete="list"
        aria-activedescendant={current ? `${id}-o-${current.id}` : undefined}
        aria-label={inputLabel}
        placeholder={inputLabel}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKey}
      />
      {children}
      <ul id={`${id}-l`} role="listbox" aria-label={title} className="picker-list">
        {shown.map((item) => (
          <li
            key={item.id}
            id={`${id}-o-${item.id}`}
            role="option"
            aria-selected={item === current}
            aria-disabled={item.disabled || undefined}
            className={`picker-option${item === current ? ' is-active' : ''}`}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(item)}
          >
            <span className="picker-label">{item.label}</span>
            {item.hint && <span className="picker-hint">{item.hint}</span>}
          </li>
        ))}
      </ul>
      {shown.length === 0 && (
        <p className="picker-empty" role="status">
          {emptyText}
        </p>
      )}
    </dialog>
  );
}
