import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  open: boolean;
  title: string;
  label: string;
  initial: string;
  confirmLabel: string;
  onConfirm: (name: string) => void;
  onCancel: () => void;
  /** Why the name cannot be used (e.g. taken), shown under the field; the dialog stays open until it is fixed. */
  problem?: (name: string) => string | null;
}

/** Asks for one name (rename, duplicate) in a native modal dialog. */
export function NameDialog({ open, title, label, initial, confirmLabel, onConfirm, onCancel, problem }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const [name, setName] = useState(initial);
  const why = open && name.trim() ? (problem?.(name) ?? null) : null;

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      setName(initial);
      d.showModal?.();
      requestAnimationFrame(() => inputRef.current?.select());
    }
    if (!open && d.open) d.close();
  }, [open, initial]);

  return (
    <dialog ref={ref} className="dialog" aria-labelledby={`${id}-t`} onCancel={onCancel}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim() && !why) onConfirm(name.trim());
        }}
      >
        <h2 id={`${id}-t`}>{title}</h2>
        <div className="field">
          <label htmlFor={`${id}-i`}>{label}</label>
          <input
            id={`${id}-i`}
            ref={inputRef}
            value={name}
            maxLength={200}
            required
            aria-invalid={why ? true : undefined}
            aria-describedby={why ? `${id}-p` : undefined}
            onChange={(e) => setName(e.target.value)}
          />
          {why && (
            <p id={`${id}-p`} className="error-text" role="alert">
              {why}
            </p>
          )}
        </div>
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={!name.trim() || !!why}>
            {confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
