/**
 * Electron lifecycle: the only file (with preload) that imports 'electron'. Everything it does is delegated to plain
 * modules beside it, which take the electron objects as parameters and are unit-tested in tests/node/shell/.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, screen, session, shell, utilityProcess } from 'electron';
import type { Backend } from '../backend/types';
import { createBackend } from '../backend/index';
import { defaultLibraryDir } from '../backend/paths';
import { fileToOpen, workshopUrl } from './argv';
import { createAudienceWindows, type AudienceWindows, type Placement } from './audience-window';
import { AUDIENCE_HASH } from '../../shared/presentation/audience';
import { EVENT_CHANNEL, forwardEvents, registerIpc } from './ipc';
import { createFlusher, guardQuit, guardWindowClose, type ClosingState, type Flusher } from './flush-on-close';
import { buildMenuTemplate, menuLanguage, type MenuCommand, type MenuLanguage } from './menu';
import { nativeBindingPath } from './native-binding';
import { openFileErrorText } from './open-error';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './protocol';
import { createElectronPlatform } from './save-file';
import { createElectronPrinter } from './print-pdf';
import { utilityReaderSpawner } from './sheet-reader';
import { setReaderSpawner } from '../backend/measures/read-sheet';
import { denyAllPermissions, guardAllWebContents, installCspHeaders } from './security';
import { APP_INDEX_URL, APP_ORIGIN, APP_SCHEME, isTrustedSender, originOf } from './sender';

// Must run before 'ready'.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
const appOrigin = (devServerUrl && originOf(devServerUrl)) || APP_ORIGIN;
const indexUrl = devServerUrl ?? APP_INDEX_URL;

let backend: Backend | undefined;
let pendingOpen: string | undefined;
let audience: AudienceWindows | undefined;
let flusher: Flusher | undefined;
const closing: ClosingState = { quitting: false };

function isAudienceWindow(win: BrowserWindow): boolean {
  return audience?.current() === win;
}

/** The coach's window: the focused one unless that is the projector's, else the first of the coach's. */
function mainWindow(): BrowserWindow | undefined {
  const focused = BrowserWindow.getFocusedWindow();
  if (focused && !isAudienceWindow(focused)) return focused;
  return BrowserWindow.getAllWindows().find((w) => !isAudienceWindow(w));
}

/** The one set of webPreferences every app window uses (the visible ones and the hidden PDF printer). */
function appWebPreferences(): Electron.WebPreferences {
  return {
    preload: join(app.getAppPath(), 'out', 'preload', 'index.cjs'),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    webviewTag: false,
    devTools: !app.isPackaged,
    spellcheck: true,
  };
}

function createWindow(workshopId?: string): BrowserWindow {
  const appPath = app.getAppPath();
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Läpimurtostudio',
    backgroundColor: '#ffffff',
    ...(process.platform === 'linux' ? { icon: join(appPath, 'resources', 'icon.png') } : {}),
    webPreferences: appWebPreferences(),
  });
  win.once('ready-to-show', () => win.show());
  // Typed text is saved before the window goes (close handshake with its renderer).
  if (flusher) guardWindowClose(win, flusher, closing, () => BrowserWindow.getAllWindows());
  // The projector's window never outlives the coach's last one.
  win.on('closed', () => {
    if (!BrowserWindow.getAllWindows().some((w) => w !== win && !w.isDestroyed() && !isAudienceWindow(w)))
      audience?.close();
  });
  void win.loadURL(workshopUrl(indexUrl, workshopId));
  return win;
}

/** The projector's window: the same hardened webPreferences, no menu bar, black until the page paints. */
function createAudienceWindow(placement: Placement): BrowserWindow {
  const win = new BrowserWindow({
    ...placement.bounds,
    fullscreen: placement.fullscreen,
    show: false,
    title: 'Läpimurtostudio – Projektori',
    backgroundColor: '#000000',
    autoHideMenuBar: true,
    webPreferences: { ...appWebPreferences(), spellcheck: false },
  });
  win.removeMenu();
  win.once('ready-to-show', () => win.show());
  void win.loadURL(indexUrl + AUDIENCE_HASH);
  return win;
}

async function openFile(path: string): Promise<void> {
  if (!backend) {
    pendingOpen = path;
    return;
  }
  const result = await backend.importPath(path);
  if (!result.ok) {
    dialog.showErrorBox('Läpimurtostudio', openFileErrorText(path, result.error, await appLanguage()));
    return;
  }
  const win = mainWindow();
  if (!win) {
    createWindow(result.value.id);
    return;
  }
  if (win.isMinimized()) win.restore();
  win.focus();
  // Everything is autosaved, and what is being typed is saved before the window moves to the imported workshop.
  await flusher?.flush([win], 'switch-workshop');
  void win.loadURL(workshopUrl(indexUrl, result.value.id));
}

function sendMenuCommand(command: MenuCommand): void {
  const win = mainWindow();
  if (win && !win.webContents.isDestroyed()) win.webContents.send(EVENT_CHANNEL, { type: 'menu', command });
}

function applyMenu(language: MenuLanguage): void {
  const template = buildMenuTemplate({
    language,
    isDev: !app.isPackaged,
    isMac: process.platform === 'darwin',
    send: sendMenuCommand,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** The saved UI language (Finnish until one is chosen): the menu and the main process's own messages use it. */
async function appLanguage(): Promise<MenuLanguage> {
  const settings = await backend?.dispatch('settings.get', {});
  return menuLanguage(settings?.ok ? (settings.value as { language?: unknown }).language : undefined);
}

async function refreshMenu(): Promise<void> {
  applyMenu(await appLanguage());
}

async function start(): Promise<void> {
  const appPath = app.getAppPath();
  const nativeBinding = nativeBindingPath({
    isPackaged: app.isPackaged,
    appPath,
    resourcesPath: process.resourcesPath,
    electronVersion: process.versions.electron,
    platform: process.platform,
    arch: process.arch,
  });
  if (!existsSync(nativeBinding)) {
    dialog.showErrorBox(
      'Läpimurtostudio',
      `The SQLite module for this Electron version is missing:\n${nativeBinding}\n\nRun \`npm start\` (it runs scripts/native-electron.mjs first).`,
    );
    app.quit();
    return;
  }

  audience = createAudienceWindows({ screen, create: createAudienceWindow });
  const platform = {
    ...createElectronPlatform({
      defaultDir: app.getPath('documents'),
      showSaveDialog: (options) => {
        const win = mainWindow();
        return win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options);
      },
    }),
    openAudience: () => audience?.open(),
    printToPdf: createElectronPrinter({
      indexUrl,
      createWindow: () =>
        new BrowserWindow({
          show: false,
          width: 1280,
          height: 900,
          webPreferences: { ...appWebPreferences(), spellcheck: false },
        }),
    }),
  };
  // The reader script is bundled beside index.js (electron.vite.config.ts).
  setReaderSpawner(
    utilityReaderSpawner(utilityProcess, app, fileURLToPath(new URL('./xlsx-worker.js', import.meta.url))),
  );
  backend = createBackend({
    dataDir: defaultLibraryDir(undefined, app.getPath('userData')),
    shell: 'electron',
    platform,
    nativeBinding,
    appVersion: app.getVersion(),
  });

  protocol.handle(APP_SCHEME, createAppProtocolHandler(join(appPath, 'out', 'renderer')));
  denyAllPermissions(session.defaultSession);
  // Only our own pages get the header: not devtools:// and not the electron-vite dev server, whose React-refresh
  // preamble is an inline script (development only).
  installCspHeaders(session.defaultSession, (url) => originOf(url) !== APP_ORIGIN);
  guardAllWebContents(app, { appOrigin, openExternal: (url) => shell.openExternal(url) });
  registerIpc(ipcMain, backend, (frame) => isTrustedSender(frame, appOrigin));
  flusher = createFlusher({ backend, log: (line) => console.log(`Läpimurtostudio: ${line}`) });
  guardQuit(app, flusher, closing, () => BrowserWindow.getAllWindows());
  forwardEvents(backend, () => BrowserWindow.getAllWindows().map((w) => w.webContents));
  backend.onEvent((event) => {
    if (event.type === 'settings.changed') void refreshMenu();
  });
  await refreshMenu();

  const first = pendingOpen;
  pendingOpen = undefined;
  let workshopId: string | undefined;
  if (first) {
    const imported = await backend.importPath(first);
    if (imported.ok) workshopId = imported.value.id;
    else dialog.showErrorBox('Läpimurtostudio', openFileErrorText(first, imported.error, await appLanguage()));
  }
  createWindow(workshopId);
}

if (!app.requestSingleInstanceLock()) {
  // Another instance owns the library; it receives our argv through 'second-instance'.
  app.quit();
} else {
  pendingOpen = fileToOpen(process.argv, process.cwd());

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const win = mainWindow();
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
    const file = fileToOpen(argv, workingDirectory);
    if (file) void openFile(file);
  });

  // macOS delivers file-association opens as an event, possibly before 'ready'.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void openFile(path);
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (backend && BrowserWindow.getAllWindows().length === 0) createWindow();
  });

  app.on('will-quit', () => {
    backend?.close();
    backend = undefined;
  });

  app.whenReady().then(start, (err: unknown) => {
    dialog.showErrorBox('Läpimurtostudio', String(err));
    app.quit();
  });
}
