import { z } from 'zod';
import type { TranslationKey } from '../i18n/keys';

/** The clipboard format the app writes beside plain text; readers refuse a newer `version` with a message. */
export const CLIPBOARD_MIME = 'application/x-lapimurto+json';
export const CLIPBOARD_VERSION = 1;

const Envelope = z.object({
  app: z.literal('lapimurtostudio'),
  version: z.number().int().min(1),
  kind: z.string().max(60),
});

/** The envelope every board's payload starts with. */
export function clipEnvelope<K extends string>(kind: K) {
  return { app: 'lapimurtostudio' as const, version: CLIPBOARD_VERSION as typeof CLIPBOARD_VERSION, kind };
}

/** A board kind's payload schema: the envelope plus the kind's own fields. */
export function clipSchema<K extends string, S extends z.ZodRawShape>(kind: K, shape: S) {
  return z.object({
    app: z.literal('lapimurtostudio'),
    version: z.literal(CLIPBOARD_VERSION),
    kind: z.literal(kind),
    ...shape,
  });
}

export type ReadBoardClip<T> = { ok: true; clip: T } | { ok: false; key: TranslationKey };

/**
 * Reads the app's clipboard JSON for board kind `kind`: a newer version, another kind or garbage get a message key
 * (another kind's plain-text lines are still pasteable: the caller falls back to them).
 */
export function readBoardClip<T>(raw: string, kind: string, schema: z.ZodType<T>): ReadBoardClip<T> {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, key: 'boardKit.clipboard.invalid' };
  }
  const env = Envelope.safeParse(json);
  if (!env.success) return { ok: false, key: 'boardKit.clipboard.invalid' };
  if (env.data.version > CLIPBOARD_VERSION) return { ok: false, key: 'boardKit.clipboard.newerVersion' };
  if (env.data.kind !== kind) return { ok: false, key: 'boardKit.clipboard.otherKind' };
  const clip = schema.safeParse(json);
  return clip.success ? { ok: true, clip: clip.data } : { ok: false, key: 'boardKit.clipboard.invalid' };
}
