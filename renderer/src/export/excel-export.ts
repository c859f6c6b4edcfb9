import { create } from 'zustand';
import type { HeaderLanguage } from '../../../shared/export/headers';
import type { CsvSeparatorIn, PersonalDataFindingOut } from '../../../shared/api/methods/excel';
import { call, transport } from '../api';
import { saveExportedFile } from '../api/files';
import { useApp } from '../app/store';
import { toastError, toastInfo } from '../app/toasts';
import i18n from '../i18n';

export type ExcelScope = 'team' | 'round';
/** The whole workbook, or one of its sheets as CSV. */
export type ExcelFormat = 'xlsx' | 'csv';

export type SheetsState =
  { status: 'loading' } | { status: 'done'; sheets: { name: string; rows: number }[] } | { status: 'failed' };

export type CheckState =
  { status: 'checking' } | { status: 'done'; total: number; findings: PersonalDataFindingOut[] } | { status: 'failed' };

interface ExcelExportState {
  open: boolean;
  scope: ExcelScope;
  teamId: string | null;
  lang: HeaderLanguage;
  format: ExcelFormat;
  /** The sheets of the chosen workbook (loaded when CSV is chosen) and the one to write. */
  sheets: SheetsState;
  sheet: string | null;
  separator: CsvSeparatorIn;
  check: CheckState;
  /** Set while the workbook is being written. */
  progress: { done: number; total: number } | null;
}

export const useExcelExport = create<ExcelExportState>(() => ({
  open: false,
  scope: 'round',
  teamId: null,
  lang: 'fi',
  format: 'xlsx',
  sheets: { status: 'loading' },
  sheet: null,
  separator: ';',
  check: { status: 'checking' },
  progress: null,
}));

/** The team the coach is looking at (its page or one of its boards), else the first team. */
function currentTeamId(): string | null {
  const { route, workshop } = useApp.getState();
  if (!workshop) return null;
  if (route?.name === 'workshop') {
    const v = route.view;
    if (v.kind === 'team') return v.teamId;
    if (v.kind === 'board') {
      const b = workshop.boards.find((x) => x.id === v.boardId);
      if (b) return b.teamId;
    }
  }
  return [...workshop.teams].sort((a, b) => a.ordinal - b.ordinal)[0]?.id ?? null;
}

let checkSeq = 0;

/** Looks for personal data in what the chosen workbook would hold. */
async function runCheck(): Promise<void> {
  const workshop = useApp.getState().workshop;
  const { scope, teamId } = useExcelExport.getState();
  if (!workshop) return;
  const seq = ++checkSeq;
  useExcelExport.setState({ check: { status: 'checking' } });
  try {
    const out = await call('excel.checkPersonalData', {
      workshopId: workshop.id,
      teamId: scope === 'team' ? teamId : null,
    });
    if (seq === checkSeq)
      useExcelExport.setState({ check: { status: 'done', total: out.total, findings: out.findings } });
  } catch (e) {
    if (seq === checkSeq) useExcelExport.setState({ check: { status: 'failed' } });
    toastError(e);
  }
}

let sheetsSeq = 0;

/**
 * Loads the sheets of the chosen workbook for the CSV sheet picker, keeping the chosen sheet when the other
 * workbook has it too, else choosing the first sheet after the cover sheet.
 */
async function loadSheets(): Promise<void> {
  const workshop = useApp.getState().workshop;
  const { scope, teamId, format } = useExcelExport.getState();
  if (!workshop || format !== 'csv') return;
  const seq = ++sheetsSeq;
  useExcelExport.setState({ sheets: { status: 'loading' } });
  try {
    const { sheets } = await call('excel.sheets', {
      workshopId: workshop.id,
      teamId: scope === 'team' ? teamId : null,
    });
    if (seq !== sheetsSeq) return;
    useExcelExport.setState((s) => ({
      sheets: { status: 'done', sheets },
      sheet: sheets.some((x) => x.name === s.sheet) ? s.sheet : ((sheets[1] ?? sheets[0])?.name ?? null),
    }));
  } catch (e) {
    if (seq === sheetsSeq) useExcelExport.setState({ sheets: { status: 'failed' } });
    toastError(e);
  }
}

/** File › Team to Excel / Round to Excel: opens the export dialog for that scope. */
export function openExcelExport(scope: ExcelScope): void {
  const workshop = useApp.getState().workshop;
  if (!workshop) return;
  const teamId = currentTeamId();
  // A workshop without teams has no team workbook; the round workbook still has the round and days.
  const effective = scope === 'team' && teamId === null ? 'round' : scope;
  useExcelExport.setState({
    open: true,
    scope: effective,
    teamId,
    lang: i18n.language === 'sv' || i18n.language === 'en' ? i18n.language : 'fi',
    progress: null,
  });
  void runCheck();
  void loadSheets();
}

export function closeExcelExport(): void {
  if (useExcelExport.getState().progress) return;
  checkSeq++;
  sheetsSeq++;
  useExcelExport.setState({ open: false });
}

export function setExcelScope(scope: ExcelScope, teamId?: string): void {
  useExcelExport.setState((s) => ({ scope, teamId: teamId ?? s.teamId }));
  void runCheck();
  void loadSheets();
}

export function setExcelFormat(format: ExcelFormat): void {
  useExcelExport.setState({ format });
  void loadSheets();
}

export function setExcelSheet(sheet: string): void {
  useExcelExport.setState({ sheet });
}

export function setExcelSeparator(separator: CsvSeparatorIn): void {
  useExcelExport.setState({ separator });
}

export function setExcelLanguage(lang: HeaderLanguage): void {
  useExcelExport.setState({ lang });
}

/**
 * Writes the workbook, or the chosen sheet as CSV (masking any personal data found: the coach confirmed it in the dialog), following its
 * progress events, then hands the file to the shell to save or download.
 */
export async function runExcelExport(): Promise<void> {
  const workshop = useApp.getState().workshop;
  const s = useExcelExport.getState();
  if (!workshop || s.progress || s.check.status !== 'done') return;
  if (s.format === 'csv' && s.sheet === null) return;
  const jobId = `x${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  useExcelExport.setState({ progress: { done: 0, total: 0 } });
  const off = transport().onEvent((ev) => {
    if (ev.type === 'export.progress' && ev.jobId === jobId)
      useExcelExport.setState({ progress: { done: ev.done, total: ev.total } });
  });
  try {
    const scope = {
      workshopId: workshop.id,
      teamId: s.scope === 'team' ? s.teamId : null,
      lang: s.lang,
      maskPersonalData: s.check.total > 0,
    };
    const file =
      s.format === 'csv' && s.sheet !== null
        ? await call('excel.exportCsv', { ...scope, sheet: s.sheet, separator: s.separator })
        : await call('excel.exportWorkbook', { ...scope, jobId });
    const outcome = await saveExportedFile(file);
    useExcelExport.setState({ open: false, progress: null });
    if (outcome.kind === 'saved') toastInfo(i18n.t('files.savedTo', { path: outcome.path }));
    if (outcome.kind === 'download') toastInfo(i18n.t('files.downloaded'));
  } catch (e) {
    useExcelExport.setState({ progress: null });
    toastError(e);
  } finally {
    off();
  }
}
