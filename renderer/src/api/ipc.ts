import type { StudioBridge, Transport } from '../../../shared/api/transport';

/** Electron: the preload's bridge already speaks the transport shape. */
export function ipcTransport(bridge: StudioBridge): Transport {
  return {
    invoke: (method, input) => bridge.invoke(method, input),
    onEvent: (listener) => bridge.onEvent(listener),
  };
}
