import { AUDIENCE_HASH, AUDIENCE_PATH } from '../../../shared/presentation/audience';

/**
 * Is this page the projector's audience view? The browser host serves it at `/audience`; Electron loads
 * `index.html#/audience` in its own window (app:// has one entry file).
 */
export function isAudiencePage(loc: Pick<Location, 'pathname' | 'hash'> = location): boolean {
  return loc.pathname.replace(/\/+$/, '').endsWith(AUDIENCE_PATH) || loc.hash === AUDIENCE_HASH;
}
