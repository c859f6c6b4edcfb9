import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackendOptions } from '../../../electron/backend/types';
import { fakeBackend } from './fake-backend';

// electron/main/index.ts against a fake 'electron': the lifecycle glue that cannot run here without the binary.
const h = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown;
  const state = {
    lock: true,
    appListeners: new Map<string, Listener[]>(),
    quit: 0,
    ready: undefined as undefined | (() => void),
    windows: [] as FakeWindow[],
    ipcHandlers: new Map<string, Listener>(),
    protocolHandlers: new Map<string, Listener>(),
    privileged: [] as unknown[],
    menuTemplates: [] as unknown[],
    errorBoxes: [] as string[],
    permissionHandler: undefined as undefined | Listener,
    headersHandler: undefined as undefined | Listener,
    backendOptions: [] as unknown[],
    backend: undefined as unknown,
    paths: { userData: '/tmp/none', documents: '/tmp/docs', appPath: '/tmp/app' },
    displays: [] as {
      id: number;
      bounds: { x: number; y: number; width: number; height: number };
      workArea: { x: number; y: number; width: number; height: number };
    }[],
    screenListeners: new Map<string, Listener[]>(),
    focusedWindow: null as FakeWindow | null,
  };
  class FakeWindow {
    options: Record<string, unknown>;
    urls: string[] = [];
    focused = 0;
    sent: unknown[][] = [];
    listeners = new Map<string, Listener>();
    /** Set false to play a renderer that never answers the close handshake. */
    answersFlush = true;
    webContents = {
      send: (...args: unknown[]) => {
        this.sent.push(args);
        // The renderer's side of the close handshake: it saves, then calls app.flushed (→ flush.done).
        const e = args[1] as { type?: string; requestId?: string } | undefined;
        if (e?.type === 'flush.request' && this.answersFlush) {
          queueMicrotask(() =>
            (state.backend as { emit(e: unknown): void }).emit({ type: 'flush.done', requestId: e.requestId }),
          );
        }
      },
      isDestroyed: () => false,
    };
    constructor(options: Record<string, unknown>) {
      this.options = options;
      state.windows.push(this);
    }
    destroyed = false;
    menuRemoved = false;
    fullscreen: boolean | undefined;
    bounds: unknown;
    once(e: string, l: Listener) {
      this.listeners.set(e, l);
    }
    on(e: string, l: Listener) {
      this.listeners.set(e, l);
    }
    removeMenu() {
      this.menuRemoved = true;
    }
    setFullScreen(flag: boolean) {
      this.fullscreen = flag;
    }
    setBounds(b: unknown) {
      this.bounds = b;
    }
    isDestroyed() {
      return this.destroyed;
    }
    close() {
      this.destroyed = true;
      state.windows = state.windows.filter((w) => w !== this);
      this.listeners.get('closed')?.();
    }
    loadURL(url: string) {
      this.urls.push(url);
      return Promise.resolve();
    }
    isMinimized() {
      return false;
    }
    restore() {}
    focus() {
      this.focused++;
    }
    show() {}
    static getAllWindows() {
      return state.windows;
    }
    static getFocusedWindow() {
      return state.focusedWindow;
    }
  }
  return { state, FakeWindow };
});

vi.mock('electron', () => {
  const { state, FakeWindow } = h;
  const on = (e: string, l: (...args: unknown[]) => unknown) => {
    state.appListeners.set(e, [...(state.appListeners.get(e) ?? []), l]);
  };
  return {
    app: {
      isPackaged: true,
      requestSingleInstanceLock: () => state.lock,
      quit: () => state.quit++,
      on,
      whenReady: () => ({ then: (ok: () => void) => (state.ready = ok) }),
      getPath: (name: 'userData' | 'documents') => state.paths[name],
      getAppPath: () => state.paths.appPath,
      getVersion: () => '9.9.9',
      getAppMetrics: () => [],
    },
    // The spreadsheet reader's processes are tested in sheet-reader.test.ts; none starts here.
    utilityProcess: { fork: () => ({}) },
    BrowserWindow: FakeWindow,
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: (t: unknown) => state.menuTemplates.push(t) },
    dialog: {
      showErrorBox: (_t: string, m: string) => state.errorBoxes.push(m),
      showSaveDialog: async () => ({ canceled: true }),
    },
    ipcMain: {
      handle: (c: string, l: (...args: unknown[]) => unknown) => state.ipcHandlers.set(c, l),
      removeHandler: (c: string) => state.ipcHandlers.delete(c),
    },
    protocol: {
      registerSchemesAsPrivileged: (s: unknown[]) => state.privileged.push(...s),
      handle: (scheme: string, l: (...args: unknown[]) => unknown) => state.protocolHandlers.set(scheme, l),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (l: (...args: unknown[]) => unknown) => (state.permissionHandler = l),
        setPermissionCheckHandler: () => undefined,
        webRequest: { onHeadersReceived: (l: (...args: unknown[]) => unknown) => (state.headersHandler = l) },
      },
    },
    shell: { openExternal: async () => undefined },
    screen: {
      getAllDisplays: () => state.displays,
      getPrimaryDisplay: () => state.displays[0],
      on: (e: string, l: (...args: unknown[]) => unknown) =>
        state.screenListeners.set(e, [...(state.screenListeners.get(e) ?? []), l]),
    },
  };
});

vi.mock('../../../electron/backend/index', () => ({
  createBackend: (options: BackendOptions) => {
    h.state.backendOptions.push(options);
    return h.state.backend;
  },
}));

const tmp = mkdtempSync(join(tmpdir(), 'lapimurto-main-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function boot(argv: string[], lock = true) {
  const { state } = h;
  Object.assign(state, {
    lock,
    quit: 0,
    ready: undefined,
    windows: [],
    errorBoxes: [],
    menuTemplates: [],
    backendOptions: [],
    privileged: [],
    focusedWindow: null,
    displays: [
      { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 } },
    ],
  });
  state.appListeners.clear();
  state.screenListeners.clear();
  state.ipcHandlers.clear();
  state.protocolHandlers.clear();
  const backend = fakeBackend();
  state.backend = backend;
  state.paths = { userData: join(tmp, 'userData'), documents: join(tmp, 'docs'), appPath: join(tmp, 'app') };
  const resources = join(tmp, 'resources');
  mkdirSync(join(resources, 'native'), { recursive: true });
  writeFileSync(join(resources, 'native', 'better_sqlite3.node'), '');
  (process as { resourcesPath?: string }).resourcesPath = resources;
  const savedArgv = process.argv;
  process.argv = argv;
  vi.resetModules();
  try {
    await import('../../../electron/main/index');
  } finally {
    process.argv = savedArgv;
  }
  return { state, backend, resources };
}

async function ready(state: typeof h.state) {
  state.ready?.();
  await vi.waitFor(() => expect(state.windows.length).toBeGreaterThan(0));
}

describe('electron main lifecycle', () => {
  beforeEach(() => {
    delete process.env.LAPIMURTO_DATA_DIR;
  });

  it('a second instance quits at once, handing over to the first', async () => {
    const { state } = await boot(['app', 'x.lapimurto'], false);
    expect(state.quit).toBe(1);
    expect(state.ready).toBeUndefined();
    expect(state.privileged).toEqual([expect.objectContaining({ scheme: 'app' })]);
  });

  it('starts the backend, opens the argv file and creates a locked-down window', async () => {
    const { state, backend, resources } = await boot(['app', '/data/Työpaja.lapimurto']);
    await ready(state);
    expect(state.backendOptions).toEqual([
      expect.objectContaining({
        dataDir: join(tmp, 'userData', 'library'),
        shell: 'electron',
        nativeBinding: join(resources, 'native', 'better_sqlite3.node'),
        appVersion: '9.9.9',
      }),
    ]);
    const win = state.windows[0]!;
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      devTools: false,
      preload: join(tmp, 'app', 'out', 'preload', 'index.cjs'),
    });
    expect(win.urls).toEqual(['app://lapimurto/index.html?workshop=w1']);
    expect(state.protocolHandlers.has('app')).toBe(true);
    expect(state.ipcHandlers.has('studio:invoke')).toBe(true);
    expect(state.menuTemplates).toHaveLength(1);
    expect(backend.calls.map((c) => c.method)).toContain('settings.get');

    const headers = (url: string) => {
      let out: Record<string, string[]> | undefined;
      state.headersHandler!(
        { url, responseHeaders: {} },
        (r: { responseHeaders: Record<string, string[]> }) => (out = r.responseHeaders),
      );
      return out!;
    };
    expect(headers('app://lapimurto/index.html')['Content-Security-Policy']).toHaveLength(1);
    expect(headers('devtools://devtools/bundled/inspector.html')['Content-Security-Policy']).toBeUndefined();

    const denied = vi.fn();
    state.permissionHandler!({}, 'media', denied);
    expect(denied).toHaveBeenCalledWith(false);
  });

  it('routes trusted IPC to the backend and forwards events and menu commands to the window', async () => {
    const { state, backend } = await boot(['app']);
    await ready(state);
    const win = state.windows[0]!;
    expect(win.urls).toEqual(['app://lapimurto/index.html']);
    const invoke = state.ipcHandlers.get('studio:invoke')!;
    expect(
      await invoke({ senderFrame: { url: 'app://lapimurto/index.html', parent: null } }, 'library.list', {}),
    ).toMatchObject({ ok: true });
    expect(
      await invoke({ senderFrame: { url: 'https://evil.example/', parent: null } }, 'library.list', {}),
    ).toMatchObject({ ok: false });

    backend.emit({ type: 'library.changed' });
    expect(win.sent).toContainEqual(['studio:event', { type: 'library.changed' }]);

    const template = state.menuTemplates.at(-1) as { submenu?: { id?: string; click?: () => void }[] }[];
    const item = template.flatMap((m) => m.submenu ?? []).find((i) => i.id === 'file.exportXlsx')!;
    item.click!();
    expect(win.sent).toContainEqual(['studio:event', { type: 'menu', command: 'file.exportXlsx' }]);

    // The menu follows the language after a settings change.
    backend.emit({ type: 'settings.changed' });
    await vi.waitFor(() => expect(state.menuTemplates.length).toBe(2));
  });

  it("a second instance's file is imported and shown in the existing window", async () => {
    const { state, backend } = await boot(['app']);
    await ready(state);
    const win = state.windows[0]!;
    for (const l of state.appListeners.get('second-instance') ?? []) l({}, ['app', 'Uusi.lapimurto'], '/home/u');
    await vi.waitFor(() =>
      expect(win.urls).toEqual(['app://lapimurto/index.html', 'app://lapimurto/index.html?workshop=w1']),
    );
    expect(win.focused).toBeGreaterThan(0);
    expect(state.windows).toHaveLength(1);
    void backend;
  });

  it('a file that cannot be imported shows an error and keeps the window', async () => {
    const { state } = await boot(['app']);
    await ready(state);
    for (const l of state.appListeners.get('second-instance') ?? []) l({}, ['app', 'broken.json'], '/home/u');
    await vi.waitFor(() => expect(state.errorBoxes).toHaveLength(1));
    // The translated message in the app's language (Finnish by default), not the backend's English detail.
    expect(state.errorBoxes[0]).toBe('/home/u/broken.json\n\nTiedosto ei ole Läpimurtostudion työpajatiedosto.');
    expect(state.windows[0]!.urls).toEqual(['app://lapimurto/index.html']);
  });

  it('quitting first asks every window to save what is typed, then quits', async () => {
    const { state } = await boot(['app']);
    await ready(state);
    const win = state.windows[0]!;
    let prevented = 0;
    for (const l of state.appListeners.get('before-quit') ?? []) l({ preventDefault: () => prevented++ });
    expect(prevented).toBe(1);
    expect(state.quit).toBe(0);
    await vi.waitFor(() => expect(state.quit).toBe(1));
    expect(win.sent.some(([, e]) => (e as { type: string }).type === 'flush.request')).toBe(true);
    // The second before-quit (from app.quit()) passes.
    for (const l of state.appListeners.get('before-quit') ?? []) l({ preventDefault: () => prevented++ });
    expect(prevented).toBe(1);
  });

  it('closes the backend on quit and quits when the last window closes (not on macOS)', async () => {
    const { state, backend } = await boot(['app']);
    await ready(state);
    for (const l of state.appListeners.get('window-all-closed') ?? []) l();
    expect(state.quit).toBe(process.platform === 'darwin' ? 0 : 1);
    for (const l of state.appListeners.get('will-quit') ?? []) l();
    expect(backend.closedCount()).toBe(1);
  });

  it('opens the projector window full screen on the external display, locked down, and keeps menu commands on the coach window', async () => {
    const { state } = await boot(['app']);
    const projector = {
      id: 2,
      bounds: { x: 1920, y: 0, width: 1280, height: 720 },
      workArea: { x: 1920, y: 0, width: 1280, height: 720 },
    };
    state.displays.push(projector);
    await ready(state);
    const coach = state.windows[0]!;
    const platform = (state.backendOptions[0] as BackendOptions).platform;
    await platform.openAudience!();
    expect(state.windows).toHaveLength(2);
    const aud = state.windows[1]!;
    expect(aud.urls).toEqual(['app://lapimurto/index.html#/audience']);
    expect(aud.options).toMatchObject({ ...projector.bounds, fullscreen: true, backgroundColor: '#000000' });
    expect(aud.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      devTools: false,
    });
    expect(aud.menuRemoved).toBe(true);

    // Asking again brings the same window forward.
    await platform.openAudience!();
    expect(state.windows).toHaveLength(2);

    // With the projector window focused, the menu still talks to the coach's window.
    state.focusedWindow = aud;
    const template = state.menuTemplates.at(-1) as { submenu?: { id?: string; click?: () => void }[] }[];
    template.flatMap((m) => m.submenu ?? []).find((i) => i.id === 'projector.toggleBlank')!.click!();
    expect(coach.sent).toContainEqual(['studio:event', { type: 'menu', command: 'projector.toggleBlank' }]);
    expect(aud.sent.filter((m) => (m[1] as { type?: string }).type === 'menu')).toEqual([]);

    // Unplugged: the window moves to the laptop as a normal window instead of closing.
    state.displays.pop();
    for (const l of state.screenListeners.get('display-removed') ?? []) l({}, projector);
    expect(aud.destroyed).toBe(false);
    expect(aud.fullscreen).toBe(false);

    // The coach's last window closing takes the projector window with it.
    state.focusedWindow = null;
    coach.close();
    expect(aud.destroyed).toBe(true);
  });

  it('refuses to start without the Electron-ABI SQLite binary', async () => {
    const { state, resources } = await boot(['app']);
    rmSync(join(resources, 'native', 'better_sqlite3.node'));
    state.ready?.();
    await vi.waitFor(() => expect(state.errorBoxes).toHaveLength(1));
    expect(state.errorBoxes[0]).toMatch(/npm start/);
    expect(state.quit).toBe(1);
    expect(state.windows).toHaveLength(0);
  });
});
