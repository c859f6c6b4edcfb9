import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoryboardMeasure } from '../../../shared/storyboard/model';
import { drawRunChart } from '../../../shared/boards/measures/picture';
import { sharedTranslate } from '../i18n/keys';

/**
 * One measure's latest run chart (points, median, target, PDSA starts, signal points and the verdict), drawn by the
 * shared picture (shared/boards/measures/picture.ts) at the size it is shown, so its text keeps `minFontPx`.
 */
export function MeasureChart({
  item,
  width,
  height,
  minFontPx,
  theme,
}: {
  item: StoryboardMeasure;
  width: number;
  height: number;
  minFontPx: number;
  theme: 'light' | 'high-contrast';
}) {
  const { t, i18n } = useTranslation();
  const markup = useMemo(() => {
    return drawRunChart(
      item.measure,
      item.ruleSet,
      { width, height, minFontPx, theme, t: sharedTranslate },
      item.pdsaStarts,
    );
    // i18n.language: redraw in the new language.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- i18n.language is not read but must redraw the picture in the new language
  }, [item, width, height, minFontPx, theme, i18n, i18n.language]);
  return (
    <img
      className="sb-chart"
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`}
      alt={t('measures.chart.title', { name: item.measure.name || t('measures.unnamed') })}
      width={width}
      height={height}
    />
  );
}
