import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useDraftText } from '../../components/useDraftText';

export type InlineEditEnd = 'none' | 'child';

interface Props {
  /** The text the editor opens with (the item's text, or a typed first character). */
  initial: string;
  /** The item's stored text, when it differs from `initial` (a typed first character starts a change). */
  saved?: string;
  label: string;
  maxLength: number;
  className: string;
  style?: CSSProperties;
  rows?: number;
  /** 'all' selects the text on open; 'end' puts the caret after it (typing started the edit). */
  select?: 'all' | 'end';
  /**
   * Saves the text as it is typed (debounced, and at once when editing ends), as one undo step. Absent for an item
   * that does not exist yet (a new cause or note): `onDone` creates it.
   */
  save?: (text: string) => void;
  /** The undo step the typing joins (the step that created this item, so adding and typing undo together). */
  editKey?: string;
  /** Escape: 'cancel' puts the stored text back; 'keep' ends editing keeping what was typed (as on a whiteboard). */
  escape?: 'cancel' | 'keep';
  /** Tab with text ends editing asking for a child item next. */
  tabForChild?: boolean;
  /** A pasted text longer than `maxLength` is cut there and this message is shown (default: the generic one). */
  clippedMessage?: string;
  /** Class of the "text was cut" message (placed by the board's CSS). */
  noteClassName?: string;
  /** Clicks stay in the editor (boards whose container treats a click as a selection). */
  stopClicks?: boolean;
  /** Editing ended: the trimmed text (null when cancelled) and what the coach asked for next. */
  onDone: (text: string | null, next: InlineEditEnd) => void;
}

/**
 * The one inline editor of every board canvas: a real textarea over the item (IME, spellcheck, screen readers)
 * that saves as the coach types, like every other text field, so a crash or a closed window loses at most the
 * last second of typing.
 */
export function InlineTextEditor(p: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLTextAreaElement>(null);
  const done = useRef(false);
  const stored = p.saved ?? p.initial;
  // What Escape goes back to: the text before this edit (the stored text follows the autosaves).
  const original = useRef(stored).current;
  const [clipped, setClipped] = useState(false);
  const noSave = useRef((_: string) => undefined);
  const draft = useDraftText(stored, p.save ?? noSave.current, p.editKey);
  const [local, setLocal] = useState(p.initial);
  const text = p.save ? draft.text : local;

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.focus({ preventScroll: true });
    if (p.select === 'end') el.setSelectionRange(el.value.length, el.value.length);
    else el.select();
    // A first typed character is already a change to save.
    if (p.save && p.initial !== original) draft.input(p.initial);
    // Only on open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function change(v: string) {
    setClipped(v.length > p.maxLength);
    const cut = v.slice(0, p.maxLength);
    if (p.save) draft.input(cut);
    else setLocal(cut);
  }

  function finish(v: string | null, next: InlineEditEnd = 'none') {
    if (done.current) return;
    done.current = true;
    const out = v === null ? null : v.trim();
    if (p.save) {
      // Cancelling restores the stored text, trimming tidies it: both inside the same undo step as the typing.
      const final = out ?? original;
      if (draft.text !== final) draft.input(final);
      void draft.endEdit();
    }
    p.onDone(out, next);
  }

  return (
    <>
      <textarea
        ref={ref}
        className={p.className}
        aria-label={p.label}
        value={text}
        rows={p.rows}
        style={p.style}
        onChange={(e) => change(e.target.value)}
        onBlur={() => finish(text)}
        onClick={p.stopClicks ? (e) => e.stopPropagation() : undefined}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Escape') {
            e.preventDefault();
            finish(p.escape === 'keep' ? text : null);
          } else if (e.key === 'Enter' && !e.shiftKey) {
            e.preventDefault();
            finish(text);
          } else if (e.key === 'Tab' && !e.shiftKey && p.tabForChild && text.trim() !== '') {
            e.preventDefault();
            finish(text, 'child');
          }
        }}
      />
      {clipped && (
        <p className={p.noteClassName ?? 'inline-editor-note'} role="alert">
          {p.clippedMessage ?? t('autosave.cut', { max: p.maxLength.toLocaleString() })}
        </p>
      )}
    </>
  );
}
