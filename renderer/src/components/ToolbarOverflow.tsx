import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MoreHorizontal } from 'lucide-react';
import { useMenuButton } from './useMenuButton';

/** A toolbar button moved into the overflow menu: the menu item clicks the (hidden) button itself. */
interface Moved {
  el: HTMLButtonElement;
  label: string;
  disabled: boolean;
  pressed: boolean | null;
}

function labelOf(el: HTMLElement): string {
  return (el.getAttribute('aria-label') || el.textContent || el.title).replace(/\s+/g, ' ').trim();
}

function same(a: readonly Moved[], b: readonly Moved[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (m, i) =>
        m.el === b[i]!.el && m.label === b[i]!.label && m.disabled === b[i]!.disabled && m.pressed === b[i]!.pressed,
    )
  );
}

/**
 * Hides the toolbar's buttons that do not fit on its one line and offers them in a "more" menu, so a
 * toolbar at a large text size keeps one row and every label. Put it last inside the toolbar; the toolbar's own
 * buttons stay where they are (hidden with `data-overflow`), so their handlers and state are untouched.
 */
export function ToolbarOverflow() {
  const { t } = useTranslation();
  const id = useId();
  const [moved, setMoved] = useState<Moved[]>([]);
  const menu = useMenuButton(moved.length);
  const rootRef = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const root = rootRef.current;
    const bar = root?.parentElement;
    if (!root || !bar) return;
    let frame = 0;

    const measure = () => {
      frame = 0;
      const items = [...bar.children].filter((el): el is HTMLElement => el !== root && el instanceof HTMLElement);
      for (const el of items) el.removeAttribute('data-overflow');
      root.hidden = true;
      const style = getComputedStyle(bar);
      const limit = bar.getBoundingClientRect().right - parseFloat(style.paddingRight) + 0.5;
      const fits = () =>
        [...items, root].every(
          (el) => el.hidden || el.dataset.overflow !== undefined || el.getBoundingClientRect().right <= limit,
        );
      const out: HTMLButtonElement[] = [];
      if (!fits()) {
        root.hidden = false;
        // Buttons marked rare (exports) go first, then the working group's last buttons (rarer, wider actions), the
        // compact view controls after the spacer last, so zoom and fit stay on the bar as long as anything can.
        const spacer = items.findIndex((el) => el.classList.contains('toolbar-spacer'));
        const buttons = (list: HTMLElement[]) =>
          list.filter((el): el is HTMLButtonElement => el instanceof HTMLButtonElement).reverse();
        const ordered =
          spacer < 0 ? buttons(items) : [...buttons(items.slice(0, spacer)), ...buttons(items.slice(spacer + 1))];
        const rare = (el: HTMLElement) => el.dataset.overflowFirst !== undefined;
        const candidates = [...ordered.filter(rare), ...ordered.filter((el) => !rare(el))];
        for (const el of candidates) {
          el.dataset.overflow = '';
          out.push(el);
          if (fits()) break;
        }
        // The menu lists them in the toolbar's order.
        out.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
        // A separator with nothing visible after it (before the next separator or the end) goes too.
        let seen = false;
        for (const el of [...items].reverse()) {
          if (el.classList.contains('toolbar-sep')) {
            if (!seen) el.dataset.overflow = '';
            seen = false;
          } else if (el.dataset.overflow === undefined && !el.classList.contains('toolbar-spacer')) seen = true;
        }
      }
      const next = out.map((el) => ({
        el,
        label: labelOf(el),
        disabled: el.disabled,
        pressed: el.hasAttribute('aria-pressed') ? el.getAttribute('aria-pressed') === 'true' : null,
      }));
      setMoved((prev) => (same(prev, next) ? prev : next));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };

    const resize = new ResizeObserver(schedule);
    resize.observe(bar);
    for (const el of bar.children) if (el !== root) resize.observe(el);
    // The toolbar's own content changing (a button added, a label or state changed), not this menu re-rendering.
    const mutation = new MutationObserver((records) => {
      if (records.some((r) => !root.contains(r.target))) {
        for (const el of bar.children) if (el !== root) resize.observe(el);
        schedule();
      }
    });
    mutation.observe(bar, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['disabled', 'aria-pressed', 'aria-label'],
    });
    measure();
    return () => {
      if (frame) cancelAnimationFrame(frame);
      resize.disconnect();
      mutation.disconnect();
      for (const el of bar.children) if (el instanceof HTMLElement) el.removeAttribute('data-overflow');
    };
  }, []);

  // A menu left open when everything fits again is closed.
  const { open, close } = menu;
  useEffect(() => {
    if (moved.length === 0 && open) close(false);
  }, [moved.length, open, close]);

  function activate(m: Moved) {
    if (m.disabled) return;
    menu.close();
    m.el.click();
  }

  return (
    <div className="toolbar-overflow" ref={rootRef}>
      <div className="menu" ref={menu.rootRef}>
        <button
          ref={menu.buttonRef}
          type="button"
          className="icon-btn"
          aria-haspopup="menu"
          aria-expanded={menu.open}
          aria-controls={`${id}-menu`}
          aria-label={t('common.moreActions')}
          title={t('common.moreActions')}
          onClick={menu.toggle}
          onKeyDown={menu.onButtonKey}
        >
          <MoreHorizontal size={18} aria-hidden />
        </button>
        {menu.open && moved.length > 0 && (
          <div
            id={`${id}-menu`}
            role="menu"
            aria-label={t('common.moreActions')}
            className="menu-list"
            onKeyDown={menu.onMenuKey}
          >
            {moved.map((m, i) => (
              <div key={i} role="none">
                <button
                  ref={menu.itemRef(i)}
                  type="button"
                  role={m.pressed === null ? 'menuitem' : 'menuitemcheckbox'}
                  aria-checked={m.pressed === null ? undefined : m.pressed}
                  tabIndex={-1}
                  aria-disabled={m.disabled || undefined}
                  className="menu-item"
                  onClick={() => activate(m)}
                  onMouseEnter={() => menu.hover(i)}
                >
                  {m.label}
                </button>
              </div>
            ))}
          </div>
        )}
      </div>
    </div>
  );
}
