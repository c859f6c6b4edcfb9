import { ApiFailure } from '../../../shared/api/errors';
import type { WorkshopData } from '../../../shared/domain/workshop-data';
import { parsePackage } from '../../../shared/package/parse';

/** Parses a JSON workshop package or throws the translated reason. */
export function parsePackageText(text: string): WorkshopData {
  const r = parsePackage(text);
  if (!r.ok) throw new ApiFailure(r.key === 'errors.package.newerVersion' ? 'newerVersion' : r.key === 'errors.file.notWorkshop' ? 'notAWorkshopFile' : 'invalidInput', r.key, r.params);
  return r.data;
}
