import type { AgendaLogEntry } from '../../../shared/domain/agenda-log';
import type { ItemActual } from '../../../shared/presentation/agenda';
import type { Db } from '../db/sqlite';

/**
 * The agenda's actual times in the workshop file (table agenda_log), written directly and never through
 * WorkshopStore.mutate: they are a log of what happened, not an edit. In the undo history they would sit on top of
 * the coach's real edits, so Ctrl+Z after pressing "next" would take back a timestamp instead of the last board
 * change, and undoing them would rewrite the day's record of time while the day goes on. For the same reason they
 * do not bump the workshop's revision (no window has to reload anything): windows learn of them through
 * `presentation.changed`. The table has no foreign key to days, so a deleted day's times come back with its undo.
 */
export function writeActual(db: Db, a: ItemActual): void {
  const iso = (ms: number | null) => (ms === null ? '' : new Date(ms).toISOString());
  db.prepare(
    `INSERT INTO agenda_log (id, day_id, item_id, ordinal, title, planned_min, started_at, ended_at, paused_ms, extended_min, skipped)
     VALUES (@id, @dayId, @itemId, @ordinal, @title, @plannedMin, @startedAt, @endedAt, @pausedMs, @extendedMin, @skipped)
     ON CONFLICT(id) DO UPDATE SET ended_at = excluded.ended_at, paused_ms = excluded.paused_ms,
       extended_min = excluded.extended_min, skipped = excluded.skipped`,
  ).run({
    id: a.id,
    dayId: a.dayId,
    itemId: a.itemId,
    ordinal: a.ordinal,
    title: a.title,
    plannedMin: a.plannedMin,
    startedAt: iso(a.startedAt),
    endedAt: iso(a.endedAt),
    pausedMs: Math.round(a.pausedMs),
    extendedMin: a.extendedMin,
    skipped: a.skipped ? 1 : 0,
  });
}

/**
 * Stores a logged item as it is, when its id is not there yet: portable data being loaded into a file (import,
 * demo) or merged from another copy of the same workshop. Returns whether it was added.
 */
export function insertLogEntry(db: Db, e: AgendaLogEntry): boolean {
  const r = db
    .prepare(
      `INSERT INTO agenda_log (id, day_id, item_id, ordinal, title, planned_min, started_at, ended_at, paused_ms, extended_min, skipped, note)
       VALUES (@id, @dayId, @itemId, @ordinal, @title, @plannedMin, @startedAt, @endedAt, @pausedMs, @extendedMin, @skipped, @note)
       ON CONFLICT(id) DO NOTHING`,
    )
    .run({ ...e, skipped: e.skipped ? 1 : 0 });
  return r.changes > 0;
}

interface Row {
  id: string;
  day_id: string;
  item_id: string;
  ordinal: number;
  title: string;
  planned_min: number;
  started_at: string;
  ended_at: string;
  paused_ms: number;
  extended_min: number;
  skipped: number;
  note: string;
}

/** The log of one day or all days, in the order the items ran. */
export function readActuals(db: Db, dayId?: string): AgendaLogEntry[] {
  const sql = `SELECT * FROM agenda_log${dayId ? ' WHERE day_id = ?' : ''} ORDER BY started_at, ordinal, id`;
  const rows = (dayId ? db.prepare(sql).all(dayId) : db.prepare(sql).all()) as Row[];
  return rows.map((r) => ({
    id: r.id,
    dayId: r.day_id,
    itemId: r.item_id,
    ordinal: r.ordinal,
    title: r.title,
    plannedMin: r.planned_min,
    startedAt: r.started_at,
    endedAt: r.ended_at,
    pausedMs: r.paused_ms,
    extendedMin: r.extended_min,
    skipped: r.skipped === 1,
    note: r.note,
  }));
}
