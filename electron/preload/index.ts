/**
 * The sandboxed preload: exposes `window.studio = { invoke, onEvent }` and nothing else. Never exposes ipcRenderer.
 * Only two channels exist; main re-checks the sender and the method name against the contract.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { StudioBridge } from '../../shared/api/transport';
import type { StudioEvent } from '../../shared/api/contract';
import type { Result } from '../../shared/api/errors';
import { looksLikeMethod } from './method-name';

const INVOKE_CHANNEL = 'studio:invoke';
const EVENT_CHANNEL = 'studio:event';

function invalid(detail: string): Result<never> {
  return { ok: false, error: { code: 'invalidInput', key: 'errors.code.invalidInput', detail } };
}

const bridge: StudioBridge = {
  invoke(method: string, input: unknown): Promise<Result<unknown>> {
    if (!looksLikeMethod(method)) {
      return Promise.resolve(invalid('method must be a contract method name'));
    }
    return ipcRenderer.invoke(INVOKE_CHANNEL, method, input) as Promise<Result<unknown>>;
  },
  onEvent(listener: (event: StudioEvent) => void): () => void {
    if (typeof listener !== 'function') throw new TypeError('listener must be a function');
    // The wrapper drops the IpcRendererEvent, which would otherwise hand the page a `sender` (ipcRenderer).
    const wrapped = (_event: IpcRendererEvent, payload: StudioEvent) => listener(payload);
    ipcRenderer.on(EVENT_CHANNEL, wrapped);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('studio', bridge);
