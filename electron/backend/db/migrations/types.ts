import type { Db } from '../sqlite';

/** One schema step; `up` runs inside a transaction that also sets user_version. */
export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}
