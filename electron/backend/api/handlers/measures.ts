import { ApiFailure, type ErrorCode } from '../../../../shared/api/errors';
import { MEASURES_IMPORT_MAX_BYTES } from '../../../../shared/api/methods/measures';
import { parseImportRows } from '../../../../shared/boards/measures/import';
import { readSheet } from '../../measures/read-sheet';
import { defineHandlers } from './types';

const REASON_KEY = {
  memory: 'measures.import.errors.tooComplex',
  timeout: 'measures.import.errors.tooComplex',
  tooComplex: 'measures.import.errors.tooComplex',
  busy: 'measures.import.errors.busy',
  unreadable: 'measures.import.errors.unreadable',
  unsupported: 'measures.import.errors.unsupported',
} as const;

const ERROR_CODE: Partial<Record<keyof typeof REASON_KEY, ErrorCode>> = {
  unsupported: 'invalidInput',
  busy: 'conflict',
};

export const measuresHandlers = defineHandlers({
  'measures.parseImport': async ({ dataBase64, frequency, isRate, existingPeriods }) => {
    const bytes = Buffer.from(dataBase64, 'base64');
    if (bytes.length > MEASURES_IMPORT_MAX_BYTES)
      throw new ApiFailure('tooLarge', 'measures.import.errors.tooLarge', {
        mb: MEASURES_IMPORT_MAX_BYTES / 1024 / 1024,
      });
    if (bytes.length === 0) throw new ApiFailure('invalidInput', 'errors.file.empty');
    const sheet = await readSheet(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length));
    if (!sheet.ok) throw new ApiFailure(ERROR_CODE[sheet.reason] ?? 'io', REASON_KEY[sheet.reason], {}, sheet.detail);
    const parsed = parseImportRows(sheet.rows, { frequency, isRate, existing: new Set(existingPeriods) });
    return { sheetName: sheet.sheetName, ...parsed, preview: parsed.preview.slice(0, 500) };
  },
});
