import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { X } from 'lucide-react';
import { isMac, shortcutParts, type ActionGroup, type BoardAction } from './actions';
import { PickerDialog } from './PickerDialog';
import './kit.css';

export const GROUP_ORDER: readonly ActionGroup[] = [
  'add',
  'edit',
  'connect',
  'select',
  'clipboard',
  'navigate',
  'view',
];

function Keys({ keys }: { keys: readonly string[] }) {
  const mac = isMac();
  return (
    <span className="kit-keys">
      {keys.map((k, i) => (
        <span key={k} className="kit-key-combo">
          {i > 0 && <span className="kit-key-or"> / </span>}
          {shortcutParts(k, mac).map((p, j) => (
            <kbd key={j}>{p}</kbd>
          ))}
        </span>
      ))}
    </span>
  );
}

/** Ctrl+K: every action that applies now, searchable by its translated label. */
export function CommandPalette<C>({
  actions,
  ctx,
  onClose,
}: {
  actions: readonly BoardAction<C>[];
  ctx: C;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const usable = actions.filter((a) => !a.hideInPalette && a.enabled(ctx));
  return (
    <PickerDialog
      title={t('boardKit.palette.title')}
      inputLabel={t('boardKit.palette.search')}
      emptyText={t('boardKit.palette.none')}
      items={usable.map((a) => ({
        id: a.id,
        label: t(a.label),
        keywords: a.id,
        hint: a.keys?.[0] ? <Keys keys={[a.keys[0]]} /> : undefined,
      }))}
      onClose={onClose}
      onPick={(id) => {
        onClose();
        // After the dialog has closed and focus is back on the board, so an action that opens an editor keeps it.
        requestAnimationFrame(() => usable.find((a) => a.id === id)?.perform(ctx));
      }}
    />
  );
}

/** The right-click (or Shift+F10) menu: the enabled actions marked for it, grouped. */
export function ContextMenu<C>({
  actions,
  ctx,
  x,
  y,
  onClose,
}: {
  actions: readonly BoardAction<C>[];
  ctx: C;
  x: number;
  y: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const items = GROUP_ORDER.flatMap((g) => actions.filter((a) => a.group === g && a.contextMenu && a.enabled(ctx)));
  const [focus, setFocus] = useState(0);
  const [pos, setPos] = useState({ left: x, top: y });
  const returnTo = useRef<Element | null>(null);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // Keep the menu on screen.
    const r = el.getBoundingClientRect();
    setPos({
      left: Math.max(4, Math.min(x, window.innerWidth - r.width - 4)),
      top: Math.max(4, Math.min(y, window.innerHeight - r.height - 4)),
    });
  }, [x, y]);

  useEffect(() => {
    returnTo.current = document.activeElement;
    const onDown = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) onClose();
    };
    document.addEventListener('pointerdown', onDown);
    return () => {
      document.removeEventListener('pointerdown', onDown);
    };
  }, [onClose]);

  useEffect(() => {
    ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[focus]?.focus();
  }, [focus]);

  function close() {
    onClose();
    if (returnTo.current instanceof HTMLElement) returnTo.current.focus({ preventScroll: true });
  }

  function onKey(e: KeyboardEvent) {
    const n = items.length;
    if (e.key === 'ArrowDown') setFocus((i) => (i + 1) % n);
    else if (e.key === 'ArrowUp') setFocus((i) => (i - 1 + n) % n);
    else if (e.key === 'Home') setFocus(0);
    else if (e.key === 'End') setFocus(n - 1);
    else if (e.key === 'Escape' || e.key === 'Tab') close();
    else return;
    e.preventDefault();
    e.stopPropagation();
  }

  return (
    <div
      ref={ref}
      className="kit-context-menu"
      role="menu"
      aria-label={t('boardKit.contextMenu.title')}
      style={{ left: pos.left, top: pos.top }}
      onKeyDown={onKey}
    >
      {items.length === 0 && <p className="kit-menu-empty">{t('boardKit.contextMenu.none')}</p>}
      {items.map((a, i) => (
        <button
          key={a.id}
          type="button"
          role="menuitem"
          tabIndex={i === focus ? 0 : -1}
          className={`menu-item kit-menu-item${i > 0 && items[i - 1]!.group !== a.group ? ' sep-before' : ''}`}
          onClick={() => {
            close();
            requestAnimationFrame(() => a.perform(ctx));
          }}
        >
          <span>{t(a.label)}</span>
          {a.keys?.[0] && <Keys keys={[a.keys[0]]} />}
        </button>
      ))}
    </div>
  );
}

/** `?`: every shortcut of the board, grouped, generated from the registry. */
export function ShortcutOverlay<C>({ actions, onClose }: { actions: readonly BoardAction<C>[]; onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<Element | null>(null);

  useEffect(() => {
    returnTo.current = document.activeElement;
    const d = ref.current;
    if (d && !d.open) d.showModal?.();
    return () => {
      if (returnTo.current instanceof HTMLElement) returnTo.current.focus({ preventScroll: true });
    };
  }, []);

  const groups = GROUP_ORDER.map(
    (g) => [g, actions.filter((a) => a.group === g && a.keys && a.keys.length > 0)] as const,
  ).filter(([, list]) => list.length > 0);

  return (
    <dialog
      ref={ref}
      className="dialog kit-shortcuts"
      aria-labelledby={`${id}-t`}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="kit-shortcuts-head">
        <h2 id={`${id}-t`}>{t('boardKit.shortcuts.title')}</h2>
        <button type="button" className="icon-btn" aria-label={t('common.close')} onClick={onClose} autoFocus>
          <X size={18} aria-hidden />
        </button>
      </div>
      <div className="kit-shortcuts-grid">
        {groups.map(([g, list]) => (
          <section key={g} aria-labelledby={`${id}-${g}`}>
            <h3 id={`${id}-${g}`} className="small-heading">
              {t(`boardKit.groups.${g}`)}
            </h3>
            <dl>
              {list.map((a) => (
                <div key={a.id} className="kit-shortcut-row">
                  <dt>{t(a.label)}</dt>
                  <dd>
                    <Keys keys={a.keys!} />
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </dialog>
  );
}

/** A short list of a board's main keys (for a side panel) and a button to the full overlay. */
export function ShortcutSummary<C>({
  actions,
  ids,
  onShowAll,
}: {
  actions: readonly BoardAction<C>[];
  ids: readonly string[];
  onShowAll: () => void;
}) {
  const { t } = useTranslation();
  const shown = ids
    .map((id) => actions.find((a) => a.id === id))
    .filter((a): a is BoardAction<C> => a?.keys !== undefined);
  return (
    <section className="kit-summary" aria-label={t('boardKit.shortcuts.title')}>
      <h3 className="small-heading">{t('boardKit.shortcuts.title')}</h3>
      <dl>
        {shown.map((a) => (
          <div key={a.id} className="kit-shortcut-row">
            <dt>{t(a.label)}</dt>
            <dd>
              <Keys keys={[a.keys![0]!]} />
            </dd>
          </div>
        ))}
      </dl>
      <button type="button" className="btn btn-ghost btn-small" onClick={onShowAll}>
        {t('boardKit.shortcuts.all')}
        <kbd>?</kbd>
      </button>
    </section>
  );
}
