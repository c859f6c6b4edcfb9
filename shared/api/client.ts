import type { Input, Method, Output } from './contract';
import type { ApiError } from './errors';
import type { Transport } from './transport';

/** A failed call, carrying the translated-message key. */
export class ApiCallError extends Error {
  constructor(public readonly error: ApiError) {
    super(error.detail ?? error.key);
    this.name = 'ApiCallError';
  }
}

export type Client = {
  call<K extends Method>(method: K, input: Input<K>): Promise<Output<K>>;
  transport: Transport;
};

/** The typed client: throws ApiCallError on `{ok:false}` so UI code reads straight. */
export function createClient(transport: Transport): Client {
  return {
    transport,
    async call(method, input) {
      const r = await transport.invoke(method, input);
      if (!r.ok) throw new ApiCallError(r.error);
      return r.value as Output<typeof method>;
    },
  };
}
