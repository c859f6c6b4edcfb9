import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Check, ChevronDown, Eye, MonitorOff, MonitorUp, Pause, Presentation } from 'lucide-react';
import type { AudienceContent, PresentationMode, PresentationState } from '../../../shared/presentation/model';
import type { WorkshopState } from '../../../shared/api/contract';
import { useApp } from '../app/store';
import { contentForRoute } from './sync';
import { usePresentation } from './store';
import { openAudienceWindow, setProjectorMode, showCurrentNow } from './actions';
import './projector.css';

interface Item {
  id: string;
  label: string;
  shortcut?: string;
  icon: ReactNode;
  /** A follow/freeze/blank choice: shown as a radio item, checked when it is the mode. */
  mode?: PresentationMode;
  disabled?: boolean;
  separatorBefore?: boolean;
  run(): void;
}

/** How the room's screen is described to the coach: "Taulu: Kalanruoto", "Aloitusnäkymä", … */
export function describeContent(content: AudienceContent, workshop: WorkshopState | null, t: (key: string, vars?: Record<string, unknown>) => string): string {
  if (content.kind === 'board') {
    const board = workshop?.boards.find((b) => b.id === content.boardId);
    return board ? t('audience.presenter.showsBoard', { name: board.name }) : t('audience.kind.board');
  }
  return t(`audience.kind.${content.kind}`);
}

function modeLabelKey(mode: PresentationMode): string {
  return `audience.presenter.state.${mode}`;
}

/**
 * The header's projector control: a button that always says what the room sees (following, frozen, blank) and a
 * menu to open the audience window, follow, freeze, blank and show the open board now. WAI-ARIA menu button.
 */
export function ProjectorMenu() {
  const { t } = useTranslation();
  const id = useId();
  const state: PresentationState | null = usePresentation((s) => s.state);
  const route = useApp((s) => s.route);
  const workshop = useApp((s) => s.workshop);
  const [open, setOpen] = useState(false);
  const [focusIndex, setFocusIndex] = useState(0);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);

  const mode = state?.mode ?? 'follow';
  const here = contentForRoute(route);
  const sameWorkshop = state?.workshopId === workshop?.id;
  const shownText = state && sameWorkshop ? describeContent(state.shown, workshop, t) : t('audience.kind.welcome');
  const roomSees = mode === 'blank' ? t('audience.presenter.roomSeesBlank') : t('audience.presenter.roomSees', { what: shownText });

  const items: Item[] = [
    { id: 'open', label: t('audience.presenter.open'), icon: <MonitorUp size={18} aria-hidden />, run: () => void openAudienceWindow() },
    { id: 'follow', mode: 'follow', label: t('audience.presenter.follow'), shortcut: 'Ctrl+Shift+F', icon: <Eye size={18} aria-hidden />, separatorBefore: true, run: () => void setProjectorMode('follow') },
    { id: 'freeze', mode: 'freeze', label: t('audience.presenter.freeze'), shortcut: 'Ctrl+Shift+F', icon: <Pause size={18} aria-hidden />, run: () => void setProjectorMode('freeze') },
    { id: 'blank', mode: 'blank', label: t('audience.presenter.blank'), shortcut: 'Ctrl+Shift+B', icon: <MonitorOff size={18} aria-hidden />, run: () => void setProjectorMode('blank') },
    {
      id: 'show',
      label: here?.content.kind === 'board' ? t('audience.presenter.showBoard') : t('audience.presenter.showWelcome'),
      shortcut: 'Ctrl+Shift+P',
      icon: <Presentation size={18} aria-hidden />,
      disabled: !here,
      separatorBefore: true,
      run: () => void showCurrentNow(),
    },
  ];

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
    if (item.disabled) return;
    close();
    item.run();
  }

  function onButtonKey(e: KeyboardEvent) {
    if (e.key === 'ArrowDown' || e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      openAt(0);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      openAt(items.length - 1);
    }
  }

  function onMenuKey(e: KeyboardEvent) {
    const n = items.length;
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
    <div className="menu projector-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className={`btn btn-ghost menu-button projector-button is-${mode}`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        title={roomSees}
        onClick={() => (open ? close() : openAt(0))}
        onKeyDown={onButtonKey}
      >
        <span className="btn-label">{t('audience.presenter.button')}</span>
        <span className={`projector-state is-${mode}`} data-testid="projector-state">
          <span className="projector-dot" aria-hidden />
          {t(modeLabelKey(mode))}
        </span>
        <ChevronDown size={16} aria-hidden />
      </button>
      {open && (
        <div className="menu-list projector-list">
          <p className="projector-status" id={`${id}-status`}>
            {roomSees}
          </p>
          <div id={`${id}-menu`} role="menu" aria-label={t('audience.presenter.button')} aria-describedby={`${id}-status`} onKeyDown={onMenuKey}>
            {items.map((item, i) => (
              <div key={item.id} role="none">
                <button
                  ref={(el) => {
                    itemRefs.current[i] = el;
                  }}
                  type="button"
                  role={item.mode ? 'menuitemradio' : 'menuitem'}
                  aria-checked={item.mode ? item.mode === mode : undefined}
                  tabIndex={-1}
                  aria-disabled={item.disabled || undefined}
                  className={`menu-item projector-item${item.separatorBefore && i > 0 ? ' sep-before' : ''}`}
                  data-command={`projector.${item.id}`}
                  onClick={() => activate(item)}
                  onMouseEnter={() => setFocusIndex(i)}
                >
                  <span className="projector-item-icon">{item.icon}</span>
                  <span className="projector-item-label">{item.label}</span>
                  {item.mode === mode ? <Check size={16} aria-hidden className="projector-check" /> : null}
                  {item.shortcut ? <kbd className="projector-kbd">{item.shortcut}</kbd> : null}
                </button>
              </div>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}
