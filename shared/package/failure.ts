import { ApiFailure, type ErrorCode } from '../api/errors';
import type { PackageErrorKey, ParsePackageResult } from './format';

const CODE: Record<PackageErrorKey, ErrorCode> = {
  'errors.file.notWorkshop': 'notAWorkshopFile',
  'errors.package.newerVersion': 'newerVersion',
  'errors.package.invalid': 'corruptFile',
};

/** The API error for a refused package, ready to throw from a handler. */
export function packageFailure(result: Extract<ParsePackageResult, { ok: false }>): ApiFailure {
  const detail = typeof result.params.detail === 'string' ? result.params.detail : undefined;
  return new ApiFailure(CODE[result.key], result.key, result.params, detail);
}
