import { z } from 'zod';
import { WorkshopData } from '../domain/workshop-data';

/** The `format` marker every workshop package carries; anything else is not a package. */
export const PACKAGE_FORMAT = 'lapimurtostudio.workshop-package';

/**
 * Version of the envelope and of the entity shapes inside `workshop`. Bump it (and add a step to
 * `PACKAGE_MIGRATIONS` in parse.ts) when a field is renamed or its meaning changes, or when a new field holds data
 * an older app would silently drop on import; board documents version themselves per kind and do not bump this.
 * Version 2 added the workshop day's records (galleryNotes, dayFeedback, agendaLog); version 3 the teams' own
 * toimintamalli texts (innokylaTexts).
 */
export const PACKAGE_VERSION = 3;

/**
 * The oldest version that can carry a workshop: a package is written with it, so an older app still opens every
 * package it would read in full, and refuses (with errors.package.newerVersion) one whose day records it would lose.
 */
export const OLDEST_PACKAGE_VERSION_FOR = { plain: 1, dayRecords: 2, innokylaTexts: 3 } as const;

/** The JSON envelope around a workshop: what `toPackage` builds and `parsePackage` accepts (at the current version). */
export const WorkshopPackage = z.object({
  format: z.literal(PACKAGE_FORMAT),
  packageVersion: z.number().int().min(1),
  /** Version of the app that wrote the file (informational; never used to decide compatibility). */
  appVersion: z.string().max(50),
  /** When the file was written, ISO 8601. */
  exportedAt: z.string().max(40),
  workshop: WorkshopData,
});
export type WorkshopPackage = z.infer<typeof WorkshopPackage>;

/** Something import noticed but did not refuse; an i18n key with parameters, shown after import. */
export interface PackageWarning {
  key: string;
  params: Record<string, string | number>;
}

/** The three ways a package is refused; each maps to an API error code. */
export type PackageErrorKey = 'errors.file.notWorkshop' | 'errors.package.newerVersion' | 'errors.package.invalid';

export type ParsePackageResult =
  | { ok: true; data: WorkshopData; warnings: PackageWarning[] }
  | { ok: false; key: PackageErrorKey; params: Record<string, string | number> };
