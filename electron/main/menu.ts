import type { MenuItemConstructorOptions } from 'electron';
import { translator } from '../../shared/i18n/translate';

export const MENU_COMMANDS = [
  'file.new',
  'file.open',
  'file.exportFile',
  'file.exportPackage',
  'file.mergePackage',
  'file.exportTeamXlsx',
  'file.exportXlsx',
  'file.home',
  'edit.undo',
  'edit.redo',
  'view.zoomIn',
  'view.zoomOut',
  'view.zoomReset',
  'view.highContrast',
  'projector.open',
  'projector.follow',
  'projector.toggleFreeze',
  'projector.toggleBlank',
  'projector.showCurrent',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export type MenuLanguage = 'fi' | 'sv' | 'en';

/** Every word of the native menu: the commands and the menus, roles and items the menu itself names. */
export const MENU_LABEL_KEYS = [
  ...MENU_COMMANDS,
  'menu.file',
  'menu.edit',
  'menu.view',
  'menu.projector',
  'menu.window',
  'menu.help',
  'edit.cut',
  'edit.copy',
  'edit.paste',
  'edit.selectAll',
  'view.devTools',
  'view.fullScreen',
  'app.quit',
] as const;
export type LabelKey = (typeof MENU_LABEL_KEYS)[number];

/** The native menu's words: `appMenu.<key>` in the locale files (app-menu.json), `&` marking the access key. */
export function menuLabels(language: MenuLanguage): (key: LabelKey) => string {
  const t = translator(language);
  return (key) => t(`appMenu.${key}`);
}

export function menuLanguage(language: unknown): MenuLanguage {
  return language === 'sv' || language === 'en' ? language : 'fi';
}

export interface MenuOptions {
  language: MenuLanguage;
  isDev: boolean;
  isMac: boolean;
  /** Sends `{type:'menu', command}` to the focused window. */
  send(command: MenuCommand): void;
}

/**
 * The application menu. Items send commands; the renderer decides what they do (it also owns the keyboard shortcuts,
 * so undo/redo accelerators are shown but not registered: Ctrl+Z in a text field stays the field's own undo).
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const label = menuLabels(options.language);
  const cmd = (command: MenuCommand, accelerator?: string, registerAccelerator = true): MenuItemConstructorOptions => ({
    id: command,
    label: label(command),
    ...(accelerator ? { accelerator, registerAccelerator } : {}),
    click: () => options.send(command),
  });
  const sep: MenuItemConstructorOptions = { type: 'separator' };

  const template: MenuItemConstructorOptions[] = [];
  if (options.isMac) template.push({ role: 'appMenu' });
  template.push(
    {
      label: label('menu.file'),
      submenu: [
        cmd('file.new', 'CmdOrCtrl+N'),
        cmd('file.open', 'CmdOrCtrl+O'),
        sep,
        cmd('file.exportFile', 'CmdOrCtrl+Shift+S'),
        cmd('file.exportPackage'),
        cmd('file.mergePackage'),
        cmd('file.exportTeamXlsx'),
        cmd('file.exportXlsx', 'CmdOrCtrl+E'),
        sep,
        cmd('file.home', 'CmdOrCtrl+L'),
        ...(options.isMac ? [] : [sep, { role: 'quit', label: label('app.quit') } as MenuItemConstructorOptions]),
      ],
    },
    {
      label: label('menu.edit'),
      submenu: [
        cmd('edit.undo', 'CmdOrCtrl+Z', false),
        cmd('edit.redo', options.isMac ? 'Shift+Cmd+Z' : 'CmdOrCtrl+Y', false),
        sep,
        { role: 'cut', label: label('edit.cut') },
        { role: 'copy', label: label('edit.copy') },
        { role: 'paste', label: label('edit.paste') },
        { role: 'selectAll', label: label('edit.selectAll') },
      ],
    },
    {
      label: label('menu.view'),
      submenu: [
        cmd('view.zoomIn', 'CmdOrCtrl+='),
        cmd('view.zoomOut', 'CmdOrCtrl+-'),
        cmd('view.zoomReset', 'CmdOrCtrl+0'),
        sep,
        cmd('view.highContrast'),
        { role: 'togglefullscreen', label: label('view.fullScreen') },
        ...(options.isDev
          ? [sep, { role: 'toggleDevTools', label: label('view.devTools') } as MenuItemConstructorOptions]
          : []),
      ],
    },
    {
      // The page owns these keys (they work the same in the browser build), so they are shown, not registered.
      label: label('menu.projector'),
      submenu: [
        cmd('projector.open'),
        sep,
        cmd('projector.follow'),
        cmd('projector.toggleFreeze', 'CmdOrCtrl+Shift+F', false),
        cmd('projector.toggleBlank', 'CmdOrCtrl+Shift+B', false),
        sep,
        cmd('projector.showCurrent', 'CmdOrCtrl+Shift+P', false),
      ],
    },
  );
  if (options.isMac) template.push({ role: 'windowMenu', label: label('menu.window') });
  return template;
}
