import { createClient, type Client } from '../../../shared/api/client';
import type { Input, Method, Output } from '../../../shared/api/contract';
import { changesWorkshop } from '../../../shared/api/changes-workshop';
import type { Transport } from '../../../shared/api/transport';
import { ipcTransport } from './ipc';
import { httpTransport } from './http';
import { useSaving } from './saving';
import { currentEditKey, trackSave } from './edit-session';
import { trackWrite } from './writes';

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

/** Methods whose saves from one field edit merge into one undo step (see `collectSaves`). */
const COALESCING = new Set<Method>([
  'round.update',
  'days.update',
  'days.setAgenda',
  'teams.update',
  'members.update',
  'boards.apply',
  'innokyla.setText',
]);

/** The one typed call used by every screen. Throws ApiCallError on `{ok:false}`. */
export function call<K extends Method>(method: K, input: Input<K>): Promise<Output<K>> {
  // The header shows "saving" while a call that writes the workshop is in flight (the flag is in the contract).
  const saving = changesWorkshop(method);
  const key = saving ? currentEditKey() : null;
  const sent =
    key && COALESCING.has(method) && !('coalesce' in (input as object))
      ? ({ ...input, coalesce: key } as Input<K>)
      : input;
  if (saving) useSaving.getState().begin();
  const run = client.call(method, sent).finally(() => {
    if (saving) useSaving.getState().end();
  });
  if (key) trackSave(run);
  if (saving) trackWrite(run);
  return run;
}
