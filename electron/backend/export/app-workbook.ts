import type { WorkshopData } from '../../../shared/domain/workshop-data';
import type { HeaderLanguage } from '../../../shared/export/headers';
import { findPersonalData, maskPersonalData, type PersonalDataFinding } from '../../../shared/analysis/personal-data';
import type { SheetSpec } from '../../../shared/export/sheet';
import { fileNameFor } from '../files/names';
import { workshopWorkbook } from './cover-sheet';
import { teamOnly } from './workshop-sheets';

/** What a workbook export from the app holds: the whole round, or one team of it. */
export interface WorkbookScope {
  /** null: every team of the workshop (the round workbook). */
  teamId: string | null;
}

/**
 * The data a scope's workbook is made of (a team's: its members, boards and gallery notes, no day feedback or
 * agenda times); a team that is not in the workshop is null.
 */
export function scopedData(data: WorkshopData, scope: WorkbookScope): WorkshopData | null {
  if (scope.teamId === null) return data;
  if (!data.teams.some((t) => t.id === scope.teamId)) return null;
  return teamOnly(data, scope.teamId);
}

/**
 * The personal data a scope's workbook would hold (board texts, gallery notes, feedback comments, agenda times),
 * for the check before an export in the app and in the CLI. Null for a team that is not in the workshop.
 */
export function workbookPersonalData(data: WorkshopData, scope: WorkbookScope): PersonalDataFinding[] | null {
  const scoped = scopedData(data, scope);
  return scoped ? findPersonalData(scoped) : null;
}

export interface AppWorkbookOptions {
  lang: HeaderLanguage;
  mask: boolean;
  appVersion: string;
  exportedAt: Date;
  /** The team of a team workbook (only its gallery notes, no day feedback); null or absent for the round. */
  teamId?: string | null;
}

/**
 * The sheets of the team or round workbook, for the app and the CLI alike: Tietoja first, then the workshop's
 * sheets and the day's sheets from the data's own records, headers in `lang`, the personal data masked when asked
 * (on a copy: the workshop itself never changes).
 */
export function appWorkbookSheets(data: WorkshopData, options: AppWorkbookOptions): SheetSpec[] {
  const source = options.mask ? maskPersonalData(data) : data;
  return workshopWorkbook(source, {
    appVersion: options.appVersion,
    exportedAt: options.exportedAt,
    lang: options.lang,
    teamId: options.teamId ?? null,
  });
}

/**
 * What every printed page's header names beside the sheet: the team (and its workshop) for a team workbook, the
 * workshop and its round for the round's.
 */
export function workbookPageTitle(data: WorkshopData, scope: WorkbookScope): string {
  const team = scope.teamId ? data.teams.find((t) => t.id === scope.teamId)?.name : undefined;
  const parts = team ? [team, data.title] : [data.title, data.round.name];
  return parts.filter((p) => p && p.trim()).join(' – ');
}

/** `Työpaja.xlsx` for the round, `Työpaja - Tiimi.xlsx` for a team. */
export function appWorkbookFileName(data: WorkshopData, scope: WorkbookScope): string {
  const team = scope.teamId ? data.teams.find((t) => t.id === scope.teamId)?.name : undefined;
  return fileNameFor(team ? `${data.title} - ${team}` : data.title, '.xlsx');
}

/** The sheet of that name among a workbook's sheets: exactly, else ignoring case (the CLI's SHEET argument and the app's picker). */
export function findSheet(sheets: readonly SheetSpec[], name: string): SheetSpec | undefined {
  return sheets.find((s) => s.name === name) ?? sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
}

/** `Työpaja - Ideaseinä.csv` for the round, `Työpaja - Tiimi - Ideaseinä.csv` for a team: the workbook's name and the sheet's. */
export function appCsvFileName(data: WorkshopData, scope: WorkbookScope, sheet: string): string {
  // The sheet's name is kept whole however long the workshop's title is (fileNameFor cuts at 80 characters).
  return `${fileNameFor(appWorkbookFileName(data, scope).replace(/\.xlsx$/, ''), '')} - ${fileNameFor(sheet, '.csv')}`;
}
