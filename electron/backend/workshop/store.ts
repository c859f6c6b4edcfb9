import { ApiFailure } from '../../../shared/api/errors';
import type { HistoryState, HistoryStep, HistoryStepResult, WorkshopState } from '../../../shared/api/contract';
import type { Board, BoardMeta } from '../../../shared/domain/entities';
import type { WorkshopData } from '../../../shared/domain/workshop-data';
import { boardDefinition } from '../../../shared/boards/registry';
import { BoardCommandError } from '../../../shared/boards/types';
import { patchDoc, runCommand, upgradeDoc } from '../../../shared/boards/run';
import type { Db } from '../db/sqlite';
import type { Statement } from 'better-sqlite3';
import { HISTORY_LIMIT, coalesceInto, foldInto, inverseOf, wholeDocChange, type Change } from './history';
import { placeOf } from './history-place';
import { TABLES, fromRow, toRow, type EntityOf, type TableName, type RoundRow } from './tables';
import { feedbackPackageOrder } from '../../../shared/analysis/day-feedback';
import { insertDayFeedback, listDayFeedback } from './day-records';
import { insertLogEntry, readActuals } from '../presentation/agenda-log';
import { INNOKYLA_SECTION_IDS } from '../../../shared/innokyla/sections';

const now = (): string => new Date().toISOString();
const OPEN_EDIT = 'historyOpenEdit';

const BOARD_META = { columns: TABLES.boards.columns.filter((c) => c.prop !== 'doc' && c.prop !== 'docVersion') };
const META_COLS = BOARD_META.columns.map((c) => c.col).join(', ');

/** The write side of one edit: every change goes through here so that undo can reverse it. */
export interface Tx {
  get<T extends TableName>(table: T, id: string): EntityOf<T> | undefined;
  list<T extends TableName>(table: T, where?: { col: string; value: string }): EntityOf<T>[];
  put<T extends TableName>(table: T, entity: EntityOf<T>): void;
  del(table: TableName, id: string): void;
  /** Runs a board command; returns the new document. */
  applyBoard(boardId: string, command: { type: string }): unknown;
}

/** A live workshop database: reads, undoable edits, history. */
export class WorkshopStore {
  private docs = new Map<string, unknown>();
  private statements = new Map<string, Statement>();

  constructor(
    readonly db: Db,
    readonly path: string,
  ) {}

  /** Prepared once per connection: compiling SQL on every edit cost more than the edit. */
  private sql(text: string): Statement {
    let st = this.statements.get(text);
    if (!st) {
      st = this.db.prepare(text);
      this.statements.set(text, st);
    }
    return st;
  }

  meta(key: string): string | undefined {
    const r = this.sql('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
    return r?.value;
  }

  setMeta(key: string, value: string): void {
    this.sql('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(
      key,
      value,
    );
  }

  get id(): string {
    return this.meta('id') ?? '';
  }

  get revision(): number {
    return Number(this.meta('revision') ?? '0');
  }

  private rawGet<T extends TableName>(table: T, id: string): EntityOf<T> | undefined {
    const row = this.sql(`SELECT * FROM ${TABLES[table].table} WHERE id = ?`).get(id) as
      Record<string, unknown> | undefined;
    return row ? (fromRow(TABLES[table], row) as EntityOf<T>) : undefined;
  }

  private rawList<T extends TableName>(table: T, where?: { col: string; value: string }): EntityOf<T>[] {
    const sql = `SELECT * FROM ${TABLES[table].table}${where ? ` WHERE ${where.col} = ?` : ''} ORDER BY ${table === 'round' ? 'id' : 'ordinal, id'}`;
    const rows = (where ? this.sql(sql).all(where.value) : this.sql(sql).all()) as Record<string, unknown>[];
    return rows.map((r) => fromRow(TABLES[table], r) as EntityOf<T>);
  }

  private rawPut(table: TableName, entity: object): void {
    const row = toRow(TABLES[table], entity);
    const cols = Object.keys(row);
    // An upsert, not INSERT OR REPLACE: REPLACE deletes the old row first, and the ON DELETE CASCADE foreign keys
    // would then take a team's members and boards with it on every edit of the team.
    const updates = cols.filter((c) => c !== 'id').map((c) => `${c} = excluded.${c}`);
    this.sql(
      `INSERT INTO ${TABLES[table].table} (${cols.join(', ')}) VALUES (${cols.map((c) => '@' + c).join(', ')})` +
        (updates.length ? ` ON CONFLICT(id) DO UPDATE SET ${updates.join(', ')}` : ' ON CONFLICT(id) DO NOTHING'),
    ).run(row);
    if (table === 'boards') this.docs.delete((entity as Board).id);
  }

  private rawDel(table: TableName, id: string): void {
    this.sql(`DELETE FROM ${TABLES[table].table} WHERE id = ?`).run(id);
    if (table === 'boards') this.docs.delete(id);
  }

  /** A board with its document brought to the current version (kept raw when this app cannot read it). */
  board(id: string): Board {
    const cached = this.docs.get(id);
    if (cached !== undefined) return { ...this.boardMeta(id), docVersion: this.kindVersion(id), doc: cached };
    const b = this.rawGet('boards', id);
    if (!b) throw new ApiFailure('notFound', 'errors.notFound.board');
    const def = boardDefinition(b.kind);
    if (!def) return b;
    const up = upgradeDoc(def, b.docVersion, b.doc);
    if (!up.ok) return b;
    this.docs.set(id, up.doc);
    return { ...b, docVersion: def.docVersion, doc: up.doc };
  }

  /** A board's row without its document (which can be large). */
  private boardMeta(id: string): BoardMeta {
    const row = this.sql(`SELECT ${META_COLS} FROM boards WHERE id = ?`).get(id) as Record<string, unknown> | undefined;
    if (!row) throw new ApiFailure('notFound', 'errors.notFound.board');
    return fromRow(BOARD_META, row) as BoardMeta;
  }

  /** Cached docs are always at their kind's current version (only upgraded docs are cached). */
  private kindVersion(id: string): number {
    const kind = (this.sql('SELECT kind FROM boards WHERE id = ?').get(id) as { kind: string }).kind;
    return boardDefinition(kind)?.docVersion ?? 1;
  }

  private writeDoc(boardId: string, doc: unknown): void {
    const version = this.kindVersion(boardId);
    this.sql('UPDATE boards SET doc = ?, doc_version = ?, updated_at = ? WHERE id = ?').run(
      JSON.stringify(doc),
      version,
      now(),
      boardId,
    );
    this.docs.set(boardId, doc);
  }

  private runChange(c: Change): void {
    if (c.t === 'row') {
      if (c.after) this.rawPut(c.table, c.after);
      else this.rawDel(c.table, c.id);
    } else {
      const b = this.board(c.boardId);
      this.writeDoc(c.boardId, patchDoc(b.doc, c.patches));
    }
  }

  /**
   * Runs one undoable edit in one transaction: the changes, the history entry (dropping any redo branch) and the
   * revision bump commit together or not at all. Edits with the same `coalesce` key (one field being typed into)
   * merge into one history entry while nothing else was recorded in between.
   */
  mutate<R>(label: string, fn: (tx: Tx) => R, options: { coalesce?: string } = {}): R {
    const changes: Change[] = [];
    const tx: Tx = {
      get: (table, id) => this.rawGet(table, id),
      list: (table, where) => this.rawList(table, where),
      put: (table, entity) => {
        const e = entity as unknown as { id: string };
        const before = (this.rawGet(table, e.id) ?? null) as object | null;
        if (table === 'boards' && before) {
          // Row images of boards keep the document they had; capture the live (possibly cached) one.
          (before as Board).doc = this.board(e.id).doc;
        }
        this.rawPut(table, entity as object);
        changes.push({ t: 'row', table, id: e.id, before, after: entity as object });
      },
      del: (table, id) => {
        const before = (table === 'boards' ? this.board(id) : this.rawGet(table, id)) as object | undefined;
        if (!before) return;
        this.rawDel(table, id);
        changes.push({ t: 'row', table, id, before, after: null });
      },
      applyBoard: (boardId, command) => {
        const b = this.board(boardId);
        const def = boardDefinition(b.kind);
        if (!def) throw new ApiFailure('boardCommand', 'errors.board.unknownKind', { kind: b.kind });
        if (b.docVersion !== def.docVersion) throw new ApiFailure('boardCommand', 'errors.boardCorrupt');
        const parsed = def.commandSchema.safeParse(command);
        if (!parsed.success) {
          throw new ApiFailure('invalidInput', 'errors.board.invalidCommand', undefined, parsed.error.message);
        }
        let out;
        try {
          out = runCommand(def, b.doc, parsed.data);
        } catch (e) {
          if (e instanceof BoardCommandError) throw new ApiFailure('boardCommand', e.key, e.params);
          throw e;
        }
        // A command that breaks the document's own schema (e.g. a limit) is refused, never stored.
        const check = def.docSchema.safeParse(out.doc);
        if (!check.success)
          throw new ApiFailure('invalidInput', 'errors.board.invalidCommand', undefined, check.error.message);
        if (out.patches.length === 0) return out.doc;
        this.writeDoc(boardId, out.doc);
        const isPrivate = (def.privateCommands as readonly string[] | undefined)?.includes(parsed.data.type);
        changes.push(
          isPrivate
            ? wholeDocChange(boardId, b.doc, out.doc)
            : { t: 'doc', boardId, patches: out.patches, inverse: out.inversePatches },
        );
        return out.doc;
      },
    };
    const run = this.db.transaction(() => {
      const result = fn(tx);
      if (changes.length > 0) {
        this.sql('DELETE FROM history WHERE undone = 1').run();
        const last = this.sql('SELECT seq, changes FROM history ORDER BY seq DESC LIMIT 1').get() as
          { seq: number; changes: string } | undefined;
        const open = this.openEdit();
        const previous = last ? (JSON.parse(last.changes) as Change[]) : null;
        const coalescing = !!(
          last &&
          previous &&
          options.coalesce &&
          open?.seq === last.seq &&
          open.key === options.coalesce
        );
        const merged = coalescing ? coalesceInto(previous!, changes) : previous ? foldInto(previous, changes) : null;
        let seq: number;
        if (last && merged) {
          // A field edit keeps the label it began with: a step added and then typed into is "Lisää vaihe".
          const sql = coalescing
            ? 'UPDATE history SET at = ?, changes = ? WHERE seq = ?'
            : 'UPDATE history SET at = ?, label = ?, changes = ? WHERE seq = ?';
          const args = coalescing
            ? [now(), JSON.stringify(merged), last.seq]
            : [now(), label, JSON.stringify(merged), last.seq];
          this.sql(sql).run(...args);
          seq = last.seq;
        } else {
          seq = Number(
            this.sql('INSERT INTO history (at, label, changes) VALUES (?, ?, ?)').run(
              now(),
              label,
              JSON.stringify(changes),
            ).lastInsertRowid,
          );
        }
        this.setMeta(OPEN_EDIT, options.coalesce ? JSON.stringify({ seq, key: options.coalesce }) : '');
        this.sql('DELETE FROM history WHERE seq <= (SELECT MAX(seq) FROM history) - ?').run(HISTORY_LIMIT);
        this.bump();
      }
      return result;
    });
    try {
      return run();
    } catch (e) {
      this.docs.clear(); // the transaction rolled back; cached docs may be ahead of the file
      throw e;
    }
  }

  /** The history entry still open for merging the next batch of the same field edit (kept in the file, so two
   * windows and a restarted backend agree). */
  private openEdit(): { seq: number; key: string } | null {
    const raw = this.meta(OPEN_EDIT);
    if (!raw) return null;
    try {
      const v = JSON.parse(raw) as { seq?: unknown; key?: unknown };
      return typeof v.seq === 'number' && typeof v.key === 'string' ? { seq: v.seq, key: v.key } : null;
    } catch {
      return null;
    }
  }

  private bump(): void {
    this.setMeta('revision', String(this.revision + 1));
    this.setMeta('updatedAt', now());
  }

  undo(): HistoryStepResult {
    const entry = this.sql(
      'SELECT seq, label, changes FROM history WHERE undone = 0 ORDER BY seq DESC LIMIT 1',
    ).get() as { seq: number; label: string; changes: string } | undefined;
    if (!entry) throw new ApiFailure('conflict', 'errors.history.nothingToUndo');
    const changes = JSON.parse(entry.changes) as Change[];
    this.replay(entry.seq, inverseOf(changes), 1);
    return { ...this.history(), step: this.stepOf(entry.label, changes) };
  }

  redo(): HistoryStepResult {
    const entry = this.sql(
      'SELECT seq, label, changes FROM history WHERE undone = 1 ORDER BY seq ASC LIMIT 1',
    ).get() as { seq: number; label: string; changes: string } | undefined;
    if (!entry) throw new ApiFailure('conflict', 'errors.history.nothingToRedo');
    const changes = JSON.parse(entry.changes) as Change[];
    this.replay(entry.seq, changes, 0);
    return { ...this.history(), step: this.stepOf(entry.label, changes) };
  }

  /** The label and place of a step just taken, named as things are now (a board renamed since keeps its new name). */
  private stepOf(label: string, changes: readonly Change[]): HistoryStep {
    const place = placeOf(changes, {
      board: (id) => (this.sql('SELECT 1 FROM boards WHERE id = ?').get(id) ? this.boardMeta(id) : undefined),
      team: (id) => this.rawGet('teams', id),
      round: () => this.roundRow(),
    });
    return { label, place };
  }

  private replay(seq: number, changes: Change[], undone: 0 | 1): void {
    const run = this.db.transaction(() => {
      for (const c of changes) this.runChange(c);
      this.sql('UPDATE history SET undone = ? WHERE seq = ?').run(undone, seq);
      this.setMeta(OPEN_EDIT, ''); // an undone or redone entry is closed: typing on starts a new one
      this.bump();
    });
    try {
      run();
    } catch (e) {
      this.docs.clear();
      throw e;
    }
  }

  history(): HistoryState {
    const u = this.sql('SELECT label FROM history WHERE undone = 0 ORDER BY seq DESC LIMIT 1').get() as
      { label: string } | undefined;
    const r = this.sql('SELECT label FROM history WHERE undone = 1 ORDER BY seq ASC LIMIT 1').get() as
      { label: string } | undefined;
    return { canUndo: !!u, canRedo: !!r, undoLabel: u?.label ?? null, redoLabel: r?.label ?? null };
  }

  private roundRow(): RoundRow {
    return this.rawGet('round', 'round') ?? { id: 'round', name: '', startDate: '', endDate: '', notes: '' };
  }

  boardMetas(): BoardMeta[] {
    const rows = this.sql(`SELECT ${META_COLS} FROM boards ORDER BY ordinal, id`).all() as Record<string, unknown>[];
    return rows.map((r) => fromRow(BOARD_META, r) as BoardMeta);
  }

  state(): WorkshopState {
    const { id: _r, ...round } = this.roundRow();
    return {
      id: this.id,
      title: this.meta('title') ?? '',
      revision: this.revision,
      updatedAt: this.meta('updatedAt') ?? '',
      round,
      days: this.rawList('days'),
      teams: this.rawList('teams'),
      members: this.rawList('members'),
      boards: this.boardMetas(),
      history: this.history(),
    };
  }

  /**
   * The whole workshop as portable data (board docs at the current version where readable), with the day's
   * records when there are any: gallery notes team by team in their order, day feedback in content order (see
   * feedbackPackageOrder: nothing tells who answered when) and the agenda's actual times in the order they ran.
   */
  data(): WorkshopData {
    const { id: _r, ...round } = this.roundRow();
    const teams = this.rawList('teams');
    const teamAt = new Map(teams.map((t, i) => [t.id, i]));
    const notes = this.rawList('galleryNotes').sort(
      (a, b) =>
        (teamAt.get(a.teamId) ?? 0) - (teamAt.get(b.teamId) ?? 0) ||
        a.ordinal - b.ordinal ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    const feedback = feedbackPackageOrder(listDayFeedback(this.db));
    const log = readActuals(this.db);
    // The teams' toimintamalli texts, team by team in section order; an empty text is no text, and a section this
    // app does not know (from a newer one) stays in the file only.
    const known = new Set<string>(INNOKYLA_SECTION_IDS);
    const texts = this.rawList('innokylaTexts')
      .filter((x) => x.text !== '' && known.has(x.section))
      .sort((a, b) => (teamAt.get(a.teamId) ?? 0) - (teamAt.get(b.teamId) ?? 0) || a.ordinal - b.ordinal);
    return {
      title: this.meta('title') ?? '',
      round,
      days: this.rawList('days'),
      teams,
      members: this.rawList('members'),
      boards: this.rawList('boards').map((b) => this.board(b.id)),
      ...(notes.length > 0 ? { galleryNotes: notes } : {}),
      ...(feedback.length > 0 ? { dayFeedback: feedback } : {}),
      ...(log.length > 0 ? { agendaLog: log } : {}),
      ...(texts.length > 0 ? { innokylaTexts: texts } : {}),
    };
  }

  /** Fills an empty database from portable data, without history (a fresh import). */
  load(data: WorkshopData): void {
    this.db.transaction(() => {
      this.setMeta('title', data.title);
      this.rawPut('round', { id: 'round', ...data.round });
      for (const d of data.days) this.rawPut('days', d);
      for (const t of data.teams) this.rawPut('teams', t);
      for (const m of data.members) this.rawPut('members', m);
      for (const b of data.boards) this.rawPut('boards', b);
      for (const n of data.galleryNotes ?? []) this.rawPut('galleryNotes', n);
      for (const a of data.dayFeedback ?? []) insertDayFeedback(this.db, a);
      for (const e of data.agendaLog ?? []) insertLogEntry(this.db, e);
      for (const x of data.innokylaTexts ?? []) this.rawPut('innokylaTexts', x);
    })();
  }
}
