import { hasDayRecords, type WorkshopData } from '../domain/workshop-data';
import { feedbackPackageOrder } from '../analysis/day-feedback';
import { OLDEST_PACKAGE_VERSION_FOR, PACKAGE_FORMAT, type WorkshopPackage } from './format';
import { stableStringify } from './stable-json';

export interface PackageStamp {
  /** The writing app's version, e.g. `0.1.0`. */
  appVersion: string;
  /** ISO 8601 time of writing; passed in so this stays pure and testable. */
  exportedAt: string;
}

/**
 * Wraps a workshop in the versioned package envelope, with the oldest package version that carries it (1 without
 * day records, 2 with them, 3 with the teams' toimintamalli texts). Day feedback is written in content order whatever order it comes in, so the file
 * never tells in which order people answered.
 */
export function toPackage(data: WorkshopData, stamp: PackageStamp): WorkshopPackage {
  const version =
    (data.innokylaTexts?.length ?? 0) > 0
      ? OLDEST_PACKAGE_VERSION_FOR.innokylaTexts
      : hasDayRecords(data)
        ? OLDEST_PACKAGE_VERSION_FOR.dayRecords
        : OLDEST_PACKAGE_VERSION_FOR.plain;
  return {
    format: PACKAGE_FORMAT,
    packageVersion: version,
    appVersion: stamp.appVersion,
    exportedAt: stamp.exportedAt,
    workshop: data.dayFeedback ? { ...data, dayFeedback: feedbackPackageOrder(data.dayFeedback) } : data,
  };
}

/** The package as text: stable key order, pretty-printed, newline-terminated. Write it as UTF-8. */
export function serializePackage(pkg: WorkshopPackage): string {
  return stableStringify(pkg);
}

/**
 * The package as UTF-8 bytes. Safe for any string content: JSON escapes lone surrogates, so encoding never
 * replaces a character.
 */
export function packageBytes(pkg: WorkshopPackage): Uint8Array {
  return new TextEncoder().encode(serializePackage(pkg));
}
