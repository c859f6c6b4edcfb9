import { createClient, type Client } from '../../../shared/api/client';
import type { Input, Method, Output } from '../../../shared/api/contract';
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

/** Methods that change workshop data; the header shows "saving" while one is in flight. */
const SAVING_PREFIXES = ['round.', 'days.', 'teams.', 'members.', 'boards.', 'history.'];
function isSaving(method: Method): boolean {
  if (method === 'boards.get') return false;
  return method === 'workshop.rename' || method === 'workshop.mergeFile' || SAVING_PREFIXES.some((p) => method.startsWith(p));
}

/** The one typed call used by every screen. Throws ApiCallError on `{ok:false}`. */
export async function call<K extends Method>(method: K, input: Input<K>): Promise<Output<K>> {
  const saving = isSaving(method);
  if (saving) useSaving.getState().begin();
  try {
    return await client.call(method, input);
  } finally {
    if (saving) useSaving.getState().end();
  }
}
