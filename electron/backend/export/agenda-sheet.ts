import type { AgendaLogEntry } from '../../../shared/domain/agenda-log';
import type { WorkshopData } from '../../../shared/domain/workshop-data';
import { translateHeader, type HeaderLanguage } from '../../../shared/export/headers';
import type { SheetSpec } from '../../../shared/export/sheet';
import { loggedMinutes, plannedVsActual } from '../../../shared/presentation/agenda';
import { byOrdinal, dayLabelFi } from './workshop-sheets';

export const AGENDA_SHEET_NAME = 'Aikataulu toteutui';

export const AGENDA_SHEET_DESCRIPTION =
  'Rivi ohjelmakohtaa kohden niiltä päiviltä, joiden asialista on ajettu: suunniteltu alku ja kesto, toteutunut alku, loppu ja kesto, ero suunnitelmaan, jatkot ja tauot.';

/** The description in the cover sheet's three languages (Finnish as in docs/excel-schema.md). */
export const AGENDA_SHEET_DESCRIPTIONS: Readonly<Record<HeaderLanguage, string>> = {
  fi: AGENDA_SHEET_DESCRIPTION,
  sv: 'En rad per programpunkt för de dagar vars program har körts: planerad start och längd, verklig start, slut och längd, skillnad mot planen, förlängningar och pauser.',
  en: 'One row per agenda item of the days whose agenda has been run: planned start and length, actual start, end and length, difference from the plan, extensions and pauses.',
};

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
export function agendaSheets(data: WorkshopData, log: readonly AgendaLogEntry[], options: { lang?: HeaderLanguage; now?: number } = {}): SheetSpec[] {
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
  const header = (fi: string) => translateHeader(fi, lang);
  return [
    {
      name: AGENDA_SHEET_NAME,
      columns: [
        { key: 'day', header: header('Päivä'), type: 'text', width: 36 },
        { key: 'date', header: header('Päivämäärä'), type: 'date' },
        { key: 'position', header: header('Järjestys'), type: 'integer', width: 10 },
        { key: 'item', header: header('Ohjelmakohta'), type: 'text', width: 50 },
        { key: 'plannedStart', header: header('Suunniteltu alku'), type: 'text', width: 12 },
        { key: 'plannedMin', header: header('Suunniteltu kesto (min)'), type: 'integer', width: 14 },
        { key: 'started', header: header('Alkoi'), type: 'text', width: 10 },
        { key: 'ended', header: header('Päättyi'), type: 'text', width: 10 },
        { key: 'actualMin', header: header('Toteutunut kesto (min)'), type: 'number', width: 14 },
        { key: 'overrunMin', header: header('Ero (min)'), type: 'number', width: 10 },
        { key: 'extendedMin', header: header('Jatkettu (min)'), type: 'integer', width: 12 },
        { key: 'pausedMin', header: header('Tauot (min)'), type: 'number', width: 10 },
        { key: 'skipped', header: header('Ohitettu'), type: 'boolean', width: 10 },
      ],
      rows,
    },
  ];
}
