import type { AgendaLogEntry } from '../../../shared/domain/agenda-log';
import type { WorkshopData } from '../../../shared/domain/workshop-data';
import { withHeaderLanguage, type HeaderLanguage } from '../../../shared/export/headers';
import type { TranslationKey } from '../../../shared/i18n/translate';
import type { SheetSpec } from '../../../shared/export/sheet';
import { loggedMinutes, plannedVsActual } from '../../../shared/presentation/agenda';
import { byOrdinal, dayLabelFi } from './workshop-sheets';

export const AGENDA_SHEET_NAME = 'Aikataulu toteutui';

/** The description on the cover sheet (export.json; the Finnish text as in docs/excel-schema.md). */
export const AGENDA_SHEET_DESCRIPTION = 'export.sheet.agendaTimes' satisfies TranslationKey;

/** `HH:MM` of an ISO instant in this computer's time zone (the coach's laptop), '' when not set. */
function clock(iso: string): string {
  const d = new Date(iso);
  if (!iso || Number.isNaN(d.getTime())) return '';
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

const oneDecimal = (n: number): number => Math.round(n * 10) / 10;

/**
 * "Aikataulu toteutui": the plan next to what happened, for every day whose agenda has been run (the agenda_log of
 * the workshop file). Planned items that did not run have empty actual columns; items run but since removed from
 * the plan come last. None when no agenda has been run; only in the round's workbook (a day is not a team's).
 */
export function agendaSheets(
  data: WorkshopData,
  log: readonly AgendaLogEntry[],
  options: { lang?: HeaderLanguage; now?: number } = {},
): SheetSpec[] {
  const lang = options.lang ?? 'fi';
  const now = options.now ?? Date.now();
  const days = [...data.days].sort(byOrdinal);
  const rows = days.flatMap((day) => {
    const dayLog = log.filter((e) => e.dayId === day.id);
    if (dayLog.length === 0) return [];
    return plannedVsActual(day, dayLog).map((r) => {
      const e = r.actual;
      const m = e ? loggedMinutes(e, now) : null;
      return {
        day: dayLabelFi(day),
        date: day.date,
        position: r.position,
        item: r.title,
        plannedStart: r.plannedStart,
        plannedMin: r.plannedMin,
        started: e ? clock(e.startedAt) : '',
        ended: e ? clock(e.endedAt) : '',
        actualMin: m ? oneDecimal(m.actual) : null,
        overrunMin: m && !e?.skipped ? oneDecimal(m.overrun) : null,
        extendedMin: e ? e.extendedMin : null,
        pausedMin: e ? oneDecimal(e.pausedMs / 60000) : null,
        skipped: e ? e.skipped : null,
      };
    });
  });
  if (rows.length === 0) return [];
  return withHeaderLanguage(
    [
      {
        name: AGENDA_SHEET_NAME,
        columns: [
          { key: 'day', headerKey: 'export.header.day', type: 'text', width: 36 },
          { key: 'date', headerKey: 'export.header.date', type: 'date' },
          { key: 'position', headerKey: 'export.header.order', type: 'integer', width: 10 },
          { key: 'item', headerKey: 'export.header.agendaItem', type: 'text', width: 50 },
          { key: 'plannedStart', headerKey: 'export.header.plannedStart', type: 'text', width: 12 },
          { key: 'plannedMin', headerKey: 'export.header.plannedLengthMin', type: 'integer', width: 14 },
          { key: 'started', headerKey: 'export.header.started', type: 'text', width: 10 },
          { key: 'ended', headerKey: 'export.header.ended', type: 'text', width: 10 },
          { key: 'actualMin', headerKey: 'export.header.actualLengthMin', type: 'number', width: 14 },
          { key: 'overrunMin', headerKey: 'export.header.differenceMin', type: 'number', width: 10 },
          { key: 'extendedMin', headerKey: 'export.header.extendedMin', type: 'integer', width: 12 },
          { key: 'pausedMin', headerKey: 'export.header.pausedMin', type: 'number', width: 10 },
          { key: 'skipped', headerKey: 'export.header.skipped', type: 'boolean', width: 10 },
        ],
        rows,
      },
    ],
    lang,
  );
}
