import type { WorkshopData } from '../domain/workshop-data';
import { PACKAGE_FORMAT, PACKAGE_VERSION, type WorkshopPackage } from './format';
import { stableStringify } from './stable-json';

export interface PackageStamp {
  /** The writing app's version, e.g. `0.1.0`. */
  appVersion: string;
  /** ISO 8601 time of writing; passed in so this stays pure and testable. */
  exportedAt: string;
}

/** Wraps a workshop in the versioned package envelope. */
export function toPackage(data: WorkshopData, stamp: PackageStamp): WorkshopPackage {
  return {
    format: PACKAGE_FORMAT,
    packageVersion: PACKAGE_VERSION,
    appVersion: stamp.appVersion,
    exportedAt: stamp.exportedAt,
    workshop: data,
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
