import Database from 'better-sqlite3';

export type Db = Database.Database;

/** Which better-sqlite3 binary to load: Node's (tests, CLI, host) or one built for Electron's ABI. */
let nativeBinding: string | undefined;

export function setNativeBinding(path: string | undefined): void {
  nativeBinding = path;
}

/** Opens a SQLite file with the process-wide native binding. */
export function sqlite(path: string, options: Database.Options = {}): Db {
  return new Database(path, nativeBinding ? { ...options, nativeBinding } : options);
}
