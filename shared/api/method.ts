import type { z } from 'zod';

/** Declares one API method: its input and output schemas. */
export function m<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output };
}
