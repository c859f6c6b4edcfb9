import { existsSync } from 'node:fs';
import { ApiFailure } from '../../../shared/api/errors';
import { PRINT_ERROR_ATTRIBUTE, PRINT_READY_ATTRIBUTE } from '../../../shared/storyboard/print';
import type { PdfRequest } from '../types';

/** How long a page may take to load its data, fonts and pictures before printing gives up. */
const READY_TIMEOUT_MS = 30_000;

/** The system Chromium the tests use; `LAPIMURTO_CHROMIUM` (or `CHROMIUM_PATH`, set by `npm test`) overrides it, else Playwright's own download is tried. */
function chromiumPath(): string | undefined {
  const fromEnv = process.env['LAPIMURTO_CHROMIUM'] || process.env['CHROMIUM_PATH'];
  if (fromEnv) return fromEnv;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

interface MiniPage {
  goto(url: string, options: { waitUntil: 'load' }): Promise<unknown>;
  waitForSelector(selector: string, options: { timeout: number; state: 'attached' }): Promise<unknown>;
  evaluate(expression: string): Promise<unknown>;
  pdf(options: {
    preferCSSPageSize: boolean;
    printBackground: boolean;
    format: string;
    landscape: boolean;
  }): Promise<Uint8Array>;
}
interface MiniContext {
  newPage(): Promise<MiniPage>;
  close(): Promise<void>;
}
interface MiniBrowser {
  newContext(options: { viewport: { width: number; height: number } }): Promise<MiniContext>;
  close(): Promise<void>;
}
interface Launcher {
  launch(options: { headless: boolean; executablePath?: string; args: string[] }): Promise<MiniBrowser>;
}

/**
 * The browser host's PDF printer: headless Chromium (through playwright-core, which the development install has)
 * opens the host's own print page and prints it with `page.pdf`, as Electron's `printToPDF` does in the app. One
 * browser is started on first use and reused. Where playwright-core or Chromium is missing the API answers with
 * the translated `storyboard.errors.pdfUnavailable`.
 */
export function createChromiumPrinter(
  origin: () => string,
  load: () => Promise<Launcher> = loadPlaywright,
): {
  printToPdf(request: PdfRequest): Promise<Uint8Array>;
  close(): Promise<void>;
} {
  let browser: Promise<MiniBrowser> | undefined;
  const start = async (): Promise<MiniBrowser> => {
    let launcher: Launcher;
    try {
      launcher = await load();
    } catch (e) {
      throw new ApiFailure(
        'io',
        'storyboard.errors.pdfUnavailable',
        undefined,
        `playwright-core is not installed: ${(e as Error).message}`,
      );
    }
    const executablePath = chromiumPath();
    try {
      return await launcher.launch({
        headless: true,
        ...(executablePath ? { executablePath } : {}),
        args: ['--no-sandbox', '--disable-gpu'],
      });
    } catch (e) {
      throw new ApiFailure(
        'io',
        'storyboard.errors.pdfUnavailable',
        undefined,
        `Chromium did not start: ${(e as Error).message}`,
      );
    }
  };
  return {
    async printToPdf(request) {
      if (!request.route.startsWith('#/'))
        throw new ApiFailure('invalidInput', 'errors.code.invalidInput', undefined, 'print route must be a hash route');
      browser ??= start().catch((e: unknown) => {
        browser = undefined;
        throw e;
      });
      const b = await browser;
      const context = await b.newContext({ viewport: { width: 1280, height: 900 } });
      try {
        const page = await context.newPage();
        await page.goto(`${origin()}/${request.route}`, { waitUntil: 'load' });
        await page.waitForSelector(`html[${PRINT_READY_ATTRIBUTE}], html[${PRINT_ERROR_ATTRIBUTE}]`, {
          timeout: READY_TIMEOUT_MS,
          state: 'attached',
        });
        const failed = await page.evaluate(`document.documentElement.getAttribute('${PRINT_ERROR_ATTRIBUTE}')`);
        if (typeof failed === 'string') throw new Error(`print page failed: ${failed}`);
        return await page.pdf({
          preferCSSPageSize: true,
          printBackground: true,
          format: request.pageSize,
          landscape: request.landscape,
        });
      } finally {
        await context.close().catch(() => undefined);
      }
    },
    async close() {
      const b = browser;
      browser = undefined;
      if (b) await b.then((x) => x.close()).catch(() => undefined);
    },
  };
}

async function loadPlaywright(): Promise<Launcher> {
  // A computed specifier keeps bundlers from pulling playwright into a build that never prints this way.
  const name = 'playwright-core';
  const mod = (await import(name)) as { chromium: Launcher };
  return mod.chromium;
}
