import type { StudioEvent } from '../../../shared/api/contract';
import type { Result } from '../../../shared/api/errors';
import type { Backend, ExportedFileRecord } from '../../../electron/backend/types';

/** A tiny in-memory Backend for shell tests: records calls, echoes input, emits on demand. */
export function fakeBackend(files: Record<string, ExportedFileRecord> = {}) {
  const listeners = new Set<(e: StudioEvent) => void>();
  const calls: { method: string; input: unknown }[] = [];
  let closed = 0;
  const backend: Backend & {
    calls: typeof calls;
    emit(e: StudioEvent): void;
    listenerCount(): number;
    closedCount(): number;
  } = {
    calls,
    async dispatch(method, input): Promise<Result<unknown>> {
      calls.push({ method, input });
      if (method === 'boom') throw new Error('kaboom');
      return { ok: true, value: { method, input } };
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    exportedFile: (token) => files[token],
    async importPath(path) {
      return path.endsWith('.lapimurto')
        ? { ok: true, value: { id: 'w1' } }
        : {
            ok: false,
            error: { code: 'notAWorkshopFile', key: 'errors.file.notWorkshop', detail: 'file is not a database' },
          };
    },
    close() {
      closed++;
    },
    emit(e) {
      for (const l of listeners) l(e);
    },
    listenerCount: () => listeners.size,
    closedCount: () => closed,
  };
  return backend;
}
