import type { WorkshopData } from '../../../shared/domain/workshop-data';
import type { HeaderLanguage } from '../../../shared/export/headers';
import { maskPersonalData, maskText } from '../../../shared/analysis/personal-data';
import type { SheetSpec } from '../../../shared/export/sheet';
import { fileNameFor } from '../files/names';
import { workshopWorkbook } from './cover-sheet';
import { teamOnly } from './workshop-sheets';
import type { DayRecords } from '../../../shared/domain/day-records';
import { daySheets, maskDayRecords } from './day-sheets';
import { agendaSheets } from './agenda-sheet';

/** What a workbook export from the app holds: the whole round, or one team of it. */
export interface WorkbookScope {
  /** null: every team of the workshop (the round workbook). */
  teamId: string | null;
}

/** The data a scope's workbook is made of; a team that is not in the workshop is null. */
export function scopedData(data: WorkshopData, scope: WorkbookScope): WorkshopData | null {
  if (scope.teamId === null) return data;
  if (!data.teams.some((t) => t.id === scope.teamId)) return null;
  return teamOnly(data, scope.teamId);
}

export interface AppWorkbookOptions {
  lang: HeaderLanguage;
  mask: boolean;
  appVersion: string;
  exportedAt: Date;
  /** Gallery notes and day feedback, written after the workshop's sheets (see day-sheets.ts). */
  records?: DayRecords;
  /** The team of a team workbook (only its gallery notes, no day feedback). */
  teamId?: string | null;
}

/**
 * The sheets of the team or round workbook: Tietoja first, then the workshop's sheets, headers in `lang`, the
 * personal data masked when asked (on a copy: the workshop itself never changes).
 */
export function appWorkbookSheets(data: WorkshopData, options: AppWorkbookOptions): SheetSpec[] {
  const source = options.mask ? maskPersonalData(data) : data;
  const sheets = workshopWorkbook(source, { appVersion: options.appVersion, exportedAt: options.exportedAt, lang: options.lang });
  if (!options.records) return sheets;
  const records = options.mask ? maskDayRecords(options.records) : options.records;
  const taken = new Set(sheets.map((s) => s.name));
  // The agenda's actual times belong to the round's days, not to a team: only in the round's workbook.
  const log = (options.records.agendaLog ?? []).map((e) => (options.mask ? { ...e, title: maskText(e.title), note: maskText(e.note) } : e));
  const agenda = options.teamId ? [] : agendaSheets(source, log, { lang: options.lang });
  return [...sheets, ...[...daySheets(source, records, { teamId: options.teamId ?? null, lang: options.lang }), ...agenda].filter((s) => !taken.has(s.name))];
}

/** `Työpaja.xlsx` for the round, `Työpaja - Tiimi.xlsx` for a team. */
export function appWorkbookFileName(data: WorkshopData, scope: WorkbookScope): string {
  const team = scope.teamId ? data.teams.find((t) => t.id === scope.teamId)?.name : undefined;
  return fileNameFor(team ? `${data.title} - ${team}` : data.title, '.xlsx');
}
