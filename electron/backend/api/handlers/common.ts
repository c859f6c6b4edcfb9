import { ApiFailure } from '../../../../shared/api/errors';
import type { WorkshopStore, Tx } from '../../workshop/store';
import type { TableName, EntityOf } from '../../workshop/tables';
import type { Ctx } from './types';

/** Tells every window that the workshop changed. */
export function changed(ctx: Ctx, ws: WorkshopStore, boardId?: string): void {
  ctx.emit({ type: 'workshop.changed', workshopId: ws.id, revision: ws.revision, ...(boardId ? { boardId } : {}) });
}

export function nextOrdinal(items: readonly { ordinal: number }[]): number {
  return items.reduce((m, x) => Math.max(m, x.ordinal + 1), 0);
}

const NOT_FOUND: Record<TableName, string> = {
  round: 'errors.code.notFound',
  days: 'errors.notFound.day',
  teams: 'errors.notFound.team',
  members: 'errors.notFound.member',
  boards: 'errors.notFound.board',
  galleryNotes: 'gallery.errors.noteNotFound',
  innokylaTexts: 'errors.code.notFound',
};

export function must<T extends TableName>(tx: Tx, table: T, id: string): EntityOf<T> {
  const e = tx.get(table, id);
  if (!e) throw new ApiFailure('notFound', NOT_FOUND[table]);
  return e;
}

/** Runs one undoable edit, tells the windows, returns the handler's value. */
export async function edit<R>(
  ctx: Ctx,
  workshopId: string,
  label: string,
  fn: (tx: Tx, ws: WorkshopStore) => R,
  boardId?: string,
  coalesce?: string,
): Promise<R> {
  const ws = await ctx.library.get(workshopId);
  const r = ws.mutate(label, (tx) => fn(tx, ws), coalesce ? { coalesce } : {});
  changed(ctx, ws, boardId);
  return r;
}
