// Relayout of a 6-bone, 300-cause fishbone after one edit (the cause text changes, so it is re-wrapped; the other
// notes come from the wrap cache as in the app), against applying that edit itself (immer recipe + patches) in the
// same run. Budget: relayout under 20 ms (median of rounds, p95 printed to stderr).
import { fishbone, emptyFishbone } from '../../shared/boards/fishbone/definition';
import { layoutFishbone, estimateWidth, type Measure } from '../../shared/boards/fishbone/layout';
import type { Cause, FishboneDoc } from '../../shared/boards/fishbone/model';
import { runCommand } from '../../shared/boards/run';
import { median, overBudget, size } from './harness';

const CAUSES = size(300, 12);
const ROUNDS = size(200, 1);
const WARM = size(20, 1);

function doc300(): FishboneDoc {
  const doc = emptyFishbone();
  const causes: Cause[] = [];
  const tops: Record<string, string[]> = {};
  for (let i = 0; i < CAUSES; i++) {
    const boneId = `bone-${(i % 6) + 1}`;
    const list = (tops[boneId] ??= []);
    const parentId = i % 3 === 2 && list.length > 0 ? list[list.length - 1]! : null;
    causes.push({
      id: `c${i}`,
      boneId,
      parentId,
      text: `Syy ${i}: asiakas odottaa, koska ${'tieto ei kulje '.repeat(1 + (i % 4))}`,
      rootCause: i % 11 === 0,
      evidence: null,
      evidenceNote: '',
      whys: null,
    });
    if (!parentId) list.push(`c${i}`);
  }
  doc.causes = causes;
  doc.effect.text = 'Nuori odottaa ensikäyntiä 9 viikkoa';
  return doc;
}

// A measure with a per-call cost like a canvas measureText (a fresh function, so the wrap cache starts cold).
const measure: Measure = (t, s, b) => estimateWidth(t, s, b);
let doc = doc300();
layoutFishbone(doc, { measure });

const relayout: number[] = [];
const apply: number[] = [];
for (let r = 0; r < ROUNDS + WARM; r++) {
  const cmd = {
    type: 'setCauseText' as const,
    id: `c${(r * 7) % CAUSES}`,
    text: `Muokattu syy ${r}: lähete puuttuu, koska ohje on vanha`,
  };
  const t0 = performance.now();
  const next = runCommand<FishboneDoc>(fishbone, doc, cmd).doc;
  const t1 = performance.now();
  const l = layoutFishbone(next, { measure });
  const t2 = performance.now();
  if (l.notes.length !== CAUSES) throw new Error('layout lost notes');
  doc = next;
  if (r >= WARM) {
    apply.push(t1 - t0);
    relayout.push(t2 - t1);
  }
}
// Cold: a fresh measure function, so every note is wrapped again (first open, or after the web font loads).
const cold: number[] = [];
for (let r = 0; r < WARM; r++) {
  const fresh: Measure = (t, s, b) => estimateWidth(t, s, b);
  const t0 = performance.now();
  layoutFishbone(doc, { measure: fresh });
  cold.push(performance.now() - t0);
}
console.error(`fishbone layout from cold (every note wrapped): median ${median(cold).toFixed(3)} ms`);
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(0.95 * xs.length)]!;
const med = median(relayout);
console.error(
  `fishbone relayout: median ${med.toFixed(3)} ms, p95 ${p95(relayout).toFixed(3)} ms; apply median ${median(apply).toFixed(3)} ms`,
);
console.log(
  `bench fishbone-relayout-300: ${med.toFixed(3)} ms, ratio ${(med / median(apply)).toFixed(2)} vs apply-the-edit`,
);
if (!(med < 20)) overBudget(`relayout ${med.toFixed(2)} ms is over 20 ms`);
