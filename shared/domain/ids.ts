import { z } from 'zod';

/** Entity ids are UUID-like strings; created by whoever issues the command so that optimistic edits line up. */
export const Id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'invalid id');
export type Id = z.infer<typeof Id>;

/** A new random id (Web Crypto exists in Node 20 and Chromium alike). */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}
