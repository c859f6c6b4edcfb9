// A measure with 500 weekly points: analyse (both rule sets) and render the run chart to SVG markup, against a
// bare chart (one <svg> with the same 500 <circle>s and a <path>, no analysis) rendered the same way in the same run.
// Rendering is React's server renderer in Node (the same component tree the app mounts; no layout or paint).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { mergeLocaleFiles, type Tree } from '../../shared/i18n/merge';
import { newMeasure, type MeasurePoint } from '../../shared/boards/measures/model';
import { analyseMeasure, measureSeries, signalsOf } from '../../shared/boards/measures/analysis';
import { addPeriods } from '../../shared/boards/measures/periods';
import { signalPoints } from '../../shared/analysis/run-chart';
import { RunChart } from '../../renderer/src/boards/measures/RunChart';
import { report, size, timeRounds } from './harness';

const dir = join(import.meta.dirname, '../../shared/i18n/locales/fi');
const fi = mergeLocaleFiles(
  readdirSync(dir).map((name) => ({ name, tree: JSON.parse(readFileSync(join(dir, name), 'utf8')) as Tree })),
);
const i18n = i18next.createInstance();
await i18n
  .use(initReactI18next)
  .init({ lng: 'fi', resources: { fi: { translation: fi } }, interpolation: { escapeValue: false } });

const N = size(500, 20);
const points: MeasurePoint[] = Array.from({ length: N }, (_, i) => ({
  period: addPeriods('2016-W01', i, 'week'),
  value: (i < N / 2 ? 27 : 16) + Math.round(Math.sin(i * 1.7) * 4),
  denominator: null,
  note: '',
  astronomical: false,
}));
const measure = { ...newMeasure('m', 'Odotusaika', { target: 14 }), points };

const ROUNDS = size(15, 1);
const appMs = await timeRounds(ROUNDS, () => {
  const series = measureSeries(measure);
  const analysis = analyseMeasure(measure, series);
  const highlighted = signalPoints(signalsOf(analysis, 'ihi'));
  const markers = [{ index: N >> 1, label: 'P1', title: 'Chat', date: '1.1.2021' }];
  renderToStaticMarkup(
    createElement(
      I18nextProvider,
      { i18n },
      createElement(RunChart, { measure, series, analysis, highlighted, markers }),
    ),
  );
});

const bareMs = await timeRounds(ROUNDS, () => {
  const w = 800;
  const h = 330;
  const ys = points.map((p) => p.value ?? 0);
  const lo = Math.min(...ys);
  const hi = Math.max(...ys);
  const x = (i: number) => (i * w) / (N - 1);
  const y = (v: number) => h - ((v - lo) / (hi - lo)) * h;
  renderToStaticMarkup(
    createElement('svg', { width: w, height: h }, [
      createElement('path', { key: 'p', d: ys.map((v, i) => `${i ? 'L' : 'M'}${x(i)},${y(v)}`).join('') }),
      ...ys.map((v, i) => createElement('circle', { key: i, cx: x(i), cy: y(v), r: 5 })),
    ]),
  );
});

report('measures-500-point-chart', appMs, 'ms', bareMs, 'bare 500-point SVG chart');
