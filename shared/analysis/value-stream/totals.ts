import { ABSURD_MINUTES, minutesPerUnit, type TimeRole, type TimeUnit, type UnitSettings } from './units';

/** A time as entered: the typical value, an optional range around it, and its unit. */
export interface DurationInput {
  value: number | null;
  min: number | null;
  max: number | null;
  unit: TimeUnit | null;
}

/** What the totals need of a step. */
export interface StepInput {
  id: string;
  wait: DurationInput;
  process: DurationInput;
  /** %C&A, complete and accurate as received, 0–100. */
  complete: number | null;
  /** The organisation doing the step; a change of organisation between linked steps is a handoff. */
  organisation: string;
  /** Steps this one waits for; null = the previous step in the list (none for the first). */
  after: readonly string[] | null;
}

/** Shortest, typical and longest, in minutes. */
export interface TimeRange {
  min: number;
  typical: number;
  max: number;
}

export type StepIssue =
  | { code: 'missing'; field: TimeRole }
  | { code: 'missingUnit'; field: TimeRole }
  | { code: 'negative'; field: TimeRole }
  | { code: 'absurd'; field: TimeRole }
  | { code: 'rangeOrder'; field: TimeRole }
  | { code: 'completeOutOfRange' }
  | { code: 'badLink'; stepId: string };

export interface StepTimes {
  id: string;
  /** Minutes, or null when missing or unusable (see issues). */
  wait: TimeRange | null;
  process: TimeRange | null;
  /** When the wait before the step starts and when the step ends, typical case, minutes from the start. */
  start: number;
  finish: number;
  /** On the longest (typical) path: counts in the lead time. */
  onPath: boolean;
  /** Effective predecessors after dropping bad links. */
  preds: string[];
  issues: StepIssue[];
}

export interface ValueStreamTotals {
  steps: StepTimes[];
  /** Along the longest path; null when no step has a usable time. */
  lead: TimeRange | null;
  /** Process (value-adding) time along the same path as the lead time of each case. */
  process: TimeRange | null;
  /** process ÷ lead, typical case, 0–1; null when lead time is missing or zero. */
  flowEfficiency: number | null;
  /** Step ids of the longest typical path, in order. */
  path: string[];
  /** True when the stream branches (some step has several predecessors or successors). */
  branched: boolean;
  /** Product of the %C&A values given, 0–100; null when none. */
  rolledComplete: number | null;
  handoffs: number;
  /** How many steps lack a usable value of each kind (missing, no unit, negative or absurd). */
  lacking: { wait: number; process: number; complete: number; organisation: number };
  /** How many steps carry any issue. */
  stepsWithIssues: number;
}

type Scenario = 'min' | 'typical' | 'max';
const SCENARIOS: readonly Scenario[] = ['min', 'typical', 'max'];

/** A duration in minutes for each scenario, or null with the reasons. Ranges fall back to the typical value. */
export function durationMinutes(
  d: DurationInput,
  role: TimeRole,
  s: UnitSettings,
): { range: TimeRange | null; issues: StepIssue[] } {
  const issues: StepIssue[] = [];
  if (d.value === null) {
    issues.push({ code: 'missing', field: role });
    return { range: null, issues };
  }
  if (d.unit === null) {
    issues.push({ code: 'missingUnit', field: role });
    return { range: null, issues };
  }
  const f = minutesPerUnit(d.unit, role, s);
  const typical = d.value * f;
  const min = d.min === null ? typical : d.min * f;
  const max = d.max === null ? typical : d.max * f;
  if (typical < 0 || min < 0 || max < 0) issues.push({ code: 'negative', field: role });
  else if (typical > ABSURD_MINUTES || max > ABSURD_MINUTES) issues.push({ code: 'absurd', field: role });
  if (issues.length > 0) return { range: null, issues };
  if (min > typical || max < typical) issues.push({ code: 'rangeOrder', field: role });
  // A range given the wrong way round is still used, sorted, so nothing entered is silently ignored.
  const sorted = [min, typical, max].sort((a, b) => a - b) as [number, number, number];
  return { range: { min: sorted[0], typical: sorted[1], max: sorted[2] }, issues };
}

/**
 * The value stream's totals. Steps form a graph through `after` (by default a line in list order); only links to
 * earlier steps count, so the graph is always acyclic and a link to a later or unknown step is flagged instead.
 * Lead time is the longest path (wait + process per step), computed separately for the shortest, typical and
 * longest case; missing values count as nothing on the path and are reported in `lacking`, never shown as zero.
 */
export function valueStreamTotals(steps: readonly StepInput[], s: UnitSettings): ValueStreamTotals {
  const index = new Map<string, number>();
  steps.forEach((st, i) => index.set(st.id, i));
  const times: StepTimes[] = steps.map((st, i) => {
    const w = durationMinutes(st.wait, 'wait', s);
    const p = durationMinutes(st.process, 'process', s);
    const issues = [...w.issues, ...p.issues];
    if (st.complete !== null && (st.complete < 0 || st.complete > 100 || !Number.isFinite(st.complete)))
      issues.push({ code: 'completeOutOfRange' });
    let preds: string[];
    if (st.after === null) preds = i > 0 ? [steps[i - 1]!.id] : [];
    else {
      preds = [];
      for (const id of st.after) {
        const j = index.get(id);
        if (j === undefined || j >= i) issues.push({ code: 'badLink', stepId: id });
        else if (!preds.includes(id)) preds.push(id);
      }
    }
    return { id: st.id, wait: w.range, process: p.range, start: 0, finish: 0, onPath: false, preds, issues };
  });

  const n = times.length;
  const lead: Record<Scenario, number> = { min: 0, typical: 0, max: 0 };
  const proc: Record<Scenario, number> = { min: 0, typical: 0, max: 0 };
  let path: string[] = [];
  const anyTime = times.some((t) => t.wait !== null || t.process !== null);

  for (const sc of SCENARIOS) {
    const finish = new Float64Array(n);
    const procTo = new Float64Array(n);
    const best = new Int32Array(n).fill(-1);
    let endAt = -1;
    for (let i = 0; i < n; i++) {
      const t = times[i]!;
      let from = 0;
      let fromProc = 0;
      for (const pid of t.preds) {
        const j = index.get(pid)!;
        // Ties go to the earlier-listed predecessor so the shown path is stable.
        if (best[i] === -1 || finish[j]! > from) {
          from = finish[j]!;
          fromProc = procTo[j]!;
          best[i] = j;
        }
      }
      const w = t.wait ? t.wait[sc] : 0;
      const p = t.process ? t.process[sc] : 0;
      finish[i] = from + w + p;
      procTo[i] = fromProc + p;
      if (sc === 'typical') {
        t.start = from;
        t.finish = finish[i]!;
      }
      if (endAt === -1 || finish[i]! > finish[endAt]!) endAt = i;
    }
    if (endAt >= 0) {
      lead[sc] = finish[endAt]!;
      proc[sc] = procTo[endAt]!;
    }
    if (sc === 'typical' && endAt >= 0) {
      const p: string[] = [];
      for (let k = endAt; k >= 0; k = best[k]!) p.push(times[k]!.id);
      path = p.reverse();
    }
  }
  const onPath = new Set(path);
  for (const t of times) t.onPath = onPath.has(t.id);

  const succCount = new Map<string, number>();
  for (const t of times) for (const p of t.preds) succCount.set(p, (succCount.get(p) ?? 0) + 1);
  const branched =
    times.some((t) => t.preds.length > 1) ||
    [...succCount.values()].some((c) => c > 1) ||
    times.filter((t) => t.preds.length === 0).length > 1;

  let rolled: number | null = null;
  let lackingComplete = 0;
  for (const st of steps) {
    if (st.complete === null || st.complete < 0 || st.complete > 100 || !Number.isFinite(st.complete))
      lackingComplete++;
    else rolled = (rolled ?? 1) * (st.complete / 100);
  }

  let handoffs = 0;
  const org = new Map(steps.map((st) => [st.id, st.organisation.trim()]));
  for (const t of times) {
    const mine = org.get(t.id) ?? '';
    for (const p of t.preds) {
      const theirs = org.get(p) ?? '';
      if (mine !== '' && theirs !== '' && mine.toLocaleLowerCase('fi') !== theirs.toLocaleLowerCase('fi')) handoffs++;
    }
  }

  const leadRange = anyTime ? { min: lead.min, typical: lead.typical, max: lead.max } : null;
  const procRange = anyTime ? { min: proc.min, typical: proc.typical, max: proc.max } : null;
  return {
    steps: times,
    lead: leadRange,
    process: procRange,
    flowEfficiency: leadRange && leadRange.typical > 0 ? procRange!.typical / leadRange.typical : null,
    path,
    branched,
    rolledComplete: rolled === null ? null : rolled * 100,
    handoffs,
    lacking: {
      wait: times.filter((t) => t.wait === null).length,
      process: times.filter((t) => t.process === null).length,
      complete: lackingComplete,
      organisation: steps.filter((st) => st.organisation.trim() === '').length,
    },
    stepsWithIssues: times.filter((t) => t.issues.length > 0).length,
  };
}
