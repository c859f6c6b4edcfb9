import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { pareto } from '../../../../shared/analysis/pareto';
import type { RoundResult } from '../../../../shared/boards/dot-vote/results';
import { drawPareto } from '../../../../shared/picture/pareto';
import { sharedTranslate } from '../../i18n/keys';

// Drawn at 1000 px and shown at the card's width (about 650 px at 1280x720): 24 px in the drawing reads as ~16 px.
const SIZE = { width: 1000, height: 480, minFontPx: 24 };

/**
 * The round's results as a Pareto chart, drawn by the shared picture (shared/picture/pareto.ts) so the coach's
 * screen and any picture of it agree; the bars that reach 80 % together are also named in text.
 */
export function ParetoPanel({ res, title }: { res: RoundResult; title: string }) {
  const { t, i18n } = useTranslation();
  const analysis = useMemo(
    () =>
      pareto(
        res.options.map((o, i) => ({ label: o.text || t('dotVote.emptyOption'), count: res.tally.options[i]!.total })),
      ),
    [res, t],
  );
  const theme = document.documentElement.dataset.theme === 'high-contrast' ? 'high-contrast' : 'light';
  const markup = useMemo(
    () => drawPareto(analysis, t('pareto.title', { name: title }), { ...SIZE, theme, t: sharedTranslate }),
    // i18n.language: redraw in the new language.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- i18n.language is not read but must redraw the picture in the new language
    [analysis, title, theme, t, i18n.language],
  );
  const vital = analysis.bars
    .filter((b) => b.vital)
    .map((b) => (b.grouped > 0 ? t('pareto.other', { count: b.grouped }) : b.label))
    .join(', ');

  return (
    <div className="dv-pareto" data-testid="pareto">
      <p className="field-hint">{t('pareto.explain')}</p>
      <img
        className="dv-pareto-chart"
        src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`}
        alt={t('pareto.title', { name: title })}
        width={SIZE.width}
        height={SIZE.height}
      />
      {analysis.problem === null ? (
        <p>{t('pareto.vital', { names: vital })}</p>
      ) : (
        <p role="status">
          {t(`pareto.problem.${analysis.problem.kind}`, {
            label: analysis.problem.kind === 'bad-count' ? analysis.problem.label : '',
          })}
        </p>
      )}
    </div>
  );
}
