import { describe, expect, it } from 'vitest';
import { createElectronPrinter, type PrintWindow } from '../../../electron/main/print-pdf';

/** A hidden window that becomes ready after `readyAfter` checks, recording what the printer did to it. */
function fakeWindow(opts: { readyAfter?: number; loadFails?: boolean; printFails?: boolean; pageError?: string } = {}) {
  const log: string[] = [];
  let checks = 0;
  let destroyed = false;
  const win: PrintWindow = {
    async loadURL(url) {
      log.push(`load ${url}`);
      if (opts.loadFails) throw new Error('ERR_FAILED');
    },
    webContents: {
      async executeJavaScript(code) {
        log.push(`check ${code.includes('data-print-ready') && code.includes('data-print-error')}`);
        checks += 1;
        if (opts.pageError) return `error:${opts.pageError}`;
        return checks > (opts.readyAfter ?? 0) ? 'ready' : '';
      },
      async printToPDF(options) {
        log.push(`print ${JSON.stringify(options)}`);
        if (opts.printFails) throw new Error('printing failed');
        return new TextEncoder().encode('%PDF-1.7 fake');
      },
    },
    destroy() {
      destroyed = true;
      log.push('destroy');
    },
    isDestroyed: () => destroyed,
  };
  return { win, log, destroyed: () => destroyed };
}

const request = { route: '#/print/storyboard/w1/t1/A3/fi', pageSize: 'A3' as const, landscape: true };

describe('Electron PDF printer', () => {
  it('loads the print route in a hidden window, waits for ready, prints with the CSS page size and destroys the window', async () => {
    const f = fakeWindow({ readyAfter: 2 });
    const print = createElectronPrinter({
      createWindow: () => f.win,
      indexUrl: 'app://lapimurto/index.html',
      sleep: async () => undefined,
    });
    const bytes = await print(request);
    expect(new TextDecoder().decode(bytes)).toBe('%PDF-1.7 fake');
    expect(f.log).toEqual([
      'load app://lapimurto/index.html#/print/storyboard/w1/t1/A3/fi',
      'check true',
      'check true',
      'check true',
      `print ${JSON.stringify({ landscape: true, pageSize: 'A3', printBackground: true, preferCSSPageSize: true })}`,
      'destroy',
    ]);
  });

  it('gives up after the timeout and still destroys the window', async () => {
    const f = fakeWindow({ readyAfter: Number.POSITIVE_INFINITY });
    const print = createElectronPrinter({
      createWindow: () => f.win,
      indexUrl: 'app://lapimurto/index.html',
      timeoutMs: 500,
      pollMs: 100,
      sleep: async () => undefined,
    });
    await expect(print(request)).rejects.toThrow(/not ready after 500 ms/);
    expect(f.destroyed()).toBe(true);
    expect(f.log.filter((l) => l.startsWith('check'))).toHaveLength(6);
  });

  it('fails at once, without printing, when the page reports that it cannot be made', async () => {
    const f = fakeWindow({ pageError: 'storyboard.teamNotFound' });
    const print = createElectronPrinter({
      createWindow: () => f.win,
      indexUrl: 'app://lapimurto/index.html',
      sleep: async () => undefined,
    });
    await expect(print(request)).rejects.toThrow(/storyboard.teamNotFound/);
    expect(f.log.some((l) => l.startsWith('print'))).toBe(false);
    expect(f.destroyed()).toBe(true);
  });

  it('destroys the window when loading or printing fails', async () => {
    for (const opts of [{ loadFails: true }, { printFails: true }]) {
      const f = fakeWindow(opts);
      const print = createElectronPrinter({
        createWindow: () => f.win,
        indexUrl: 'app://lapimurto/index.html#/old',
        sleep: async () => undefined,
      });
      await expect(print(request)).rejects.toThrow();
      expect(f.destroyed()).toBe(true);
    }
  });

  it('prints only hash routes of the app itself', async () => {
    const f = fakeWindow();
    const print = createElectronPrinter({ createWindow: () => f.win, indexUrl: 'app://lapimurto/index.html' });
    await expect(print({ ...request, route: 'https://example.com/' })).rejects.toThrow(/hash route/);
    expect(f.log).toEqual([]);
  });
});
