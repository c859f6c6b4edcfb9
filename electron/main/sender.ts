/** The app's own origin when the renderer is served by the `app://` protocol (see protocol.ts). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'lapimurto';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** The origin of a URL, with a stable answer for custom schemes (`new URL('app://x/').origin` is "null" in Node). */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed.origin;
  if (parsed.protocol === `${APP_SCHEME}:`) return `${APP_SCHEME}://${parsed.host}`;
  return null;
}

/** True when `url` is a page of the app itself (same origin as `appOrigin`). */
export function isAppUrl(url: string, appOrigin: string): boolean {
  const origin = originOf(url);
  return origin !== null && origin === appOrigin;
}

/** The parts of Electron's `WebFrameMain` the check reads. */
export interface FrameLike {
  url: string;
  /** Present on WebFrameMain; a sub-frame has a parent. */
  parent?: unknown;
}

/**
 * draw.io desktop's `validateSender`: only our own top-level page may call the backend. Rejects missing frames
 * (destroyed or navigated away), sub-frames, and any URL outside the app origin — file://, other sites, about:blank.
 */
export function isTrustedSender(frame: FrameLike | null | undefined, appOrigin: string): boolean {
  if (!frame) return false;
  if (frame.parent) return false;
  return isAppUrl(frame.url, appOrigin);
}
