import type { WorkshopData } from '../../../shared/domain/workshop-data';
import { parsePackage } from '../../../shared/package/parse';
import { packageFailure } from '../../../shared/package/failure';

/** Parses a JSON workshop package or throws the translated reason. */
export function parsePackageText(text: string): WorkshopData {
  const r = parsePackage(text);
  if (!r.ok) throw packageFailure(r);
  return r.data;
}
