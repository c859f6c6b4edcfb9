import { join } from 'node:path';

/** Folder name under `.native/` for one Electron build; scripts/native-electron.mjs uses the same rule. */
export function nativeFolderName(electronVersion: string, platform: string, arch: string): string {
  return `electron-${electronVersion}-${platform}-${arch}`;
}

export interface NativeBindingContext {
  isPackaged: boolean;
  /** `app.getAppPath()`: the repo root in development. */
  appPath: string;
  /** `process.resourcesPath` in a packaged app. */
  resourcesPath: string;
  electronVersion: string;
  platform: string;
  arch: string;
}

/**
 * The better-sqlite3 binary built for Electron's ABI. node_modules keeps the Node build (tests, CLI, host), so the app
 * never loads that one: packaged apps carry it in resources/native/, development uses `.native/electron-…/`.
 */
export function nativeBindingPath(ctx: NativeBindingContext): string {
  if (ctx.isPackaged) return join(ctx.resourcesPath, 'native', 'better_sqlite3.node');
  return join(
    ctx.appPath,
    '.native',
    nativeFolderName(ctx.electronVersion, ctx.platform, ctx.arch),
    'better_sqlite3.node',
  );
}
