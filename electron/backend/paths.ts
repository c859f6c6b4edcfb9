import { homedir } from 'node:os';
import { join } from 'node:path';

/** The app's folder name under the OS's per-user application data folder; Electron derives it from productName. */
export const PRODUCT_NAME = 'Läpimurtostudio';

export interface PathEnv {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  home: string;
}

function currentEnv(): PathEnv {
  return { platform: process.platform, env: process.env, home: homedir() };
}

/**
 * The per-user application data folder, as Electron's `app.getPath('appData')` computes it:
 * Linux `$XDG_CONFIG_HOME` or `~/.config`, macOS `~/Library/Application Support`, Windows `%APPDATA%`.
 */
export function appDataDir(p: PathEnv = currentEnv()): string {
  if (p.platform === 'win32') return p.env.APPDATA || join(p.home, 'AppData', 'Roaming');
  if (p.platform === 'darwin') return join(p.home, 'Library', 'Application Support');
  return p.env.XDG_CONFIG_HOME || join(p.home, '.config');
}

/** Electron's `app.getPath('userData')` for this app, computed without Electron (the browser host and the CLI). */
export function userDataDir(p: PathEnv = currentEnv()): string {
  return join(appDataDir(p), PRODUCT_NAME);
}

/** The library folder inside a userData folder: workshops/, trash/, exports/, settings.json. */
export function libraryDirIn(userData: string): string {
  return join(userData, 'library');
}

/**
 * The library every shell uses by default. `LAPIMURTO_DATA_DIR` overrides it (tests, portable installs).
 * Electron passes its own `app.getPath('userData')`, which is the same folder unless the user moved it.
 */
export function defaultLibraryDir(p: PathEnv = currentEnv(), userData?: string): string {
  const override = p.env.LAPIMURTO_DATA_DIR;
  if (override) return override;
  return libraryDirIn(userData ?? userDataDir(p));
}
