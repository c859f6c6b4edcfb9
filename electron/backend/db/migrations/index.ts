import { m0001 } from './0001-initial';
import { m0002 } from './0002-workshop-day';
import { m0003 } from './0003-innokyla';
import type { Migration } from './types';

/** All migrations in order; `version` must equal the position + 1. */
export const MIGRATIONS: readonly Migration[] = [m0001, m0002, m0003];
export const LATEST_VERSION = MIGRATIONS.length;
export type { Migration };
