import { describe, expect, it, vi } from 'vitest';
import { CSP } from '../../../electron/backend/host/headers';
import {
  denyAllPermissions,
  guardAllWebContents,
  hardenWebContents,
  installCspHeaders,
  isAllowedExternal,
  withCspHeader,
  type SessionLike,
  type WebContentsLike,
} from '../../../electron/main/security';
import { APP_ORIGIN, isAppUrl, originOf } from '../../../electron/main/sender';

type Listener = (event: { preventDefault(): void }, ...args: unknown[]) => void;

function fakeContents() {
  const listeners = new Map<string, Listener[]>();
  let openHandler: ((d: { url: string }) => { action: string }) | undefined;
  const contents = {
    on(event: string, listener: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler(h: (d: { url: string }) => { action: string }) {
      openHandler = h;
    },
  };
  const fire = (event: string, ...args: unknown[]) => {
    let prevented = false;
    for (const l of listeners.get(event) ?? []) l({ preventDefault: () => (prevented = true) }, ...args);
    return prevented;
  };
  return { contents: contents as unknown as WebContentsLike, fire, open: (url: string) => openHandler!({ url }) };
}

describe('hardenWebContents', () => {
  it('blocks navigation away from the app and allows in-app navigation', () => {
    const c = fakeContents();
    hardenWebContents(c.contents, { appOrigin: APP_ORIGIN });
    expect(c.fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(c.fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(c.fire('will-navigate', 'javascript:alert(1)')).toBe(true);
    expect(c.fire('will-redirect', 'http://127.0.0.1:9/')).toBe(true);
    expect(c.fire('will-navigate', APP_ORIGIN + '/index.html?workshop=abc')).toBe(false);
  });

  it('denies every window.open and opens only allow-listed https links externally', () => {
    const opened: string[] = [];
    const c = fakeContents();
    hardenWebContents(c.contents, { appOrigin: APP_ORIGIN, openExternal: (u) => opened.push(u) });
    expect(c.open('https://thl.fi/fi/web/sote-uudistus')).toEqual({ action: 'deny' });
    expect(c.open('https://evil.example/')).toEqual({ action: 'deny' });
    expect(c.open('http://thl.fi/')).toEqual({ action: 'deny' });
    expect(c.open(APP_ORIGIN + '/index.html')).toEqual({ action: 'deny' });
    expect(c.open('file:///tmp/a')).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://thl.fi/fi/web/sote-uudistus']);
  });

  it('denies window.open without any external opener', () => {
    const c = fakeContents();
    hardenWebContents(c.contents, { appOrigin: APP_ORIGIN });
    expect(c.open('https://thl.fi/')).toEqual({ action: 'deny' });
  });

  it('refuses <webview> attachment', () => {
    const c = fakeContents();
    hardenWebContents(c.contents, { appOrigin: APP_ORIGIN });
    expect(c.fire('will-attach-webview', {}, {})).toBe(true);
  });

  it('hardens every webContents the app creates', () => {
    let created: ((e: unknown, c: WebContentsLike) => void) | undefined;
    guardAllWebContents(
      { on: (_e: string, l: (e: unknown, c: WebContentsLike) => void) => (created = l) },
      { appOrigin: APP_ORIGIN },
    );
    const c = fakeContents();
    created!({}, c.contents);
    expect(c.fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(c.open('https://evil.example/')).toEqual({ action: 'deny' });
  });
});

describe('sender and origin checks', () => {
  it('knows the app origin and rejects look-alikes', () => {
    expect(originOf('app://lapimurto/index.html')).toBe(APP_ORIGIN);
    expect(isAppUrl('app://lapimurto/assets/x.js', APP_ORIGIN)).toBe(true);
    expect(isAppUrl('app://lapimurto.evil/x', APP_ORIGIN)).toBe(false);
    expect(isAppUrl('app://other/x', APP_ORIGIN)).toBe(false);
    expect(isAppUrl('not a url', APP_ORIGIN)).toBe(false);
    expect(isAppUrl('http://localhost:5173/x', 'http://localhost:5173')).toBe(true);
    expect(isAllowedExternal('https://user:pw@thl.fi/')).toBe(false);
  });
});

describe('session hardening', () => {
  function fakeSession() {
    let request: ((wc: unknown, p: string, cb: (g: boolean) => void) => void) | null = null;
    let check: ((wc: unknown, p: string) => boolean) | null = null;
    let headers: Parameters<SessionLike['webRequest']['onHeadersReceived']>[0] | undefined;
    const session: SessionLike = {
      setPermissionRequestHandler: (h) => (request = h),
      setPermissionCheckHandler: (h) => (check = h),
      webRequest: { onHeadersReceived: (l) => (headers = l) },
    };
    return { session, request: () => request!, check: () => check!, headers: () => headers! };
  }

  it('denies all permission requests and checks', () => {
    const s = fakeSession();
    denyAllPermissions(s.session);
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const cb = vi.fn();
      s.request()({}, p, cb);
      expect(cb).toHaveBeenCalledWith(false);
      expect(s.check()({}, p)).toBe(false);
    }
  });

  it('replaces any CSP header with ours', () => {
    const s = fakeSession();
    installCspHeaders(s.session);
    let out: Record<string, string[]> | undefined;
    s.headers()(
      {
        url: 'app://lapimurto/index.html',
        responseHeaders: { 'content-security-policy': ['default-src *'], 'X-Other': ['1'] },
      },
      (r) => (out = r.responseHeaders),
    );
    expect(out!['Content-Security-Policy']).toEqual([CSP]);
    expect(out!['content-security-policy']).toBeUndefined();
    expect(out!['X-Other']).toEqual(['1']);
    expect(withCspHeader(undefined)['Content-Security-Policy']).toEqual([CSP]);
  });

  it('leaves the dev server alone when told to', () => {
    const s = fakeSession();
    installCspHeaders(s.session, (url) => url.startsWith('http://localhost:5173'));
    let out: Record<string, string[]> | undefined;
    s.headers()({ url: 'http://localhost:5173/', responseHeaders: { a: ['b'] } }, (r) => (out = r.responseHeaders));
    expect(out).toEqual({ a: ['b'] });
  });

  it('CSP is the renderer policy', () => {
    expect(CSP).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });
});
