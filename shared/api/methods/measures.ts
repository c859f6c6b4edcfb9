import { z } from 'zod';
import { m } from '../method';
import { LIMITS } from '../../domain/limits';
import { MeasurePoint, Period } from '../../boards/measures/model';
import { FREQUENCIES } from '../../boards/measures/periods';

/** Largest spreadsheet the measures import reads (a weekly measure over ten years is a few kilobytes). */
export const MEASURES_IMPORT_MAX_BYTES = 20 * 1024 * 1024;

export const ImportRowErrorSchema = z.object({
  row: z.number().int(),
  key: z.enum([
    'badDate',
    'notNumber',
    'noValue',
    'duplicate',
    'zeroDenominator',
    'noPeriodColumn',
    'noRows',
    'tooManyRows',
  ]),
  detail: z.string(),
});

export const measuresMethods = {
  /**
   * Reads an .xlsx or .csv file into measure points without writing anything: a preview and per-row errors. The
   * spreadsheet is parsed in a worker thread with a memory cap and a timeout.
   */
  'measures.parseImport': m(
    z.object({
      fileName: z.string().max(255),
      // Larger files get a clear "too large" from the handler rather than a generic validation error.
      dataBase64: z.string().max(Math.ceil((LIMITS.importBytes * 4) / 3) + 8),
      frequency: z.enum(FREQUENCIES),
      isRate: z.boolean(),
      existingPeriods: z.array(Period).max(1000),
    }),
    z.object({
      sheetName: z.string(),
      points: z.array(MeasurePoint),
      preview: z.array(
        z.object({
          row: z.number().int(),
          period: Period,
          value: z.number().nullable(),
          denominator: z.number().nullable(),
          note: z.string(),
          replaces: z.boolean(),
        }),
      ),
      errors: z.array(ImportRowErrorSchema),
      skippedEmpty: z.number().int(),
      replaced: z.number().int(),
    }),
  ),
} as const;
