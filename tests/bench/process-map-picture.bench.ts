// The process map picture of a 300-step, 5-lane map with its sections (flow columns, ELK layout and routing,
// wrapped and hyphenated text, every section's SVG), computed in Node, against drawing the same number of plain
// rectangles with their text (one <rect> and one <text> per step) measured interleaved in the same run.
// Goal: under 200 ms at the median; the run fails (exit 1) over it.
import { drawBoardSections } from '../../shared/boards/pictures';
import { dynamicTranslator } from '../../shared/i18n/translate';
import { rectEl, svgDocument, textEl } from '../../shared/picture/svg';
import { finnishMap } from '../helpers/finnish-maps';
import { median, overBudget, report, size } from './harness';

const GOAL_MS = 200;
const STEPS = size(300, 30);
const ROUNDS = size(9, 1);
const t = dynamicTranslator('fi');
const options = { width: 1920, height: 1080, theme: 'light' as const, minFontPx: 24, t };
const board = { id: 'bench', name: 'Asiakkaan polku', kind: 'process-map' };

/**
 * A fresh document each round whose geometry changed (the first step's text grows by lines), so the layout cannot
 * come from the round before: every round pays for ELK on the edited stretch (more when the growth changes the
 * chosen line budget). Wrapped texts and the ELK runs of the unchanged stretches are reused, as they are when a
 * coach edits one step.
 */
const docFor = (round: number) => {
  const doc = finnishMap(STEPS, 5);
  doc.nodes[0]!.text = `${doc.nodes[0]!.text} ${'lisätty sana '.repeat(3 + 4 * (round + 1))}`;
  return doc;
};

function plainRects(round: number): string {
  const doc = docFor(round);
  const parts = doc.nodes.map(
    (n, i) =>
      rectEl((i % 40) * 48, Math.floor(i / 40) * 140, 44, 120, { fill: '#fff', stroke: '#0b5f6e' }) +
      textEl((i % 40) * 48 + 4, Math.floor(i / 40) * 140 + 30, n.text, { size: 24, fill: '#111' }),
  );
  return svgDocument({ width: 1920, height: 1080, background: '#fff', title: board.name }, parts.join(''));
}

let sections = 0;
const app: number[] = [];
const bare: number[] = [];
// Warm-up: the ELK engine starts once per process (~30 ms), the JIT settles.
drawBoardSections('process-map', docFor(-1), board, options);
plainRects(-1);
for (let r = 0; r < ROUNDS; r++) {
  let t0 = performance.now();
  sections = drawBoardSections('process-map', docFor(r), board, options)!.length;
  app.push(performance.now() - t0);
  t0 = performance.now();
  plainRects(r);
  bare.push(performance.now() - t0);
}
const appMs = median(app);
report('process-map-picture', appMs, 'ms', median(bare), 'plain-rects-same-count');
console.log(`  ${STEPS} steps in ${sections} sections; goal < ${GOAL_MS} ms`);
if (appMs > GOAL_MS) overBudget(`bench process-map-picture: ${appMs.toFixed(1)} ms is over the goal of ${GOAL_MS} ms`);
