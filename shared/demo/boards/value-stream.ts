import { processMap } from '../../boards/process-map/definition';
import { runCommand } from '../../boards/run';
import { valueStream } from '../../boards/value-stream/definition';
import { mapRoutes, valueStreamFromMap } from '../../boards/value-stream/from-map';
import { blankStep, type ValueStreamDoc, type VsStep, type WaitKind } from '../../boards/value-stream/model';
import { flowSteps } from '../../boards/process-map/flow';
import type { DemoTeamKey } from '../content-fi';
import type { DemoBoardBuilder } from './types';

/** %C&A as the teams estimated it in the workshop, step by step along the stream. */
const COMPLETE: Record<DemoTeamKey, readonly (number | null)[]> = {
  pirkanmaa: [95, 70, 85, null, 60, 90, 75, 80, 90, 85, 95],
  'pohjois-karjala': [80, 55, 90, 70, null, 85, 90, 95, 90],
  'vantaa-kerava': [65, 90, 80, 70, 85, null, 90, 95, 90],
};

const NAMES: Record<DemoTeamKey, { current: string; future: string }> = {
  pirkanmaa: { current: 'Arvovirta: nykytila, nuoren polku', future: 'Arvovirta: tavoitetila, nuoren polku' },
  'pohjois-karjala': { current: 'Arvovirta: nykytila, kotiutuminen', future: 'Arvovirta: tavoitetila, kotiutuminen' },
  'vantaa-kerava': {
    current: 'Arvovirta: nykytila, ilmoituksesta tukeen',
    future: 'Arvovirta: tavoitetila, ilmoituksesta tukeen',
  },
};

/** Without a process map: a short stream typed in from scratch (also what the tests of `from scratch` look like). */
function fromScratch(nextId: () => string): VsStep[] {
  const rows: [string, string, string, WaitKind, number, 'day' | 'workday', number, 'min' | 'h'][] = [
    ['Yhteydenotto palveluohjaukseen', 'Palveluohjaaja', 'Sosiaalipalvelut', 'queue', 2, 'workday', 20, 'min'],
    ['Palvelutarpeen arvio', 'Sosiaalityöntekijä', 'Sosiaalipalvelut', 'queue', 10, 'day', 1.5, 'h'],
    ['Päätös palvelusta', 'Johtava sosiaalityöntekijä', 'Sosiaalipalvelut', 'decision', 7, 'day', 30, 'min'],
    ['Palvelun aloitus', 'Ohjaaja', 'Palveluntuottaja', 'client', 14, 'day', 1, 'h'],
  ];
  return rows.map(([name, performer, organisation, waitKind, w, wu, p, pu]) => ({
    ...blankStep(nextId(), name),
    performer,
    organisation,
    waitKind,
    wait: { value: w, min: null, max: null, unit: wu },
    process: { value: p, min: null, max: null, unit: pu },
  }));
}

/**
 * One value stream per demo team, derived from the team's demo process map (along its longest route) and kept
 * linked to it, with %C&A and ranges added; the Pirkanmaa team also has a future state with its two longest waits
 * removed, compared with the current state.
 */
export const valueStreamDemo: DemoBoardBuilder = (ctx) => {
  let doc: ValueStreamDoc = valueStream.createEmpty();
  const map = ctx.teamBoards.find((b) => b.kind === 'process-map');
  const parsed = map ? processMap.docSchema.safeParse(map.doc) : null;
  if (map && parsed?.success) {
    const routes = mapRoutes(parsed.data);
    const longest = [...routes].sort(
      (a, b) => b.processMinutes + b.waitMinutes - (a.processMinutes + a.waitMinutes),
    )[0];
    const cmds = valueStreamFromMap(
      map.id,
      parsed.data,
      routes.length > 1 && longest ? longest.nodeIds : null,
      () => '',
      ctx.nextId,
    );
    for (const c of cmds) doc = runCommand(valueStream, doc, c).doc;
    const kinds = new Map(flowSteps(parsed.data).map((s) => [s.id, s.kind]));
    doc = {
      ...doc,
      steps: doc.steps.map((s, i) => {
        const kind = s.source?.itemId ? kinds.get(s.source.itemId) : undefined;
        const long = s.wait.value !== null && s.wait.unit === 'day' && s.wait.value >= 5;
        const waitKind: WaitKind =
          s.waitKind === 'client'
            ? 'client'
            : kind === 'handoff'
              ? 'referral'
              : kind === 'decision'
                ? 'decision'
                : s.waitKind;
        // Steps that follow at once on the map (a decision, a record) have no wait there; the teams that measured
        // them entered zero, Vantaa–Kerava has not measured yet (the board shows them as missing).
        const wait = s.wait.value === null && ctx.team !== 'vantaa-kerava' ? { ...s.wait, value: 0 } : s.wait;
        return {
          ...s,
          waitKind,
          complete: COMPLETE[ctx.team][i] ?? null,
          // Long waits vary a lot between clients: the team gave a range.
          wait: long ? { ...wait, min: Math.max(1, Math.round(s.wait.value! / 2)), max: s.wait.value! * 2 } : wait,
        };
      }),
    };
  } else {
    doc = { ...doc, steps: fromScratch(ctx.nextId).map((s, i) => ({ ...s, complete: COMPLETE[ctx.team][i] ?? null })) };
  }

  const currentId = ctx.nextId();
  const boards = [{ id: currentId, name: NAMES[ctx.team].current, docVersion: valueStream.docVersion, doc }];
  if (ctx.team === 'pirkanmaa') {
    // Future state: the two longest waits gone (a shared consultation hour, referral handled at the school).
    const longest = doc.steps
      .map((s, i) => ({
        i,
        v:
          s.wait.value !== null && s.wait.unit
            ? s.wait.value * (s.wait.unit === 'week' ? 7 : s.wait.unit === 'day' || s.wait.unit === 'workday' ? 1 : 0)
            : 0,
      }))
      .sort((a, b) => b.v - a.v)
      .slice(0, 2)
      .map((x) => x.i);
    const future: ValueStreamDoc = {
      ...doc,
      state: 'future',
      compareWith: currentId,
      steps: doc.steps.map((s, i) =>
        longest.includes(i)
          ? {
              ...s,
              id: ctx.nextId(),
              wait: { value: 0, min: null, max: null, unit: 'day' },
              note: 'Tavoitetila: odotus poistettu (yhteinen konsultaatiotunti koululla).',
            }
          : { ...s, id: ctx.nextId() },
      ),
    };
    // Step ids are new, so links between steps (`after`) would dangle; the demo stream is a simple line.
    future.steps = future.steps.map((s) => ({ ...s, after: null }));
    boards.push({ id: ctx.nextId(), name: NAMES[ctx.team].future, docVersion: valueStream.docVersion, doc: future });
  }
  return boards;
};
