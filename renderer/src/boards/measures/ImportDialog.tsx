import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../../../shared/api/client';
import type { Output } from '../../../../shared/api/contract';
import { MEASURES_IMPORT_MAX_BYTES } from '../../../../shared/api/methods/measures';
import type { Measure, MeasuresCommand } from '../../../../shared/boards/measures/model';
import { periodParts } from '../../../../shared/boards/measures/periods';
import { call } from '../../api';
import { formatNumber } from './format';
import { keyFromData } from '../../i18n/keys';

type Parsed = Output<'measures.parseImport'>;

interface Props {
  measure: Measure;
  dispatch: (cmd: MeasuresCommand) => void;
  onClose: () => void;
}

function toBase64(buf: ArrayBuffer): string {
  const bytes = new Uint8Array(buf);
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** Import from .xlsx/.csv: pick a file, see the preview and every bad row, import only when the file is clean. */
export function ImportDialog({ measure, dispatch, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const [fileName, setFileName] = useState('');
  const [parsed, setParsed] = useState<Parsed | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);

  const periodLabel = (key: string) => {
    const p = periodParts(key);
    if (!p) return key;
    return p.kind === 'week'
      ? t('measures.period.week', { n: p.n, year: p.year })
      : t('measures.period.month', { n: p.n, year: p.year });
  };

  async function onFile(file: File | undefined) {
    if (!file) return;
    setFileName(file.name);
    setParsed(null);
    setFailure(null);
    if (file.size > MEASURES_IMPORT_MAX_BYTES) {
      setFailure(t('measures.import.errors.tooLarge', { mb: MEASURES_IMPORT_MAX_BYTES / 1024 / 1024 }));
      return;
    }
    setBusy(true);
    try {
      const out = await call('measures.parseImport', {
        fileName: file.name,
        dataBase64: toBase64(await file.arrayBuffer()),
        frequency: measure.frequency,
        isRate: measure.isRate,
        existingPeriods: measure.points.map((p) => p.period),
      });
      setParsed(out);
    } catch (e) {
      setFailure(
        e instanceof ApiCallError ? t(keyFromData(e.error.key), e.error.params ?? {}) : t('errors.unexpected'),
      );
    } finally {
      setBusy(false);
    }
  }

  function doImport() {
    if (!parsed || parsed.errors.length > 0 || parsed.points.length === 0) return;
    dispatch({ type: 'setPoints', measureId: measure.id, points: parsed.points });
    onClose();
  }

  const errorText = (e: Parsed['errors'][number]) =>
    e.row === 0
      ? t(`measures.import.rowError.${e.key}`, { detail: e.detail })
      : t('measures.import.rowPrefix', { row: e.row }) +
        ' ' +
        t(`measures.import.rowError.${e.key}`, { detail: e.detail });
  const lang = i18n.language;

  return (
    <dialog ref={ref} className="dialog mimport" aria-labelledby={titleId} onClose={onClose} onCancel={onClose}>
      <h2 id={titleId}>{t('measures.import.title', { name: measure.name })}</h2>
      <p className="muted">{t(measure.isRate ? 'measures.import.helpRate' : 'measures.import.help')}</p>
      <div className="field">
        <label htmlFor={`${titleId}-file`}>{t('measures.import.file')}</label>
        <input
          id={`${titleId}-file`}
          type="file"
          accept=".xlsx,.xlsm,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => void onFile(e.currentTarget.files?.[0])}
        />
      </div>
      <div role="status" aria-live="polite" className="mimport-status">
        {busy && <p>{t('measures.import.reading', { name: fileName })}</p>}
        {failure && <p className="error-text">{failure}</p>}
        {parsed && parsed.errors.length > 0 && (
          <p className="error-text">
            <strong>{t('measures.import.hasErrors', { count: parsed.errors.length })}</strong>
          </p>
        )}
        {parsed && parsed.errors.length === 0 && (
          <p>
            {t('measures.import.ready', {
              count: parsed.points.length,
              replaced: parsed.replaced,
              skipped: parsed.skippedEmpty,
            })}
          </p>
        )}
      </div>
      {parsed && parsed.errors.length > 0 && (
        <ul className="mimport-errors" tabIndex={0} aria-label={t('measures.import.errorList')}>
          {parsed.errors.slice(0, 100).map((e, k) => (
            <li key={k}>{errorText(e)}</li>
          ))}
        </ul>
      )}
      {parsed && parsed.preview.length > 0 && (
        <div className="mimport-preview" tabIndex={0} role="region" aria-label={t('measures.import.preview')}>
          <table aria-label={t('measures.import.preview')}>
            <thead>
              <tr>
                <th scope="col">{t('measures.import.row')}</th>
                <th scope="col">{measure.frequency === 'week' ? t('measures.grid.week') : t('measures.grid.month')}</th>
                <th scope="col">{measure.isRate ? t('measures.grid.numerator') : t('measures.grid.value')}</th>
                {measure.isRate && <th scope="col">{t('measures.grid.denominator')}</th>}
                <th scope="col">{t('measures.grid.note')}</th>
              </tr>
            </thead>
            <tbody>
              {parsed.preview.map((r) => (
                <tr key={r.row}>
                  <td>{r.row}</td>
                  <td>
                    {periodLabel(r.period)}
                    {r.replaces && <span className="mimport-replaces"> {t('measures.import.replaces')}</span>}
                  </td>
                  <td className="num">{r.value === null ? '' : formatNumber(r.value, lang)}</td>
                  {measure.isRate && (
                    <td className="num">{r.denominator === null ? '' : formatNumber(r.denominator, lang)}</td>
                  )}
                  <td>{r.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="btn btn-primary"
          disabled={!parsed || parsed.errors.length > 0 || parsed.points.length === 0}
          onClick={doImport}
        >
          {t('measures.import.do', { count: parsed?.points.length ?? 0 })}
        </button>
      </div>
    </dialog>
  );
}
