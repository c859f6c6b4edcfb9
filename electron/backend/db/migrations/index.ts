import { m0001 } from './0001-initial';
import { m0002 } from './0002-workshop-day';
import type { Migration } from './types';

/** All migrations in order; `version` must equal the position + 1. */
export const MIGRATIONS: readonly Migration[] = [m0001, m0002];
export const LATEST_VERSION = MIGRATIONS.length;
export type { Migration };
