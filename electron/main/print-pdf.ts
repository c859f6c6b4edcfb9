import type { PdfRequest } from '../backend/types';
import { PRINT_ERROR_ATTRIBUTE, PRINT_READY_ATTRIBUTE } from '../../shared/storyboard/print';

/** The part of a BrowserWindow the printer uses (a fake in tests/node/shell/print-pdf.test.ts). */
export interface PrintWindow {
  loadURL(url: string): Promise<void>;
  webContents: {
    executeJavaScript(code: string): Promise<unknown>;
    printToPDF(options: {
      landscape: boolean;
      pageSize: 'A4' | 'A3';
      printBackground: boolean;
      preferCSSPageSize: boolean;
    }): Promise<Uint8Array>;
  };
  destroy(): void;
  isDestroyed(): boolean;
}

export interface PrinterDeps {
  /** A new hidden window with the app's own webPreferences (preload, sandbox, context isolation). */
  createWindow(): PrintWindow;
  /** The app's index URL (`app://lapimurto/index.html`, or the dev server). */
  indexUrl: string;
  /** How long the page may take to become ready; default 30 s. */
  timeoutMs?: number;
  /** Poll interval; default 100 ms. */
  pollMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/** '' while the page works, 'ready' when it is complete, 'error:<i18n key>' when it cannot be made. */
const READY_CHECK = `(() => { const h = document.documentElement; const e = h.getAttribute('${PRINT_ERROR_ATTRIBUTE}'); return e !== null ? 'error:' + e : h.hasAttribute('${PRINT_READY_ATTRIBUTE}') ? 'ready' : ''; })()`;

/**
 * Electron's PDF printer: a hidden window loads the renderer's print route (the same React page the browser host
 * prints), waits until the page says it is complete, and prints it with `webContents.printToPDF`, honouring the
 * page's CSS `@page` size. The window is always destroyed afterwards, whatever happens.
 */
export function createElectronPrinter(deps: PrinterDeps): (request: PdfRequest) => Promise<Uint8Array> {
  const timeout = deps.timeoutMs ?? 30_000;
  const poll = deps.pollMs ?? 100;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  return async (request) => {
    if (!request.route.startsWith('#/')) throw new Error('print route must be a hash route');
    const win = deps.createWindow();
    try {
      await win.loadURL(deps.indexUrl.replace(/#.*$/, '') + request.route);
      let waited = 0;
      for (;;) {
        const status = String(await win.webContents.executeJavaScript(READY_CHECK));
        if (status === 'ready') break;
        if (status.startsWith('error:')) throw new Error(`print page failed: ${status.slice(6)}`);
        if (waited >= timeout) throw new Error(`print page not ready after ${timeout} ms`);
        await sleep(poll);
        waited += poll;
      }
      return await win.webContents.printToPDF({
        landscape: request.landscape,
        pageSize: request.pageSize,
        printBackground: true,
        preferCSSPageSize: true,
      });
    } finally {
      if (!win.isDestroyed()) win.destroy();
    }
  };
}
