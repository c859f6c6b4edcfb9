import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ChevronDown } from 'lucide-react';
import { runCommand, type CommandId } from './commands';

interface Item {
  id: CommandId;
  labelKey: string;
  needsWorkshop?: boolean;
  separatorBefore?: boolean;
}

const ITEMS: Item[] = [
  { id: 'file.new', labelKey: 'menu.file.new' },
  { id: 'file.open', labelKey: 'menu.file.open' },
  { id: 'file.exportFile', labelKey: 'menu.file.exportFile', needsWorkshop: true, separatorBefore: true },
  { id: 'file.exportPackage', labelKey: 'menu.file.exportPackage', needsWorkshop: true },
  { id: 'file.mergePackage', labelKey: 'menu.file.mergePackage', needsWorkshop: true },
  { id: 'file.exportTeamXlsx', labelKey: 'excel.menu.team', needsWorkshop: true },
  { id: 'file.exportXlsx', labelKey: 'excel.menu.round', needsWorkshop: true },
  { id: 'file.home', labelKey: 'menu.file.home', separatorBefore: true },
];

/** A menu button after the WAI-ARIA pattern: arrows move, Home/End jump, Escape closes and returns focus. */
export function FileMenu({ hasWorkshop }: { hasWorkshop: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const rootRef = useRef<HTMLDivElement>(null);
  const [focusIndex, setFocusIndex] = useState(0);

  useEffect(() => {
    if (open) itemRefs.current[focusIndex]?.focus();
  }, [open, focusIndex]);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);

  function openAt(index: number) {
    setFocusIndex(index);
    setOpen(true);
  }

  function close(returnFocus = true) {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  }

  function activate(item: Item) {
    if (item.needsWorkshop && !hasWorkshop) return;
    close();
    runCommand(item.id);
  }

  function onButtonKey(e: KeyboardEvent) {
    if (e.key === 'ArrowDown' || e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      openAt(0);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      openAt(ITEMS.length - 1);
    }
  }

  function onMenuKey(e: KeyboardEvent) {
    const n = ITEMS.length;
    if (e.key === 'ArrowDown') setFocusIndex((i) => (i + 1) % n);
    else if (e.key === 'ArrowUp') setFocusIndex((i) => (i - 1 + n) % n);
    else if (e.key === 'Home') setFocusIndex(0);
    else if (e.key === 'End') setFocusIndex(n - 1);
    else if (e.key === 'Escape') close();
    else if (e.key === 'Tab') {
      setOpen(false);
      return;
    } else return;
    e.preventDefault();
  }

  return (
    <div className="menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="btn btn-ghost menu-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        onClick={() => (open ? close() : openAt(0))}
        onKeyDown={onButtonKey}
      >
        {t('menu.file.title')}
        <ChevronDown size={16} aria-hidden />
      </button>
      {open && (
        <div id={`${id}-menu`} role="menu" aria-label={t('menu.file.title')} className="menu-list" onKeyDown={onMenuKey}>
          {ITEMS.map((item, i) => {
            const disabled = item.needsWorkshop && !hasWorkshop;
            return (
              <div key={item.id} role="none">
                <button
                  ref={(el) => {
                    itemRefs.current[i] = el;
                  }}
                  type="button"
                  role="menuitem"
                  tabIndex={-1}
                  aria-disabled={disabled || undefined}
                  className={`menu-item${item.separatorBefore && i > 0 ? ' sep-before' : ''}`}
                  data-command={item.id}
                  onClick={() => activate(item)}
                  onMouseEnter={() => setFocusIndex(i)}
                >
                  {t(item.labelKey)}
                </button>
              </div>
            );
          })}
        </div>
      )}
    </div>
  );
}
