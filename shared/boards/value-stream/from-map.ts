import { flowPaths, flowSteps, type FlowPath, type FlowStep } from '../process-map/flow';
import type { Duration as MapDuration, LaneType, ProcessMapDoc } from '../process-map/model';
import type { TimeUnit } from '../../analysis/value-stream/units';
import type { Duration, ValueStreamCommand, VsStep, WaitKind } from './model';
import { blankStep } from './model';
import type { ItemRef } from '../links';

const UNIT: Record<MapDuration['unit'], TimeUnit> = { minutes: 'min', hours: 'h', days: 'day' };
const MAP_MINUTES: Record<MapDuration['unit'], number> = { minutes: 1, hours: 60, days: 1440 };

function fromMap(d: MapDuration | null, fallbackUnit: TimeUnit): Duration {
  return d
    ? { value: d.value, min: null, max: null, unit: UNIT[d.unit] }
    : { value: null, min: null, max: null, unit: fallbackUnit };
}

/** Minutes as the roundest unit that keeps them whole (calendar days, hours, minutes). */
function roundestDuration(minutes: number): Duration {
  if (minutes % 1440 === 0) return { value: minutes / 1440, min: null, max: null, unit: 'day' };
  if (minutes % 60 === 0) return { value: minutes / 60, min: null, max: null, unit: 'h' };
  return { value: minutes, min: null, max: null, unit: 'min' };
}

/** The routes a team can choose from: one per way through the map's decisions. */
export function mapRoutes(map: ProcessMapDoc): FlowPath[] {
  return flowPaths(map, 20);
}

/** Whether a map node becomes a value-stream step: work steps always, start/end only when they carry a time. */
function isStep(s: FlowStep): boolean {
  if (s.kind === 'wait') return false;
  if (s.kind === 'start' || s.kind === 'end') return s.processTime !== null || s.waitTime !== null;
  return true;
}

/**
 * The `boards.create` init commands for a value stream derived from a process map: the map's steps in order
 * (along `route` when the map branches), with text, performer, lane (as the organisation) and times coming
 * along, each step keeping an ItemRef to its map node. A wait node's time becomes the wait before the next step.
 */
export function valueStreamFromMap(
  mapBoardId: string,
  map: ProcessMapDoc,
  route: readonly string[] | null,
  laneLabel: (type: LaneType | null) => string,
  newId: () => string,
): ValueStreamCommand[] {
  const all = flowSteps(map);
  const byId = new Map(all.map((s) => [s.id, s]));
  const ordered = route ? route.map((id) => byId.get(id)).filter((s): s is FlowStep => s !== undefined) : all;
  const cmds: ValueStreamCommand[] = [{ type: 'setSource', source: { boardId: mapBoardId, kind: 'process-map' } }];
  type Carry = { minutes: number; text: string; client: boolean };
  let carried = null as Carry | null;
  for (const s of ordered) {
    if (!isStep(s)) {
      const d = s.waitTime ?? s.processTime;
      if (d) {
        carried = {
          minutes: (carried?.minutes ?? 0) + d.value * MAP_MINUTES[d.unit],
          text: [carried?.text, s.text.trim()].filter(Boolean).join('; '),
          client: (carried?.client ?? false) || s.laneType === 'client',
        };
      }
      continue;
    }
    let wait = fromMap(s.waitTime, 'day');
    let waitKind: WaitKind = s.laneType === 'client' ? 'client' : 'queue';
    let note = '';
    if (carried) {
      const own = s.waitTime ? s.waitTime.value * MAP_MINUTES[s.waitTime.unit] : 0;
      wait = roundestDuration(carried.minutes + own);
      if (carried.client) waitKind = 'client';
      note = carried.text;
      carried = null;
    }
    const step: VsStep = {
      ...blankStep(newId(), s.text.trim().slice(0, 200)),
      performer: s.performer.slice(0, 200),
      organisation: (s.laneName.trim() || laneLabel(s.laneType)).slice(0, 200),
      note: note.slice(0, 2000),
      waitKind,
      wait,
      process: fromMap(s.processTime, 'min'),
      source: { boardId: mapBoardId, itemId: s.id, kind: 'process-map' },
    };
    cmds.push({ type: 'addStep', step });
  }
  return cmds;
}

/** Map node ids still on the map, to warn on steps whose linked node was deleted. */
export function mapNodeIds(map: ProcessMapDoc): Set<string> {
  return new Set(map.nodes.map((n) => n.id));
}

/** The same steps as one `importSteps` command, to fill an empty board in one undoable step. */
export function importCommand(cmds: readonly ValueStreamCommand[]): ValueStreamCommand {
  let source: ItemRef | null = null;
  const steps: VsStep[] = [];
  for (const c of cmds) {
    if (c.type === 'setSource') source = c.source;
    else if (c.type === 'addStep') steps.push(c.step);
  }
  return { type: 'importSteps', source, steps };
}
