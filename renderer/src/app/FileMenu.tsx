import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ChevronDown } from 'lucide-react';
import { runCommand, type CommandId } from './commands';
import { useMenuButton } from '../components/useMenuButton';
import type { TranslationKey } from '../i18n/keys';

interface Item {
  id: CommandId;
  labelKey: TranslationKey;
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
  const menu = useMenuButton(ITEMS.length);

  function activate(item: Item) {
    if (item.needsWorkshop && !hasWorkshop) return;
    menu.close();
    runCommand(item.id);
  }

  return (
    <div className="menu" ref={menu.rootRef}>
      <button
        ref={menu.buttonRef}
        type="button"
        className="btn btn-ghost menu-button"
        aria-haspopup="menu"
        aria-expanded={menu.open}
        aria-controls={`${id}-menu`}
        onClick={menu.toggle}
        onKeyDown={menu.onButtonKey}
      >
        {t('menu.file.title')}
        <ChevronDown size={16} aria-hidden />
      </button>
      {menu.open && (
        <div
          id={`${id}-menu`}
          role="menu"
          aria-label={t('menu.file.title')}
          className="menu-list"
          onKeyDown={menu.onMenuKey}
        >
          {ITEMS.map((item, i) => {
            const disabled = item.needsWorkshop && !hasWorkshop;
            return (
              <div key={item.id} role="none">
                <button
                  ref={menu.itemRef(i)}
                  type="button"
                  role="menuitem"
                  tabIndex={-1}
                  aria-disabled={disabled || undefined}
                  className={`menu-item${item.separatorBefore && i > 0 ? ' sep-before' : ''}`}
                  data-command={item.id}
                  onClick={() => activate(item)}
                  onMouseEnter={() => menu.hover(i)}
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
