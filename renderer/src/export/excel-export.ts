import { create } from 'zustand';
import type { HeaderLanguage } from '../../../shared/export/headers';
import type { PersonalDataFindingOut } from '../../../shared/api/methods/excel';
import { call, transport } from '../api';
import { saveExportedFile } from '../api/files';
import { useApp } from '../app/store';
import { toastError, toastInfo } from '../app/toasts';
import i18n from '../i18n';

export type ExcelScope = 'team' | 'round';

export type CheckState =
  | { status: 'checking' }
  | { status: 'done'; total: number; findings: PersonalDataFindingOut[] }
  | { status: 'failed' };

interface ExcelExportState {
  open: boolean;
  scope: ExcelScope;
  teamId: string | null;
  lang: HeaderLanguage;
  check: CheckState;
  /** Set while the workbook is being written. */
  progress: { done: number; total: number } | null;
}

export const useExcelExport = create<ExcelExportState>(() => ({
  open: false,
  scope: 'round',
  teamId: null,
  lang: 'fi',
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
    const out = await call('excel.checkPersonalData', { workshopId: workshop.id, teamId: scope === 'team' ? teamId : null });
    if (seq === checkSeq) useExcelExport.setState({ check: { status: 'done', total: out.total, findings: out.findings } });
  } catch (e) {
    if (seq === checkSeq) useExcelExport.setState({ check: { status: 'failed' } });
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
  useExcelExport.setState({ open: true, scope: effective, teamId, lang: i18n.language === 'sv' || i18n.language === 'en' ? i18n.language : 'fi', progress: null });
  void runCheck();
}

export function closeExcelExport(): void {
  if (useExcelExport.getState().progress) return;
  checkSeq++;
  useExcelExport.setState({ open: false });
}

export function setExcelScope(scope: ExcelScope, teamId?: string): void {
  useExcelExport.setState((s) => ({ scope, teamId: teamId ?? s.teamId }));
  void runCheck();
}

export function setExcelLanguage(lang: HeaderLanguage): void {
  useExcelExport.setState({ lang });
}

/**
 * Writes the workbook (masking any personal data found: the coach confirmed it in the dialog), following its
 * progress events, then hands the file to the shell to save or download.
 */
export async function runExcelExport(): Promise<void> {
  const workshop = useApp.getState().workshop;
  const s = useExcelExport.getState();
  if (!workshop || s.progress || s.check.status !== 'done') return;
  const jobId = `x${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  useExcelExport.setState({ progress: { done: 0, total: 0 } });
  const off = transport().onEvent((ev) => {
    if (ev.type === 'export.progress' && ev.jobId === jobId) useExcelExport.setState({ progress: { done: ev.done, total: ev.total } });
  });
  try {
    const file = await call('excel.exportWorkbook', {
      workshopId: workshop.id,
      teamId: s.scope === 'team' ? s.teamId : null,
      lang: s.lang,
      maskPersonalData: s.check.total > 0,
      jobId,
    });
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
