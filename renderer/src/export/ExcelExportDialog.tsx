import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { HEADER_LANGUAGES, type HeaderLanguage } from '../../../shared/export/headers';
import { CSV_SEPARATORS, type PersonalDataFindingOut } from '../../../shared/api/methods/excel';
import { useApp } from '../app/store';
import { SelectField } from '../components/SelectField';
import {
  closeExcelExport,
  runExcelExport,
  setExcelFormat,
  setExcelLanguage,
  setExcelScope,
  setExcelSeparator,
  setExcelSheet,
  useExcelExport,
  type ExcelFormat,
} from './excel-export';
import './excel-export.css';

/** Which part of the workshop a finding's path is in, as an i18n key under excel.place. */
function placeKey(path: string): 'title' | 'round' | 'day' | 'team' | 'member' | 'boardName' | 'board' {
  if (path === 'title') return 'title';
  if (path.startsWith('round')) return 'round';
  if (path.startsWith('days')) return 'day';
  if (path.startsWith('teams')) return 'team';
  if (path.startsWith('members')) return 'member';
  if (/^boards\[\d+\]\.name$/.test(path)) return 'boardName';
  return 'board';
}

const FORMATS: readonly ExcelFormat[] = ['xlsx', 'csv'];
const SEPARATOR_KEY = { ';': 'separatorSemicolon', ',': 'separatorComma' } as const;

function Finding({ f }: { f: PersonalDataFindingOut }) {
  const { t } = useTranslation();
  const where = [f.team, f.board, t(`excel.place.${placeKey(f.path)}`)].filter(Boolean).join(' › ');
  return (
    <li className="excel-finding">
      <span className="excel-finding-kind">{t(`excel.kind.${f.kind}`)}</span>
      <span className="excel-finding-where">{where}</span>
      <code className="excel-finding-excerpt">{f.excerpt}</code>
    </li>
  );
}

/**
 * File › Team to Excel / Round to Excel: what to export (one team or the round), the format (the workbook, or one
 * of its sheets as CSV with its separator), the header language, the
 * personal-data check with every finding listed (mask them in the export, or cancel), and the progress of a
 * long export. A native modal <dialog>: focus trap, Escape and the top layer come from the browser.
 */
export function ExcelExportDialog() {
  const { t } = useTranslation();
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const { open, scope, teamId, lang, format, sheets, sheet, separator, check, progress } = useExcelExport();
  const workshop = useApp((s) => s.workshop);
  const teams = [...(workshop?.teams ?? [])].sort((a, b) => a.ordinal - b.ordinal);

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal?.();
    if (!open && d.open) d.close();
  }, [open]);

  const busy = progress !== null;
  const found = check.status === 'done' && check.total > 0;
  const csv = format === 'csv';
  const ready =
    check.status === 'done' &&
    !busy &&
    (scope === 'round' || teamId !== null) &&
    (!csv || (sheets.status === 'done' && sheet !== null));
  const percent = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;

  return (
    <dialog
      ref={ref}
      className="dialog excel-dialog"
      aria-labelledby={`${id}-t`}
      onCancel={(e) => {
        e.preventDefault();
        closeExcelExport();
      }}
    >
      <h2 id={`${id}-t`}>{t('excel.dialog.title')}</h2>
      <div className="excel-options">
        <div className="excel-col">
          <fieldset className="excel-scope" disabled={busy}>
            <legend>{t('excel.dialog.scope')}</legend>
            <label className="excel-radio">
              <input
                type="radio"
                name={`${id}-scope`}
                checked={scope === 'team'}
                disabled={teams.length === 0}
                onChange={() => setExcelScope('team')}
              />
              {t('excel.dialog.team')}
            </label>
            {scope === 'team' && (
              <div className="field excel-team">
                <label htmlFor={`${id}-team`}>{t('excel.dialog.whichTeam')}</label>
                <select id={`${id}-team`} value={teamId ?? ''} onChange={(e) => setExcelScope('team', e.target.value)}>
                  {teams.map((tm) => (
                    <option key={tm.id} value={tm.id}>
                      {tm.name}
                    </option>
                  ))}
                </select>
              </div>
            )}
            <label className="excel-radio">
              <input
                type="radio"
                name={`${id}-scope`}
                checked={scope === 'round'}
                onChange={() => setExcelScope('round')}
              />
              {t('excel.dialog.round', { count: teams.length })}
            </label>
          </fieldset>
          <div className="field">
            <label htmlFor={`${id}-lang`}>{t('excel.dialog.language')}</label>
            <select
              id={`${id}-lang`}
              value={lang}
              disabled={busy}
              onChange={(e) => setExcelLanguage(e.target.value as HeaderLanguage)}
            >
              {HEADER_LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {t(`excel.language.${l}`)}
                </option>
              ))}
            </select>
            <p className="excel-hint">{t('excel.dialog.languageHint')}</p>
          </div>
        </div>
        <div className="excel-col">
          <fieldset className="excel-scope" disabled={busy}>
            <legend>{t('excel.dialog.format')}</legend>
            {FORMATS.map((f) => (
              <label key={f} className="excel-radio">
                <input type="radio" name={`${id}-format`} checked={format === f} onChange={() => setExcelFormat(f)} />
                {t(f === 'xlsx' ? 'excel.dialog.formatXlsx' : 'excel.dialog.formatCsv')}
              </label>
            ))}
            {csv && (
              <div className="excel-csv">
                <SelectField
                  label={t('excel.dialog.sheet')}
                  value={sheet ?? ''}
                  disabled={sheets.status !== 'done'}
                  onChange={setExcelSheet}
                  options={
                    sheets.status === 'done'
                      ? sheets.sheets.map((x) => ({
                          value: x.name,
                          label: t('excel.dialog.sheetOption', { name: x.name, count: x.rows }),
                        }))
                      : [
                          {
                            value: '',
                            label: t(
                              sheets.status === 'loading' ? 'excel.dialog.sheetsLoading' : 'excel.dialog.sheetsFailed',
                            ),
                          },
                        ]
                  }
                />
                <SelectField
                  label={t('excel.dialog.separator')}
                  value={separator}
                  onChange={(v) => setExcelSeparator(v === ',' ? ',' : ';')}
                  options={CSV_SEPARATORS.map((sep) => ({
                    value: sep,
                    label: t(`excel.dialog.${SEPARATOR_KEY[sep]}`),
                  }))}
                />
                <p className="excel-hint">{t('excel.dialog.csvHint')}</p>
              </div>
            )}
          </fieldset>
        </div>
      </div>

      <section className="excel-personal" aria-labelledby={`${id}-pd`} aria-live="polite">
        <h3 id={`${id}-pd`}>{t('excel.personal.title')}</h3>
        {check.status === 'checking' && <p>{t('excel.personal.checking')}</p>}
        {check.status === 'failed' && <p>{t('excel.personal.failed')}</p>}
        {check.status === 'done' && check.total === 0 && <p>{t('excel.personal.none')}</p>}
        {found && (
          <div className="excel-found" role="group" aria-labelledby={`${id}-found`}>
            <p id={`${id}-found`} className="excel-found-title">
              {t('excel.personal.found', { count: check.total })}
            </p>
            <ul className="excel-findings" aria-label={t('excel.personal.list')} tabIndex={0}>
              {check.findings.map((f, i) => (
                <Finding key={i} f={f} />
              ))}
            </ul>
            {check.total > check.findings.length && (
              <p className="excel-hint">{t('excel.personal.more', { count: check.total - check.findings.length })}</p>
            )}
            <p className="excel-hint">{t('excel.personal.explain')}</p>
          </div>
        )}
      </section>

      {busy && (
        <div className="excel-progress">
          <label htmlFor={`${id}-progress`}>
            {csv
              ? t('excel.progress.csv')
              : progress.total > 0
                ? t('excel.progress.rows', { done: progress.done, total: progress.total, percent })
                : t('excel.progress.starting')}
          </label>
          <progress id={`${id}-progress`} max={Math.max(1, progress.total)} value={progress.done} />
        </div>
      )}

      <div className="dialog-actions">
        <button type="button" className="btn" onClick={closeExcelExport} disabled={busy}>
          {t('common.cancel')}
        </button>
        <button type="button" className="btn btn-primary" onClick={() => void runExcelExport()} disabled={!ready}>
          {found ? t('excel.dialog.maskAndExport') : t('excel.dialog.export')}
        </button>
      </div>
    </dialog>
  );
}
