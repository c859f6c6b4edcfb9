import { rmSync } from 'node:fs';
import { ApiFailure } from '../../../shared/api/errors';
import { inspectWorkshopFile } from '../db/open';
import { migrate } from '../db/migrate';
import { sqlite, type Db } from '../db/sqlite';
import type { WorkshopData } from '../../../shared/domain/workshop-data';
import { checkWorkshopData } from '../../../shared/package/parse';
import type { WorkshopStore } from '../workshop/store';

/**
 * Imported workshop files are rebuilt, never trusted: a fresh database is made by the app's own migrations at the
 * incoming file's version and the rows of the app's tables are copied into it from the incoming file, opened
 * read-only with `trusted_schema=OFF` (only SELECTs from real tables run, so no trigger, view or function in the
 * file ever executes). Whatever else the file held (tables, triggers, views, indexes) is left behind and counted.
 */

interface SchemaObject {
  type: string;
  name: string;
  sql: string | null;
}

/** The file's schema objects, without SQLite's own (sqlite_sequence, sqlite_autoindex_…). */
export function schemaObjects(db: Db): SchemaObject[] {
  return db
    .prepare(
      "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name",
    )
    .all() as SchemaObject[];
}

const normalSql = (sql: string | null): string => (sql ?? '').replace(/\s+/g, ' ').trim();
const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;

function columnsOf(db: Db, table: string): string[] {
  return (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map((c) => c.name);
}

function incomplete(what: string): ApiFailure {
  return new ApiFailure('corruptFile', 'errors.file.incomplete', undefined, `the file has no ${what}`);
}

/**
 * Writes a rebuilt copy of the workshop file `source` to `target` (a new path) at the source's schema version, and
 * returns how many of the source's schema objects were not the app's and were left out.
 */
export async function rebuildWorkshopFile(source: string, target: string): Promise<{ removedObjects: number }> {
  const { version } = inspectWorkshopFile(source);
  const from = sqlite(source, { readonly: true, fileMustExist: true });
  let to: Db | undefined;
  try {
    from.pragma('trusted_schema = OFF');
    const incoming = schemaObjects(from);
    rmSync(target, { force: true });
    to = sqlite(target);
    // Foreign keys stay off while copying (rows arrive table by table); orphans are dropped below.
    to.pragma('foreign_keys = OFF');
    await migrate(to, { target: version });
    const own = schemaObjects(to);
    const ownKey = new Map(own.map((o) => [`${o.type}:${o.name}`, normalSql(o.sql)]));
    const removedObjects = incoming.filter((o) => {
      const sql = ownKey.get(`${o.type}:${o.name}`);
      // A table of the app's with a different definition still gives its rows; anything else must match exactly.
      return sql === undefined || (o.type !== 'table' && sql !== normalSql(o.sql));
    }).length;
    const tables = own.filter((o) => o.type === 'table');
    const copy = to.transaction(() => {
      for (const { name } of tables) {
        if (!incoming.some((o) => o.type === 'table' && o.name === name)) throw incomplete(`table ${name}`);
        const cols = columnsOf(to!, name);
        const have = new Set(columnsOf(from, name));
        const missing = cols.find((c) => !have.has(c));
        if (missing) throw incomplete(`column ${name}.${missing}`);
        const list = cols.map(quote).join(', ');
        // Migration 1 seeds the round's row; the incoming row replaces it.
        to!.prepare(`DELETE FROM ${quote(name)}`).run();
        const insert = to!.prepare(`INSERT INTO ${quote(name)} (${list}) VALUES (${cols.map(() => '?').join(', ')})`);
        for (const row of from
          .prepare(`SELECT ${list} FROM main.${quote(name)}`)
          .raw()
          .iterate())
          insert.run(row as unknown[]);
      }
      // Rows pointing at a missing team could never be shown or deleted; they are not carried over.
      for (const v of to!.prepare('PRAGMA foreign_key_check').all() as { table: string; rowid: number }[]) {
        to!.prepare(`DELETE FROM ${quote(v.table)} WHERE rowid = ?`).run(v.rowid);
      }
    });
    copy();
    to.pragma('journal_mode = DELETE');
    return { removedObjects };
  } catch (e) {
    if (e instanceof ApiFailure) throw e;
    throw new ApiFailure('corruptFile', 'errors.file.corrupt', undefined, (e as Error).message);
  } finally {
    from.close();
    to?.close();
  }
}

/** Throws unless the database holds exactly the schema the app's migrations create (same objects, same SQL). */
export async function verifyAppSchema(db: Db): Promise<void> {
  const fresh = sqlite(':memory:');
  try {
    await migrate(fresh, { target: db.pragma('user_version', { simple: true }) as number });
    const show = (list: SchemaObject[]) => list.map((o) => `${o.type}:${o.name}:${normalSql(o.sql)}`).join('\n');
    if (show(schemaObjects(db)) !== show(schemaObjects(fresh))) {
      throw new ApiFailure(
        'corruptFile',
        'errors.file.corrupt',
        undefined,
        'schema differs from the app schema after rebuild',
      );
    }
  } finally {
    fresh.close();
  }
}

/**
 * The rebuilt file's contents, checked as a package's are (nesting, schema, references, board documents): a file
 * written by hand or by another tool gets a translated reason instead of failing later in some screen.
 */
export function checkedFileData(store: WorkshopStore): WorkshopData {
  let data: WorkshopData;
  try {
    data = store.data();
  } catch (e) {
    throw new ApiFailure('corruptFile', 'errors.file.corrupt', undefined, (e as Error).message);
  }
  const r = checkWorkshopData(data);
  if (!r.ok) {
    const detail = typeof r.params.detail === 'string' ? r.params.detail : r.key;
    throw new ApiFailure('corruptFile', 'errors.file.invalidContent', { detail }, detail);
  }
  return r.data;
}
