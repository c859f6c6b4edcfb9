import { useTranslation } from 'react-i18next';
import type { ValueStreamTotals } from '../../../../shared/analysis/value-stream/totals';
import type { ValueStreamDoc } from '../../../../shared/boards/value-stream/model';
import { formatDeltaMinutes, formatMinutes, formatNumber, formatPercent } from './format';
import { deltas } from './scene';

interface Props {
  doc: ValueStreamDoc;
  totals: ValueStreamTotals;
  compare: { name: string; totals: ValueStreamTotals } | null;
  sourceGoneCount: number;
  /** Selects the next step lacking that time and puts the cursor in its field. */
  onFill?: (role: 'wait' | 'process') => void;
}

/** The key numbers in HTML, always in view above the ladder (and read by screen readers). */
export function TotalsBar({ doc, totals, compare, sourceGoneCount, onFill }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const missing = t('valueStream.totals.missing');
  const d = compare ? deltas(totals, compare.totals) : null;
  const names = new Map(doc.steps.map((s, i) => [s.id, `${i + 1}. ${s.name || t('valueStream.unnamedStep')}`]));
  const delta = (value: string | null) =>
    d && value !== null ? (
      <span className="vs-delta" data-testid="vs-delta">
        {value}
      </span>
    ) : null;
  // Steps without a time are one message each kind (with a way to fill them), not a warning per step.
  const missingIn = (role: 'wait' | 'process') =>
    totals.steps.filter((st) => st.issues.some((i) => i.code === 'missing' && i.field === role)).length;
  const fillable = (['wait', 'process'] as const)
    .map((role) => ({ role, count: missingIn(role) }))
    .filter((x) => x.count > 0);
  const notes: string[] = [];
  if (totals.lacking.wait > missingIn('wait'))
    notes.push(t('valueStream.totals.lackingWait', { count: totals.lacking.wait - missingIn('wait') }));
  if (totals.lacking.process > missingIn('process'))
    notes.push(t('valueStream.totals.lackingProcess', { count: totals.lacking.process - missingIn('process') }));
  if (doc.steps.length > 0 && totals.lacking.complete > 0 && totals.rolledComplete !== null)
    notes.push(t('valueStream.totals.lackingComplete', { count: totals.lacking.complete }));
  const otherIssues = totals.steps.filter((st) => st.issues.some((i) => i.code !== 'missing')).length;
  if (otherIssues > 0) notes.push(t('valueStream.issue.count', { count: otherIssues }));
  if (sourceGoneCount > 0) notes.push(t('valueStream.source.deletedSteps', { count: sourceGoneCount }));

  return (
    <section className="vs-totals" aria-label={t('valueStream.totals.title')}>
      <dl>
        <div className="vs-total vs-total-lead">
          <dt>{t('valueStream.totals.lead')}</dt>
          <dd>
            <span className="vs-value" data-testid="vs-lead">
              {totals.lead ? formatMinutes(totals.lead.typical, t, lang) : missing}
            </span>
            {totals.lead && (totals.lead.min !== totals.lead.typical || totals.lead.max !== totals.lead.typical) && (
              <span className="vs-sub">
                {t('valueStream.totals.range', {
                  min: formatMinutes(totals.lead.min, t, lang),
                  max: formatMinutes(totals.lead.max, t, lang),
                })}
              </span>
            )}
            {delta(d && d.lead !== null ? formatDeltaMinutes(d.lead, totals.lead!.typical, t, lang) : null)}
          </dd>
        </div>
        <div className="vs-total">
          <dt>{t('valueStream.totals.process')}</dt>
          <dd>
            <span className="vs-value" data-testid="vs-process">
              {totals.process ? formatMinutes(totals.process.typical, t, lang) : missing}
            </span>
            {delta(d && d.process !== null ? formatDeltaMinutes(d.process, totals.process!.typical, t, lang) : null)}
          </dd>
        </div>
        <div className="vs-total vs-total-flow">
          <dt>{t('valueStream.totals.flow')}</dt>
          <dd>
            <span className="vs-value" data-testid="vs-flow">
              {totals.flowEfficiency === null ? missing : formatPercent(totals.flowEfficiency, lang)}
            </span>
            {totals.flowEfficiency !== null && (
              <span className="vs-sub">
                {t('valueStream.totals.flowSentence', { pct: formatPercent(totals.flowEfficiency, lang) })}
              </span>
            )}
            {delta(
              d && d.flow !== null
                ? t('valueStream.totals.deltaPoints', {
                    value: `${d.flow >= 0 ? '+' : '−'}${formatNumber(Math.abs(d.flow * 100), lang, 1)}`,
                  })
                : null,
            )}
          </dd>
        </div>
        <div className="vs-total">
          <dt>{t('valueStream.totals.complete')}</dt>
          <dd>
            <span className="vs-value" data-testid="vs-complete">
              {totals.rolledComplete === null ? missing : `${formatNumber(totals.rolledComplete, lang, 0)} %`}
            </span>
          </dd>
        </div>
        <div className="vs-total">
          <dt>{t('valueStream.totals.handoffs')}</dt>
          <dd>
            <span className="vs-value" data-testid="vs-handoffs">
              {totals.handoffs}
            </span>
            <span className="vs-sub">{t('valueStream.totals.handoffsHint')}</span>
            {delta(d ? `${d.handoffs > 0 ? '+' : d.handoffs < 0 ? '−' : '±'}${Math.abs(d.handoffs)}` : null)}
          </dd>
        </div>
      </dl>
      {(notes.length > 0 || fillable.length > 0 || totals.branched || compare) && (
        <p className="vs-notes">
          {compare && (
            <span className="vs-delta-caption">{t('valueStream.totals.deltaCaption', { name: compare.name })}</span>
          )}
          {totals.branched && (
            <span>{t('valueStream.totals.path', { path: totals.path.map((id) => names.get(id)).join(' → ') })}</span>
          )}
          {fillable.map(({ role, count }) => (
            <span key={role} className="vs-note-warn vs-note-fill">
              {t(role === 'wait' ? 'valueStream.totals.missingWait' : 'valueStream.totals.missingProcess', { count })}
              {onFill && (
                <button type="button" className="btn btn-small" onClick={() => onFill(role)}>
                  {t(role === 'wait' ? 'valueStream.totals.fillWait' : 'valueStream.totals.fillProcess')}
                </button>
              )}
            </span>
          ))}
          {notes.map((n) => (
            <span key={n} className="vs-note-warn">
              {n}
            </span>
          ))}
        </p>
      )}
    </section>
  );
}
