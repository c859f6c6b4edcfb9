import { createClient, type Client } from '../../../shared/api/client';
import { changesWorkshop, type Input, type Method, type Output } from '../../../shared/api/contract';
import type { Transport } from '../../../shared/api/transport';
import { ipcTransport } from './ipc';
import { httpTransport } from './http';
import { useSaving } from './saving';

function pickTransport(): Transport {
  return typeof window !== 'undefined' && window.studio ? ipcTransport(window.studio) : httpTransport();
}

let client: Client = createClient(pickTransport());

/** Tests swap in an in-process transport. */
export function setTransport(t: Transport): void {
  client = createClient(t);
}

export function transport(): Transport {
  return client.transport;
}

/** The one typed call used by every screen. Throws ApiCallError on `{ok:false}`. */
export async function call<K extends Method>(method: K, input: Input<K>): Promise<Output<K>> {
  // The header shows "saving" while a call that writes the workshop is in flight (the flag is in the contract).
  const saving = changesWorkshop(method);
  if (saving) useSaving.getState().begin();
  try {
    return await client.call(method, input);
  } finally {
    if (saving) useSaving.getState().end();
  }
}
