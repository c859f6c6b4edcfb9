import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Check, ChevronDown, Eye, MonitorOff, MonitorUp, Pause, Presentation, Projector } from 'lucide-react';
import type { AudienceContent, PresentationMode, PresentationState } from '../../../shared/presentation/model';
import type { WorkshopState } from '../../../shared/api/contract';
import { useApp } from '../app/store';
import { contentForRoute } from './sync';
import { usePresentation } from './store';
import { openAudienceWindow, setProjectorMode, showCurrentNow } from './actions';
import { useMenuButton } from '../components/useMenuButton';
import './projector.css';
import type { TFunction } from 'i18next';

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
export function describeContent(content: AudienceContent, workshop: WorkshopState | null, t: TFunction): string {
  if (content.kind === 'board') {
    const board = workshop?.boards.find((b) => b.id === content.boardId);
    return board ? t('audience.presenter.showsBoard', { name: board.name }) : t('audience.kind.board');
  }
  return t(`audience.kind.${content.kind}`);
}

function modeLabelKey(mode: PresentationMode) {
  return `audience.presenter.state.${mode}` as const;
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

  const mode = state?.mode ?? 'follow';
  const here = contentForRoute(route);
  const sameWorkshop = state?.workshopId === workshop?.id;
  const shownText = state && sameWorkshop ? describeContent(state.shown, workshop, t) : t('audience.kind.welcome');
  const roomSees =
    mode === 'blank' ? t('audience.presenter.roomSeesBlank') : t('audience.presenter.roomSees', { what: shownText });

  const items: Item[] = [
    {
      id: 'open',
      label: t('audience.presenter.open'),
      icon: <MonitorUp size={18} aria-hidden />,
      run: () => void openAudienceWindow(),
    },
    {
      id: 'follow',
      mode: 'follow',
      label: t('audience.presenter.follow'),
      shortcut: 'Ctrl+Shift+F',
      icon: <Eye size={18} aria-hidden />,
      separatorBefore: true,
      run: () => void setProjectorMode('follow'),
    },
    {
      id: 'freeze',
      mode: 'freeze',
      label: t('audience.presenter.freeze'),
      shortcut: 'Ctrl+Shift+F',
      icon: <Pause size={18} aria-hidden />,
      run: () => void setProjectorMode('freeze'),
    },
    {
      id: 'blank',
      mode: 'blank',
      label: t('audience.presenter.blank'),
      shortcut: 'Ctrl+Shift+B',
      icon: <MonitorOff size={18} aria-hidden />,
      run: () => void setProjectorMode('blank'),
    },
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

  const menu = useMenuButton(items.length);

  function activate(item: Item) {
    if (item.disabled) return;
    menu.close();
    item.run();
  }

  return (
    <div className="menu projector-menu" ref={menu.rootRef}>
      <button
        ref={menu.buttonRef}
        type="button"
        className={`btn btn-ghost menu-button projector-button is-${mode}`}
        aria-haspopup="menu"
        aria-expanded={menu.open}
        aria-controls={`${id}-menu`}
        aria-label={`${t('audience.presenter.button')}: ${t(modeLabelKey(mode))}`}
        title={`${t('audience.presenter.button')} – ${roomSees}`}
        onClick={menu.toggle}
        onKeyDown={menu.onButtonKey}
      >
        <Projector size={18} aria-hidden />
        <span className={`projector-state is-${mode}`} data-testid="projector-state">
          <span className="projector-dot" aria-hidden />
          {t(modeLabelKey(mode))}
        </span>
        <ChevronDown size={16} aria-hidden />
      </button>
      {menu.open && (
        <div className="menu-list projector-list">
          <p className="projector-status" id={`${id}-status`}>
            {roomSees}
          </p>
          <div
            id={`${id}-menu`}
            role="menu"
            aria-label={t('audience.presenter.button')}
            aria-describedby={`${id}-status`}
            onKeyDown={menu.onMenuKey}
          >
            {items.map((item, i) => (
              <div key={item.id} role="none">
                <button
                  ref={menu.itemRef(i)}
                  type="button"
                  role={item.mode ? 'menuitemradio' : 'menuitem'}
                  aria-checked={item.mode ? item.mode === mode : undefined}
                  tabIndex={-1}
                  aria-disabled={item.disabled || undefined}
                  className={`menu-item projector-item${item.separatorBefore && i > 0 ? ' sep-before' : ''}`}
                  data-command={`projector.${item.id}`}
                  onClick={() => activate(item)}
                  onMouseEnter={() => menu.hover(i)}
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
