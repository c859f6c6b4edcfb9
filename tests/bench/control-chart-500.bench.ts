// A measure with 500 weekly points on a P chart (varying denominators: stepped limits, a square root per point, the
// costliest chart) with every special-cause rule: analyse and render the board's chart to SVG markup, against a bare
// 500-point SVG polyline rendered the same way. The two are timed interleaved, round by round, so load on the shared
// machine hits both alike. Budget: 50 ms for the chart (the goal); over it the run exits non-zero. React runs
// in its production build, as in the app.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { mergeLocaleFiles, type Tree } from '../../shared/i18n/merge';
import { newMeasure, type MeasurePoint } from '../../shared/boards/measures/model';
import { analyseMeasure, measureSeries } from '../../shared/boards/measures/analysis';
import { analyseMeasureControl } from '../../shared/boards/measures/control';
import { addPeriods } from '../../shared/boards/measures/periods';
import { signalPoints } from '../../shared/analysis/run-chart';
import { median, overBudget, report, size } from './harness';

// React as the app ships it: the development build's element checks cost several times the render itself. React
// picks its build when first loaded, so it is loaded after this line.
process.env.NODE_ENV = 'production';
const { createElement } = await import('react');
const { renderToStaticMarkup } = await import('react-dom/server');
const { I18nextProvider, initReactI18next } = await import('react-i18next');
const { RunChart } = await import('../../renderer/src/boards/measures/RunChart');

const BUDGET_MS = 50;
const dir = join(import.meta.dirname, '../../shared/i18n/locales/fi');
const fi = mergeLocaleFiles(
  readdirSync(dir).map((name) => ({ name, tree: JSON.parse(readFileSync(join(dir, name), 'utf8')) as Tree })),
);
const i18n = i18next.createInstance();
await i18n
  .use(initReactI18next)
  .init({ lng: 'fi', resources: { fi: { translation: fi } }, interpolation: { escapeValue: false } });

const N = size(500, 30);
const points: MeasurePoint[] = Array.from({ length: N }, (_, i) => {
  const denominator = 80 + ((i * 37) % 60);
  const rate = (i < N / 2 ? 0.3 : 0.22) + Math.sin(i * 1.7) * 0.05;
  return {
    period: addPeriods('2016-W01', i, 'week'),
    value: Math.round(denominator * rate),
    denominator,
    note: '',
    astronomical: false,
  };
});
const measure = {
  ...newMeasure('m', 'Ajallaan hoidetut', { chart: 'p', isRate: true, multiplier: 100, freezeAfter: N >> 1 }),
  points,
};

function app(): void {
  const series = measureSeries(measure);
  const analysis = analyseMeasure(measure, series);
  const control = analyseMeasureControl(measure, series);
  if (!control || control.problem) throw new Error('the benchmark chart has no limits');
  const highlighted = signalPoints(control.signals);
  renderToStaticMarkup(
    createElement(
      I18nextProvider,
      { i18n },
      createElement(RunChart, { measure, series, analysis, control, highlighted, markers: [] }),
    ),
  );
}

function bare(): void {
  const w = 800;
  const h = 330;
  const ys = points.map((p) => (p.value ?? 0) / (p.denominator ?? 1));
  const lo = Math.min(...ys);
  const hi = Math.max(...ys);
  const pts = ys.map((v, i) => `${((i * w) / (N - 1)).toFixed(1)},${(h - ((v - lo) / (hi - lo)) * h).toFixed(1)}`);
  renderToStaticMarkup(
    createElement('svg', { width: w, height: h }, createElement('polyline', { points: pts.join(' ') })),
  );
}

const ROUNDS = size(15, 1);
app(); // warm-up
bare();
const appTimes: number[] = [];
const bareTimes: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  let t0 = performance.now();
  app();
  appTimes.push(performance.now() - t0);
  t0 = performance.now();
  bare();
  bareTimes.push(performance.now() - t0);
}
const appMs = median(appTimes);
report('control-chart-500', appMs, 'ms', median(bareTimes), 'bare 500-point SVG polyline');
if (appMs > BUDGET_MS) overBudget(`bench control-chart-500: ${appMs.toFixed(1)} ms is over the ${BUDGET_MS} ms budget`);
