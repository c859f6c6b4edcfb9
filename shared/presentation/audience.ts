/** The browser host's page for the projector (the host serves the app there; the page picks the audience view). */
export const AUDIENCE_PATH = '/audience';
/** Electron's audience window: app:// has one entry file, so the audience view is chosen by this hash. */
export const AUDIENCE_HASH = '#/audience';
