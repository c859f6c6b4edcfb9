import { useTranslation } from 'react-i18next';
import type { RuleSet, RunChartAnalysis, Signal } from '../../../../shared/analysis/run-chart';
import { formatNumber, periodLabel } from './format';

interface Props {
  analysis: RunChartAnalysis;
  ruleSet: RuleSet;
  periods: readonly string[];
}

/** The chart's verdict in plain language: every signal of the chosen rule set, explained. */
export function SignalPanel({ analysis, ruleSet, periods }: Props) {
  const { t, i18n } = useTranslation();
  const signals = ruleSet === 'ihi' ? analysis.ihi.signals : analysis.anhoj.signals;
  const label = (i: number) => periodLabel(t, periods[i]);

  function explain(s: Signal): string {
    switch (s.rule) {
      case 'shift':
        return t(`measures.signal.shift.${s.side}`, { length: s.length, from: label(s.from), to: label(s.to) });
      case 'trend':
        return t(`measures.signal.trend.${s.direction}`, { length: s.length, from: label(s.from), to: label(s.to) });
      case 'runs':
        return t(`measures.signal.runs.${s.kind}`, { runs: s.runs, lower: s.lower, upper: s.upper });
      case 'astronomical':
        return t('measures.signal.astronomical.text', { period: label(s.index) });
      case 'longest-run':
        return t(`measures.signal.longest-run.${s.side}`, {
          length: s.length,
          limit: s.limit,
          useful: analysis.useful,
          from: label(s.from),
          to: label(s.to),
        });
      case 'crossings':
        return t('measures.signal.crossings.text', { crossings: s.crossings, limit: s.limit, useful: analysis.useful });
    }
  }

  const facts = [
    [t('measures.facts.points'), String(analysis.n)],
    [t('measures.facts.median'), analysis.median === null ? '–' : formatNumber(analysis.median, i18n.language)],
    [t('measures.facts.useful'), String(analysis.useful)],
    [t('measures.facts.longestRun'), String(analysis.longestRun)],
    [t('measures.facts.crossings'), String(analysis.crossings)],
  ] as const;

  return (
    <section className="msignals" aria-labelledby="msignals-title">
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
      {analysis.frozen && (
        <p className="muted mfrozen">{t('measures.signals.frozen', { count: analysis.medianFrom })}</p>
      )}
      {analysis.tooEarly ? (
        <p className="msignal msignal-early">{t('measures.signals.tooEarly', { n: analysis.n })}</p>
      ) : signals.length === 0 ? (
        <p className="msignal msignal-none">{t('measures.signals.none')}</p>
      ) : (
        <ul className="msignal-list">
          {signals.map((s, k) => (
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
