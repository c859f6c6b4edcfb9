import { CSP } from '../backend/host/headers';
import { isAppUrl } from './sender';

/** Hosts whose https links may open in the user's browser (from help texts); everything else is just denied. */
export const EXTERNAL_HOSTS: readonly string[] = ['thl.fi', 'www.thl.fi', 'innokyla.fi', 'www.innokyla.fi'];

export function isAllowedExternal(url: string, hosts: readonly string[] = EXTERNAL_HOSTS): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && u.username === '' && u.password === '' && hosts.includes(u.hostname);
  } catch {
    return false;
  }
}

type PreventableEvent = { preventDefault(): void };

/** The slice of `webContents` hardened here. */
export interface WebContentsLike {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent, ...rest: unknown[]) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' } | { action: 'allow' }): void;
}

export interface HardenOptions {
  appOrigin: string;
  /** `shell.openExternal`; when absent, no link leaves the app. */
  openExternal?: (url: string) => unknown;
}

/**
 * Locks a webContents to the app: navigation and redirects only within the app origin, no new windows (allow-listed
 * https links go to the system browser), no <webview>.
 */
export function hardenWebContents(contents: WebContentsLike, options: HardenOptions): void {
  const guard = (event: PreventableEvent, url: string) => {
    if (!isAppUrl(url, options.appOrigin)) event.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (options.openExternal && isAllowedExternal(url))
      void Promise.resolve(options.openExternal(url)).catch(() => undefined);
    return { action: 'deny' };
  });
}

/** Hardens every webContents ever created (devtools, stray frames), not only the windows we open. */
export function guardAllWebContents(
  app: { on(event: 'web-contents-created', listener: (event: unknown, contents: WebContentsLike) => void): unknown },
  options: HardenOptions,
): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, options));
}

/** The slice of Electron's `Session` configured here. */
export interface SessionLike {
  setPermissionRequestHandler(
    handler:
      ((wc: unknown, permission: string, callback: (granted: boolean) => void, details?: unknown) => void) | null,
  ): void;
  setPermissionCheckHandler(handler: ((wc: unknown, permission: string, ...rest: unknown[]) => boolean) | null): void;
  webRequest: {
    onHeadersReceived(
      listener: (
        details: { url: string; responseHeaders?: Record<string, string[]> },
        callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
      ) => void,
    ): void;
  };
}

/** Camera, microphone, notifications, geolocation…: the app needs none, so every request is denied. */
export function denyAllPermissions(session: SessionLike): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** Response headers with our CSP in place of any the server sent (header names compared case-insensitively). */
export function withCspHeader(headers: Record<string, string[]> | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(headers ?? {})) {
    if (k.toLowerCase() !== 'content-security-policy') out[k] = v;
  }
  out['Content-Security-Policy'] = [CSP];
  out['X-Content-Type-Options'] = ['nosniff'];
  return out;
}

/**
 * Adds the CSP header to every response the session receives. `skip` lets the electron-vite dev server (whose
 * React refresh preamble is an inline script) through in development only.
 */
export function installCspHeaders(session: SessionLike, skip: (url: string) => boolean = () => false): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    if (skip(details.url)) callback({ responseHeaders: details.responseHeaders ?? {} });
    else callback({ responseHeaders: withCspHeader(details.responseHeaders) });
  });
}
