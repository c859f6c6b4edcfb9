import { m0001 } from './0001-initial';
import type { Migration } from './types';

/** All migrations in order; `version` must equal the position + 1. */
export const MIGRATIONS: readonly Migration[] = [m0001];
export const LATEST_VERSION = MIGRATIONS.length;
export type { Migration };
