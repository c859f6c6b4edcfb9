import type { MenuItemConstructorOptions } from 'electron';

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

type LabelKey =
  | MenuCommand
  | 'menu.file'
  | 'menu.edit'
  | 'menu.view'
  | 'menu.projector'
  | 'menu.window'
  | 'menu.help'
  | 'edit.cut'
  | 'edit.copy'
  | 'edit.paste'
  | 'edit.selectAll'
  | 'view.devTools'
  | 'view.fullScreen'
  | 'app.quit';

/** The native menu's own words. Kept here (not in renderer i18n) because main cannot load the renderer bundle. */
export const MENU_LABELS: Record<MenuLanguage, Record<LabelKey, string>> = {
  fi: {
    'menu.file': '&Tiedosto',
    'menu.edit': '&Muokkaa',
    'menu.view': '&Näytä',
    'menu.projector': '&Projektori',
    'menu.window': 'Ikkuna',
    'menu.help': 'Ohje',
    'file.new': 'Uusi työpaja…',
    'file.open': 'Avaa työpajatiedosto…',
    'file.exportFile': 'Vie työpajatiedosto…',
    'file.exportPackage': 'Vie JSON-paketti…',
    'file.mergePackage': 'Tuo tiimit paketista…',
    'file.exportTeamXlsx': 'Tiimi Exceliin…',
    'file.exportXlsx': 'Kierros Exceliin…',
    'file.home': 'Kirjasto',
    'edit.undo': 'Kumoa',
    'edit.redo': 'Tee uudelleen',
    'edit.cut': 'Leikkaa',
    'edit.copy': 'Kopioi',
    'edit.paste': 'Liitä',
    'edit.selectAll': 'Valitse kaikki',
    'view.zoomIn': 'Suurenna',
    'view.zoomOut': 'Pienennä',
    'view.zoomReset': 'Palauta koko',
    'view.highContrast': 'Suuri kontrasti',
    'projector.open': 'Avaa projektori-ikkuna',
    'projector.follow': 'Seuraa näkymääni',
    'projector.toggleFreeze': 'Pysäytä / seuraa',
    'projector.toggleBlank': 'Pimennä / palauta',
    'projector.showCurrent': 'Näytä tämä nyt',
    'view.devTools': 'Kehittäjätyökalut',
    'view.fullScreen': 'Koko näyttö',
    'app.quit': 'Lopeta',
  },
  sv: {
    'menu.file': '&Arkiv',
    'menu.edit': '&Redigera',
    'menu.view': '&Visa',
    'menu.projector': '&Projektor',
    'menu.window': 'Fönster',
    'menu.help': 'Hjälp',
    'file.new': 'Ny workshop…',
    'file.open': 'Öppna workshopfil…',
    'file.exportFile': 'Exportera workshopfil…',
    'file.exportPackage': 'Exportera JSON-paket…',
    'file.mergePackage': 'Importera team från paket…',
    'file.exportTeamXlsx': 'Team till Excel…',
    'file.exportXlsx': 'Omgång till Excel…',
    'file.home': 'Bibliotek',
    'edit.undo': 'Ångra',
    'edit.redo': 'Gör om',
    'edit.cut': 'Klipp ut',
    'edit.copy': 'Kopiera',
    'edit.paste': 'Klistra in',
    'edit.selectAll': 'Markera allt',
    'view.zoomIn': 'Zooma in',
    'view.zoomOut': 'Zooma ut',
    'view.zoomReset': 'Återställ storlek',
    'view.highContrast': 'Hög kontrast',
    'projector.open': 'Öppna projektorfönstret',
    'projector.follow': 'Följ min vy',
    'projector.toggleFreeze': 'Frys / följ',
    'projector.toggleBlank': 'Mörklägg / visa',
    'projector.showCurrent': 'Visa det här nu',
    'view.devTools': 'Utvecklarverktyg',
    'view.fullScreen': 'Helskärm',
    'app.quit': 'Avsluta',
  },
  en: {
    'menu.file': '&File',
    'menu.edit': '&Edit',
    'menu.view': '&View',
    'menu.projector': '&Projector',
    'menu.window': 'Window',
    'menu.help': 'Help',
    'file.new': 'New workshop…',
    'file.open': 'Open workshop file…',
    'file.exportFile': 'Export workshop file…',
    'file.exportPackage': 'Export JSON package…',
    'file.mergePackage': 'Import teams from package…',
    'file.exportTeamXlsx': 'Team to Excel…',
    'file.exportXlsx': 'Round to Excel…',
    'file.home': 'Library',
    'edit.undo': 'Undo',
    'edit.redo': 'Redo',
    'edit.cut': 'Cut',
    'edit.copy': 'Copy',
    'edit.paste': 'Paste',
    'edit.selectAll': 'Select all',
    'view.zoomIn': 'Zoom in',
    'view.zoomOut': 'Zoom out',
    'view.zoomReset': 'Actual size',
    'view.highContrast': 'High contrast',
    'projector.open': 'Open projector window',
    'projector.follow': 'Follow my view',
    'projector.toggleFreeze': 'Freeze / follow',
    'projector.toggleBlank': 'Blank / unblank',
    'projector.showCurrent': 'Show this now',
    'view.devTools': 'Developer tools',
    'view.fullScreen': 'Full screen',
    'app.quit': 'Quit',
  },
};

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
  const L = MENU_LABELS[options.language];
  const cmd = (command: MenuCommand, accelerator?: string, registerAccelerator = true): MenuItemConstructorOptions => ({
    id: command,
    label: L[command],
    ...(accelerator ? { accelerator, registerAccelerator } : {}),
    click: () => options.send(command),
  });
  const sep: MenuItemConstructorOptions = { type: 'separator' };

  const template: MenuItemConstructorOptions[] = [];
  if (options.isMac) template.push({ role: 'appMenu' });
  template.push(
    {
      label: L['menu.file'],
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
        ...(options.isMac ? [] : [sep, { role: 'quit', label: L['app.quit'] } as MenuItemConstructorOptions]),
      ],
    },
    {
      label: L['menu.edit'],
      submenu: [
        cmd('edit.undo', 'CmdOrCtrl+Z', false),
        cmd('edit.redo', options.isMac ? 'Shift+Cmd+Z' : 'CmdOrCtrl+Y', false),
        sep,
        { role: 'cut', label: L['edit.cut'] },
        { role: 'copy', label: L['edit.copy'] },
        { role: 'paste', label: L['edit.paste'] },
        { role: 'selectAll', label: L['edit.selectAll'] },
      ],
    },
    {
      label: L['menu.view'],
      submenu: [
        cmd('view.zoomIn', 'CmdOrCtrl+='),
        cmd('view.zoomOut', 'CmdOrCtrl+-'),
        cmd('view.zoomReset', 'CmdOrCtrl+0'),
        sep,
        cmd('view.highContrast'),
        { role: 'togglefullscreen', label: L['view.fullScreen'] },
        ...(options.isDev ? [sep, { role: 'toggleDevTools', label: L['view.devTools'] } as MenuItemConstructorOptions] : []),
      ],
    },
    {
      // The page owns these keys (they work the same in the browser build), so they are shown, not registered.
      label: L['menu.projector'],
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
  if (options.isMac) template.push({ role: 'windowMenu', label: L['menu.window'] });
  return template;
}
