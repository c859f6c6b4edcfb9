import { readFile } from 'node:fs/promises';
import { SECURITY_HEADERS } from '../backend/host/headers';
import { mimeType, resolveStaticPath } from '../backend/host/static-files';
import { APP_HOST, APP_SCHEME } from './sender';

/** Registered before `ready` as standard + secure, so the app has a real origin for CSP 'self' and the sender check. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
} as const;

/**
 * The `app://lapimurto/...` handler for `protocol.handle`: files from the built renderer only (same traversal rules as
 * the Node host), with the CSP and MIME type set here rather than guessed.
 */
export function createAppProtocolHandler(rendererDir: string, read: (path: string) => Promise<Uint8Array> = readFile) {
  return async (request: { url: string; method?: string }): Promise<Response> => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return new Response('Bad request', { status: 400 });
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return new Response('Not found', { status: 404 });
    if (request.method && request.method !== 'GET' && request.method !== 'HEAD')
      return new Response('Method not allowed', { status: 405 });
    const file = resolveStaticPath(rendererDir, url.pathname);
    if (!file) return new Response('Not found', { status: 404, headers: { ...SECURITY_HEADERS } });
    try {
      const body = await read(file);
      return new Response(new Uint8Array(body), {
        status: 200,
        headers: { ...SECURITY_HEADERS, 'Content-Type': mimeType(file) },
      });
    } catch {
      return new Response('Not found', { status: 404, headers: { ...SECURITY_HEADERS } });
    }
  };
}
