import { useTranslation } from 'react-i18next';
import type { ControlAnalysis, ControlSignal } from '../../../../shared/boards/measures/control';
import { limitSteps } from '../../../../shared/boards/measures/chart';
import { formatNumber, periodLabel } from './format';

interface Props {
  analysis: ControlAnalysis;
  periods: readonly string[];
}

/** A control chart's verdict in plain language: why there are no limits, or every special cause, explained. */
export function ControlSignalPanel({ analysis: a, periods }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const label = (i: number) => periodLabel(t, periods[i]);

  function explain(s: ControlSignal): string {
    switch (s.rule) {
      case 'outside':
        return t(`measures.controlSignal.outside.${s.side}`, { period: label(s.index) });
      case 'shift':
        return t(`measures.controlSignal.shift.${s.side}`, { length: s.length, from: label(s.from), to: label(s.to) });
      case 'trend':
        return t(`measures.controlSignal.trend.${s.direction}`, {
          length: s.length,
          from: label(s.from),
          to: label(s.to),
        });
      case 'two-of-three':
        return t(`measures.controlSignal.two-of-three.${s.side}`, { from: label(s.from), to: label(s.to) });
      case 'inner-third':
        return t('measures.controlSignal.inner-third.text', { length: s.length, from: label(s.from), to: label(s.to) });
    }
  }

  const fmt = (v: number | null) => (v === null ? '–' : formatNumber(v, lang));
  const ucl = limitSteps(a.ucl);
  const lcl = limitSteps(a.lcl);
  const range = (steps: typeof ucl) => {
    if (steps.length === 0) return '–';
    const vs = steps.map((s) => s.value);
    const lo = Math.min(...vs);
    const hi = Math.max(...vs);
    return lo === hi ? fmt(lo) : `${fmt(lo)}…${fmt(hi)}`;
  };
  const limits =
    a.centre === null || ucl.length === 0
      ? '–'
      : `${range(lcl)} – ${range(ucl)}${a.stepped ? ` (${t('measures.control.facts.stepped')})` : ''}`;
  const facts = [
    [t('measures.control.facts.points'), String(a.n)],
    [t('measures.control.facts.centre'), fmt(a.centre)],
    [t('measures.control.facts.limits'), limits],
  ] as const;
  const p = a.problem;
  const problemText =
    p === null
      ? null
      : p.kind === 'too-few'
        ? t(p.frozen ? 'measures.control.problem.too-few-frozen' : 'measures.control.problem.too-few', {
            have: p.have,
            needed: p.needed,
          })
        : t(`measures.control.problem.${p.kind}`);

  return (
    <section className="msignals" aria-labelledby="msignals-title" data-testid="control-signals">
      <h3 id="msignals-title" className="visually-hidden">
        {t('measures.signals.title')}
      </h3>
      <dl className="mfacts">
        {facts.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      {a.frozen && !p && <p className="muted mfrozen">{t('measures.control.frozen', { count: a.baseN })}</p>}
      {a.trial && !p && <p className="muted mfrozen">{t('measures.control.trial', { count: a.baseN })}</p>}
      {a.excluded.length > 0 && (
        <ul className="mexcluded">
          {a.excluded.map((e) => (
            <li key={e.index}>{t(`measures.control.excluded.${e.reason}`, { period: label(e.index) })}</li>
          ))}
        </ul>
      )}
      {problemText !== null ? (
        <p className="msignal msignal-early" role="status">
          {problemText}
        </p>
      ) : a.signals.length === 0 ? (
        <p className="msignal msignal-none">{t('measures.control.none')}</p>
      ) : (
        <ul className="msignal-list">
          {a.signals.map((s, k) => (
            <li key={k} className={`msignal msignal-${s.effect}`}>
              <strong>
                {t(`measures.signal.${s.rule}.title`)} ·{' '}
                <span className="msignal-effect">{t(`measures.effect.${s.effect}`)}</span>
              </strong>
              <span>{explain(s)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
