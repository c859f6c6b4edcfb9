import { ZodError } from 'zod';
import { contract, isMethod } from '../../../shared/api/contract';
import { ApiFailure, type ApiError, type Result } from '../../../shared/api/errors';
import { BoardCommandError } from '../../../shared/boards/types';
import type { Ctx, Handlers } from './handlers/types';

function fromZod(e: ZodError): ApiError {
  const issue = e.issues[0];
  const field = issue?.path.join('.') || '(input)';
  return {
    code: 'invalidInput',
    key: 'errors.invalidInput',
    params: { field, issue: issue?.message ?? '' },
    detail: e.message,
  };
}

/** Any thrown value as a typed API error; unknown faults become `internal` with the message kept for logs. */
export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiFailure) return e.toError();
  if (e instanceof ZodError) return fromZod(e);
  if (e instanceof BoardCommandError) return { code: 'boardCommand', key: e.key, params: e.params };
  const err = e as { code?: unknown; message?: unknown };
  const code = typeof err?.code === 'string' ? err.code : '';
  const detail = typeof err?.message === 'string' ? err.message : String(e);
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB')
    return { code: 'corruptFile', key: 'errors.file.corrupt', detail };
  if (/^(E[A-Z]+|SQLITE_(FULL|IOERR|CANTOPEN|READONLY|BUSY)).*/.test(code))
    return { code: 'io', key: 'errors.io', params: { detail: code }, detail };
  return { code: 'internal', key: 'errors.code.internal', detail };
}

/** validate → handler → validated output; never throws. */
export function createDispatch(handlers: Handlers, ctx: Ctx) {
  return async function dispatch(method: string, input: unknown): Promise<Result<unknown>> {
    if (typeof method !== 'string' || !isMethod(method)) {
      return { ok: false, error: { code: 'unknownMethod', key: 'errors.code.unknownMethod', detail: String(method) } };
    }
    const spec = contract[method];
    const parsed = spec.input.safeParse(input ?? {});
    if (!parsed.success) return { ok: false, error: fromZod(parsed.error) };
    try {
      const handler = handlers[method] as (i: unknown, c: Ctx) => unknown;
      const value = await handler(parsed.data, ctx);
      const out = spec.output.safeParse(value);
      if (!out.success) {
        return {
          ok: false,
          error: { code: 'internal', key: 'errors.code.internal', detail: `output of ${method}: ${out.error.message}` },
        };
      }
      return { ok: true, value: out.data };
    } catch (e) {
      return { ok: false, error: toApiError(e) };
    }
  };
}
