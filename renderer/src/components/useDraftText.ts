import { useEffect, useId, useRef, useState } from 'react';
import { DraftText } from '../api/draft-text';
import { collectSaves } from '../api/edit-session';
import { registerFlusher, useSaving } from '../api/saving';
import { toastError } from '../app/toasts';

export interface DraftTextField {
  /** What the field shows. */
  text: string;
  /** The save failed; the text is still in the field. */
  error: unknown;
  /** A keystroke or paste. */
  input(text: string): void;
  /** Saves now (Enter). */
  flush(): Promise<boolean>;
  /** The end of this field edit (blur): saves, and the next typing is a new undo step. */
  endEdit(): Promise<boolean>;
}

/**
 * Autosave for one text field: `save` runs debounced while typing and at once on flush, blur, unmount and when the
 * page asks every field to save (leaving, hiding, closing). `value` is the backend's value; it shows at once while
 * nothing typed here is waiting to be saved.
 */
export function useDraftText(
  value: string,
  save: (text: string) => void,
  firstKey?: string,
  same?: (text: string, value: string) => boolean,
): DraftTextField {
  const id = useId();
  const [text, setText] = useState(value);
  const [error, setError] = useState<unknown>(null);
  const saveRef = useRef(save);
  saveRef.current = save;
  const sameRef = useRef(same);
  sameRef.current = same;
  const draftRef = useRef<DraftText | null>(null);
  if (!draftRef.current) {
    draftRef.current = new DraftText(value, {
      save: (t, key) => collectSaves(key, () => saveRef.current(t)),
      onState: ({ unsaved, error: e }) => {
        useSaving.getState().setUnsaved(id, unsaved);
        useSaving.getState().setFailed(id, e);
        setError(e);
      },
      onText: setText,
      same: (t, v) => sameRef.current?.(t, v) ?? false,
      ...(firstKey ? { firstKey } : {}),
    });
  }
  const draft = draftRef.current;

  useEffect(() => draft.outside(value), [draft, value]);

  useEffect(() => {
    const unregister = registerFlusher(id, () => draft.flush());
    return () => {
      unregister();
      // Leaving the field's screen (or the field) saves what was typed; a failure then has no field to stay in.
      void draft.flush().then((ok) => {
        useSaving.getState().setUnsaved(id, false);
        useSaving.getState().setFailed(id, null);
        if (!ok && draft.failed) toastError(draft.failed);
      });
    };
  }, [draft, id]);

  return {
    text,
    error,
    input: (t) => {
      setText(t);
      draft.input(t);
    },
    flush: () => draft.flush(),
    endEdit: () => draft.endEdit(),
  };
}
