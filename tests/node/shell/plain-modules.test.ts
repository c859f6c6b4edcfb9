import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appDataDir, defaultLibraryDir, libraryDirIn, userDataDir } from '../../../electron/backend/paths';
import { fileToOpen, workshopUrl } from '../../../electron/main/argv';
import { MENU_COMMANDS, buildMenuTemplate, menuLanguage, type MenuCommand } from '../../../electron/main/menu';
import { nativeBindingPath } from '../../../electron/main/native-binding';
import { openFileErrorText } from '../../../electron/main/open-error';
import { CSP, contentDisposition } from '../../../electron/backend/host/headers';

describe('library paths', () => {
  it('follows Electron userData per OS', () => {
    expect(userDataDir({ platform: 'linux', env: {}, home: '/home/a' })).toBe('/home/a/.config/Läpimurtostudio');
    expect(userDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: '/x' }, home: '/home/a' })).toBe(
      '/x/Läpimurtostudio',
    );
    expect(appDataDir({ platform: 'darwin', env: {}, home: '/Users/a' })).toBe('/Users/a/Library/Application Support');
    expect(
      appDataDir({ platform: 'win32', env: { APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, home: 'C:\\Users\\a' }),
    ).toBe('C:\\Users\\a\\AppData\\Roaming');
    expect(defaultLibraryDir({ platform: 'linux', env: {}, home: '/home/a' })).toBe(
      '/home/a/.config/Läpimurtostudio/library',
    );
    expect(defaultLibraryDir({ platform: 'linux', env: {}, home: '/h' }, '/u')).toBe(libraryDirIn('/u'));
    expect(defaultLibraryDir({ platform: 'linux', env: { LAPIMURTO_DATA_DIR: '/d' }, home: '/h' })).toBe('/d');
  });
});

describe('argv', () => {
  it('finds the workshop file a second instance hands over', () => {
    expect(fileToOpen(['/opt/app/lapimurtostudio', '--no-sandbox', 'a.lapimurto'], '/home/u')).toBe(
      '/home/u/a.lapimurto',
    );
    expect(fileToOpen(['app', '/abs/B.LAPIMURTO'], '/x')).toBe('/abs/B.LAPIMURTO');
    expect(fileToOpen(['app', 'pkg.json'], '/x')).toBe('/x/pkg.json');
    expect(fileToOpen(['app', '.'], '/x')).toBeUndefined();
    expect(fileToOpen(['app', '--flag=x.lapimurto'], '/x')).toBeUndefined();
    expect(workshopUrl('app://lapimurto/index.html', 'a b')).toBe('app://lapimurto/index.html?workshop=a%20b');
    expect(workshopUrl('app://lapimurto/index.html')).toBe('app://lapimurto/index.html');
  });
});

describe('menu', () => {
  /** The menu's words as the locale file on disk has them. */
  function menuFile(language: string): Record<string, Record<string, string>> {
    const path = resolve(__dirname, '../../../shared/i18n/locales', language, 'app-menu.json');
    return (JSON.parse(readFileSync(path, 'utf8')) as { appMenu: Record<string, Record<string, string>> }).appMenu;
  }

  function items(template: ReturnType<typeof buildMenuTemplate>) {
    return template.flatMap((m) => (Array.isArray(m.submenu) ? m.submenu : []));
  }

  it('has every command, in each language, each sending {command}', () => {
    for (const language of ['fi', 'sv', 'en'] as const) {
      const sent: MenuCommand[] = [];
      const all = items(buildMenuTemplate({ language, isDev: false, isMac: false, send: (c) => sent.push(c) }));
      for (const command of MENU_COMMANDS) {
        const item = all.find((i) => i.id === command);
        expect(item, command).toBeDefined();
        expect(item!.label).toBe(menuFile(language)[command.split('.')[0]!]![command.split('.')[1]!]);
        (item!.click as () => void)();
      }
      expect(sent).toEqual([...MENU_COMMANDS]);
    }
  });

  it('takes its words from the locale files (app-menu.json) in fi, sv and en', () => {
    const top = (language: 'fi' | 'sv' | 'en') =>
      buildMenuTemplate({ language, isDev: true, isMac: false, send: () => undefined });
    expect(top('fi').map((m) => m.label)).toEqual(['&Tiedosto', '&Muokkaa', '&Näytä', '&Projektori']);
    expect(top('sv').map((m) => m.label)).toEqual(['&Arkiv', '&Redigera', '&Visa', '&Projektor']);
    expect(top('en').map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Projector']);
    for (const language of ['fi', 'sv', 'en'] as const) {
      const file = menuFile(language);
      const all = items(top(language));
      expect(all.find((i) => i.id === 'file.new')?.label).toBe(file.file!.new);
      expect(all.find((i) => i.role === 'toggleDevTools')?.label).toBe(file.view!.devTools);
      expect(all.find((i) => i.role === 'quit')?.label).toBe(file.app!.quit);
    }
    expect(items(top('sv')).find((i) => i.id === 'file.new')?.label).toBe('Ny workshop…');
  });

  it('shows devtools only in development', () => {
    const roles = (isDev: boolean) =>
      items(buildMenuTemplate({ language: 'fi', isDev, isMac: false, send: () => undefined })).map((i) => i.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
  });

  it('leaves undo/redo keys to the page', () => {
    const undo = items(buildMenuTemplate({ language: 'fi', isDev: false, isMac: false, send: () => undefined })).find(
      (i) => i.id === 'edit.undo',
    );
    expect(undo).toMatchObject({ accelerator: 'CmdOrCtrl+Z', registerAccelerator: false });
    expect(menuLanguage('sv')).toBe('sv');
    expect(menuLanguage(undefined)).toBe('fi');
  });
});

describe('native binding', () => {
  it('uses .native in development and resources in a packaged app', () => {
    const base = {
      appPath: '/repo',
      resourcesPath: '/opt/app/resources',
      electronVersion: '45.4.1',
      platform: 'linux',
      arch: 'x64',
    };
    expect(nativeBindingPath({ ...base, isPackaged: false })).toBe(
      '/repo/.native/electron-45.4.1-linux-x64/better_sqlite3.node',
    );
    expect(nativeBindingPath({ ...base, isPackaged: true })).toBe('/opt/app/resources/native/better_sqlite3.node');
  });
});

describe('headers', () => {
  it('encodes ä/ö filenames per RFC 5987 with an ASCII fallback', () => {
    expect(contentDisposition('Työpaja ä.xlsx')).toBe(
      `attachment; filename="Tyopaja a.xlsx"; filename*=UTF-8''Ty%C3%B6paja%20%C3%A4.xlsx`,
    );
    expect(contentDisposition('a"b\\c.json')).toBe(
      `attachment; filename="a_b_c.json"; filename*=UTF-8''a%22b%5Cc.json`,
    );
  });

  it('is the renderer meta CSP plus frame-ancestors, which only the header carries', () => {
    const html = readFileSync(join(import.meta.dirname, '../../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
    expect(meta, 'renderer/index.html has a CSP meta tag').not.toBeNull();
    const norm = (s: string) =>
      s
        .split(';')
        .map((d) => d.trim().replace(/\s+/g, ' '))
        .filter(Boolean)
        .sort();
    // In a meta tag Chromium ignores frame-ancestors and logs an error on every load.
    expect(norm(meta![1]!)).toEqual(norm(CSP).filter((d) => !d.startsWith('frame-ancestors')));
    expect(norm(CSP)).toContain("frame-ancestors 'none'");
  });
});

describe('preload method check', async () => {
  const { looksLikeMethod } = await import('../../../electron/preload/method-name');
  const { METHODS } = await import('../../../shared/api/contract');
  it('lets every contract method through and stops junk', () => {
    for (const m of METHODS) expect(looksLikeMethod(m), m).toBe(true);
    for (const bad of [
      '',
      'x',
      '__proto__',
      'a.b.c',
      'library.list;',
      'Library.list',
      42,
      null,
      'a'.repeat(60) + '.' + 'b'.repeat(60),
    ]) {
      expect(looksLikeMethod(bad)).toBe(false);
    }
  });
});

describe('open-file errors', () => {
  it('show the translated message in the app language, never the English detail', () => {
    const error = { code: 'newerVersion', key: 'errors.file.newerVersion', detail: 'user_version 999 > 12' } as const;
    expect(openFileErrorText('/u/a.lapimurto', error, 'fi')).toBe(
      '/u/a.lapimurto\n\nTiedosto on tehty Läpimurtostudion uudemmalla versiolla. Päivitä sovellus.',
    );
    expect(openFileErrorText('/u/a.lapimurto', error, 'sv')).not.toContain('user_version');
    expect(openFileErrorText('/u/a.lapimurto', error, 'en')).toMatch(/newer version/);
    // A key without its own text falls back to the code's message.
    const odd = { code: 'io', key: 'errors.nowhere', detail: 'EACCES' } as const;
    expect(openFileErrorText('/u/b.json', odd, 'fi')).not.toContain('EACCES');
    expect(openFileErrorText('/u/b.json', odd, 'fi')).not.toContain('errors.nowhere');
  });
});
