import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend, type Backend } from '../../electron/backend';
import { ApiCallError, createClient, type Client } from '../../shared/api/client';
import type { ApiError } from '../../shared/api/errors';
import type { Transport } from '../../shared/api/transport';
import type { StudioEvent } from '../../shared/api/contract';

export interface TestBackend {
  backend: Backend;
  client: Client;
  dataDir: string;
  events: StudioEvent[];
  /** Closes and opens the backend on the same folder, as a restart would. */
  restart(): TestBackend;
  dispose(): void;
}

/** The in-process transport: the same dispatch the shells use, against real SQLite files in a temp folder. */
export function inProcessTransport(backend: Backend): Transport {
  return {
    invoke: (method, input) => backend.dispatch(method, structuredClone(input)),
    onEvent: (l) => backend.onEvent(l),
  };
}

export function makeTempDir(prefix = 'lapimurto-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function startTestBackend(dataDir = makeTempDir()): TestBackend {
  const backend = createBackend({
    dataDir,
    shell: 'test',
    platform: { saveFile: async ({ tempPath }) => ({ kind: 'saved', path: tempPath }) },
  });
  const events: StudioEvent[] = [];
  backend.onEvent((e) => events.push(e));
  const client = createClient(inProcessTransport(backend));
  const self: TestBackend = {
    backend,
    client,
    dataDir,
    events,
    restart() {
      backend.close();
      return startTestBackend(dataDir);
    },
    dispose() {
      backend.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return self;
}

/** The API error a call fails with; fails the test when the call succeeds or throws anything else. */
export async function apiError(call: Promise<unknown>): Promise<ApiError> {
  try {
    await call;
  } catch (e) {
    if (e instanceof ApiCallError) return e.error;
    throw e;
  }
  throw new Error('expected the call to fail');
}
