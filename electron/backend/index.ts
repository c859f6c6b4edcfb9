import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import type { StudioEvent } from '../../shared/api/contract';
import { HANDLERS } from './api/registry';
import { createDispatch, toApiError } from './api/dispatch';
import type { Ctx } from './api/handlers/types';
import { setNativeBinding } from './db/sqlite';
import { ExportRegistry } from './files/exports';
import { Library } from './library';
import { SettingsStore } from './settings';
import { PresentationStore } from './presentation/store';
import type { Backend, BackendOptions } from './types';

export type { Backend, BackendOptions, Platform } from './types';

/** The whole backend for one library folder: the same object serves Electron IPC, the HTTP host and tests. */
export function createBackend(options: BackendOptions): Backend {
  setNativeBinding(options.nativeBinding);
  const listeners = new Set<(e: StudioEvent) => void>();
  const library = new Library(options.dataDir);
  const exports = new ExportRegistry(library.exportsDir);
  const emit = (e: StudioEvent): void => {
    for (const l of listeners) {
      try {
        l(e);
      } catch {
        /* one broken listener must not stop the others */
      }
    }
  };
  const ctx: Ctx = {
    library,
    exports,
    settings: new SettingsStore(options.dataDir),
    options: { ...options, appVersion: options.appVersion ?? APP_VERSION },
    presentation: new PresentationStore(emit),
    emit,
  };
  const dispatch = createDispatch(HANDLERS, ctx);
  return {
    dispatch,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    exportedFile: (token) => exports.get(token),
    async importPath(path) {
      try {
        const s = await library.importBytes(path, readFileSync(path));
        ctx.emit({ type: 'library.changed' });
        return { ok: true, value: { id: s.id } };
      } catch (e) {
        return { ok: false, error: toApiError(e) };
      }
    },
    close: () => library.closeAll(),
  };
}

/** The version in package.json, read once (the backend runs from source in Node and bundled in Electron). */
const APP_VERSION: string = (() => {
  try {
    return (JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
})();
