import { z } from 'zod';

/** Error codes crossing the API boundary; each has a translated message under `errors.code.<code>`. */
export const ERROR_CODES = [
  'invalidInput',
  'notFound',
  'unknownMethod',
  'conflict',
  'corruptFile',
  'notAWorkshopFile',
  'newerVersion',
  'boardCommand',
  'tooLarge',
  'io',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const ApiErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  /** i18n key of the human message; the renderer translates it with `params`. */
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  /** English detail for logs and the CLI; never shown instead of the translated message. */
  detail: z.string().optional(),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown by handlers to return a typed error; dispatch turns it into `{ok:false}`. */
export class ApiFailure extends Error {
  constructor(
    public readonly code: ErrorCode,
    public readonly key: string = `errors.code.${code}`,
    public readonly params?: Record<string, string | number>,
    detail?: string,
  ) {
    super(detail ?? key);
    this.name = 'ApiFailure';
  }
  toError(): ApiError {
    return { code: this.code, key: this.key, params: this.params, detail: this.message };
  }
}
