import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoryboardMeasure } from '../../../shared/storyboard/model';
import { analyseMeasure, measureSeries, signalsOf } from '../../../shared/boards/measures/analysis';
import { periodOfIsoDate } from '../../../shared/boards/measures/periods';
import { signalPoints } from '../../../shared/analysis/run-chart';
import { RunChart, type PdsaMarker } from '../boards/measures/RunChart';
import { formatDate } from '../boards/measures/format';
import '../boards/measures/measures.css';
import type { SheetVariant } from './StoryboardSheet';

/** One measure's latest run chart with its signal points and PDSA starts, as the measures board draws it. */
export function MeasureChart({ item, variant }: { item: StoryboardMeasure; variant: SheetVariant }) {
  const { i18n } = useTranslation();
  const { measure } = item;
  const series = useMemo(() => measureSeries(measure), [measure]);
  const analysis = useMemo(() => analyseMeasure(measure, series), [measure, series]);
  const highlighted = useMemo(() => (analysis.tooEarly ? new Set<number>() : signalPoints(signalsOf(analysis, item.ruleSet))), [analysis, item.ruleSet]);
  const markers = useMemo(() => {
    const index = new Map(series.periods.map((p, i) => [p, i]));
    const out: PdsaMarker[] = [];
    item.pdsaStarts.forEach((c, k) => {
      const period = periodOfIsoDate(c.date, measure.frequency);
      const i = period === null ? undefined : index.get(period);
      if (i !== undefined) out.push({ index: i, label: `P${k + 1}`, title: c.title, date: formatDate(c.date, i18n.language) });
    });
    return out;
  }, [item.pdsaStarts, series, measure.frequency, i18n.language]);
  return (
    <div className={`sb-chart sb-chart-${variant}`}>
      <RunChart measure={measure} series={series} analysis={analysis} highlighted={highlighted} markers={markers} height={variant === 'projector' ? 300 : 185} />
    </div>
  );
}
