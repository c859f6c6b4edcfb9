/**
 * The storyboard (tarinataulu): a one-page team summary assembled from the team's data. Pure: the same function
 * serves the coach's storyboard view, the audience view and the PDF page, so all three say the same thing.
 *
 * Sections follow the storyboard of the Model for Improvement (aim, team, current state, causes, chosen changes,
 * tests, data). A section without data is listed in `missing`, and the page says calmly what is still to be done.
 */
import type { Member, Team } from '../domain/entities';
import { MEMBER_ROLES, type MemberRole } from '../domain/vocab';
import type { BoardItem } from '../boards/links';
import { boardDefinition } from '../boards/registry';
import type { DriverDiagramDoc } from '../boards/driver-diagram/model';
import type { DotVoteDoc } from '../boards/dot-vote/model';
import { lastRevealed, roundResult } from '../boards/dot-vote/results';
import type { ProcessMapDoc } from '../boards/process-map/model';
import { processMapCounts } from '../boards/process-map/counts';
import { isOverdue, ramps, type CycleStatus, type PdsaDoc } from '../boards/pdsa/model';
import type { Measure, MeasuresDoc } from '../boards/measures/model';
import { analyseMeasure, measureSeries, signalsOf } from '../boards/measures/analysis';
import type { RuleSet, Signal } from '../analysis/run-chart';
import type { StoryboardPageSize } from './page-size';

/** The sections of a storyboard, in reading order. */
export const STORYBOARD_SECTIONS = ['aim', 'team', 'processMap', 'rootCauses', 'vote', 'pdsa', 'measures'] as const;
export type StoryboardSection = (typeof STORYBOARD_SECTIONS)[number];

/** How many items each list keeps; the rest is counted (`total`) so the page can say "+N more". */
export const STORYBOARD_LIMITS = { rootCauses: 5, voteItems: 5, cycles: 6, measures: 4, signals: 3 } as const;

/** A board as the storyboard needs it: its identity and its (already upgraded) document. */
export interface StoryboardBoard {
  id: string;
  kind: string;
  name: string;
  ordinal: number;
  doc: unknown;
}

export interface StoryboardSource {
  team: Team;
  /** The workshop's members; only the team's own are used. */
  members: readonly Member[];
  /** The workshop's boards; only the team's own kinds the storyboard reads are used (pass the team's boards). */
  boards: readonly StoryboardBoard[];
  /** `yyyy-mm-dd`, for overdue PDSA cycles. */
  today: string;
}

export interface StoryboardAim {
  text: string;
  /** Where the text came from: the driver diagram's SMART aim or the team's own aim field. */
  source: 'driver-diagram' | 'team';
  /** The SMART aim's "by when", when the driver diagram has one. */
  byWhen: string;
}

export interface RoleGroup {
  role: MemberRole;
  names: string[];
}

export interface StoryboardProcessMap {
  board: { id: string; name: string; kind: string };
  doc: ProcessMapDoc;
  steps: number;
  problems: number;
  /** Other process maps of the team (e.g. the future state), not shown. */
  others: number;
}

export interface StoryboardRootCause {
  text: string;
  boardId: string;
  boardName: string;
  kind: 'fishbone' | 'five-whys';
  /** Bone of a fishbone cause. */
  group: string;
  /** Dots the cause received in a revealed dot-vote that lists it as an option; null when it was not voted on. */
  votes: number | null;
}

export interface StoryboardVoteItem {
  text: string;
  total: number;
  rank: number;
  tied: boolean;
  /** Chosen by the team (the vote's decision). */
  chosen: boolean;
}

export interface StoryboardVote {
  boardId: string;
  boardName: string;
  question: string;
  /** 'revealed': items hold the result; 'open': voting has not been revealed yet (items are empty, ballots stay private). */
  status: 'revealed' | 'open';
  items: StoryboardVoteItem[];
  /** Options in the counted round. */
  optionCount: number;
  decidedAs: 'root-cause' | 'change-idea' | null;
}

export interface StoryboardCycle {
  id: string;
  boardId: string;
  title: string;
  status: CycleStatus;
  startDate: string;
  studyDate: string;
  decision: 'adopt' | 'adapt' | 'abandon' | '';
  overdue: boolean;
  /** Position in its ramp (1 = first test of the change). */
  step: number;
  ramp: number;
}

export interface StoryboardSignal {
  rule: Signal['rule'];
  effect: Signal['effect'];
  /** Period keys the signal spans (empty for whole-chart rules). */
  from: string;
  to: string;
}

export interface StoryboardMeasure {
  boardId: string;
  boardName: string;
  measure: Measure;
  ruleSet: RuleSet;
  /** Points with a value. */
  n: number;
  median: number | null;
  latest: { period: string; value: number } | null;
  /** Fewer than 10 points: rules are not applied yet. */
  tooEarly: boolean;
  signals: StoryboardSignal[];
  /** PDSA cycle starts to mark on the chart (title + date). */
  pdsaStarts: { title: string; date: string }[];
}

export interface Storyboard {
  team: { id: string; name: string; county: string; process: string; targetGroup: string; targetGroupOther: string };
  aim: StoryboardAim | null;
  members: RoleGroup[];
  memberCount: number;
  processMap: StoryboardProcessMap | null;
  rootCauses: { items: StoryboardRootCause[]; total: number };
  votes: StoryboardVote[];
  pdsa: { cycles: StoryboardCycle[]; total: number; byStatus: Record<CycleStatus, number> };
  measures: { items: StoryboardMeasure[]; total: number };
  /** Sections with nothing to show yet, in reading order. */
  missing: StoryboardSection[];
}

interface Parsed {
  board: StoryboardBoard;
  doc: unknown;
}

/** The team's boards of one kind whose documents parse, in board order; a broken document is left out, never an error. */
function boardsOf(boards: readonly StoryboardBoard[], kind: string): Parsed[] {
  const def = boardDefinition(kind);
  if (!def) return [];
  return boards
    .filter((b) => b.kind === kind)
    .sort((a, b) => a.ordinal - b.ordinal)
    .flatMap((board) => {
      const parsed = def.docSchema.safeParse(board.doc);
      return parsed.success ? [{ board, doc: parsed.data }] : [];
    });
}

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

function aimOf(team: Team, drivers: Parsed[]): StoryboardAim | null {
  for (const { doc } of drivers) {
    const aim = (doc as DriverDiagramDoc).aim;
    if (clean(aim.statement) !== '')
      return { text: clean(aim.statement), source: 'driver-diagram', byWhen: clean(aim.byWhen) };
  }
  if (clean(team.aim) !== '') {
    const byWhen = drivers.map(({ doc }) => clean((doc as DriverDiagramDoc).aim.byWhen)).find((s) => s !== '') ?? '';
    return { text: clean(team.aim), source: 'team', byWhen };
  }
  return null;
}

function membersOf(team: Team, members: readonly Member[]): RoleGroup[] {
  const own = members.filter((m) => m.teamId === team.id).sort((a, b) => a.ordinal - b.ordinal);
  return MEMBER_ROLES.map((role) => ({
    role,
    names: own.filter((m) => m.role === role).map((m) => clean(m.name)),
  })).filter((g) => g.names.length > 0);
}

/** Dots per linked item (`boardId itemId`) over every revealed dot-vote of the team. */
function votesByItem(votes: Parsed[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const { doc } of votes) {
    const d = doc as DotVoteDoc;
    const round = lastRevealed(d);
    if (!round) continue;
    const r = roundResult(d, round);
    r.options.forEach((o, i) => {
      if (!o.source?.itemId) return;
      const key = `${o.source.boardId} ${o.source.itemId}`;
      out.set(key, (out.get(key) ?? 0) + (r.tally.options[i]?.total ?? 0));
    });
  }
  return out;
}

function rootCausesOf(parsed: Parsed[], votes: Map<string, number>): Storyboard['rootCauses'] {
  const all: StoryboardRootCause[] = [];
  const seen = new Map<string, StoryboardRootCause>();
  for (const { board, doc } of parsed) {
    const def = boardDefinition(board.kind);
    if (!def) continue;
    for (const item of def.items(doc) as BoardItem[]) {
      const text = clean(item.text);
      if (item.tag !== 'root-cause' || text === '') continue;
      const v = votes.get(`${board.id} ${item.itemId}`);
      const key = text.toLocaleLowerCase('fi');
      const same = seen.get(key);
      // The same cause found on the fishbone and at the end of a 5-whys chain is one root cause.
      if (same) {
        if (v !== undefined) same.votes = (same.votes ?? 0) + v;
        continue;
      }
      const cause: StoryboardRootCause = {
        text,
        boardId: board.id,
        boardName: board.name,
        kind: board.kind === 'fishbone' ? 'fishbone' : 'five-whys',
        group: clean(item.group ?? ''),
        votes: v ?? null,
      };
      seen.set(key, cause);
      all.push(cause);
    }
  }
  // Most-voted first; unvoted causes keep their board order after the voted ones (a stable sort).
  const sorted = all
    .map((c, i) => ({ c, i }))
    .sort((a, b) => (b.c.votes ?? -1) - (a.c.votes ?? -1) || a.i - b.i)
    .map((x) => x.c);
  return { items: sorted.slice(0, STORYBOARD_LIMITS.rootCauses), total: sorted.length };
}

function voteOf({ board, doc }: Parsed): StoryboardVote | null {
  const d = doc as DotVoteDoc;
  if (d.options.length === 0) return null;
  const round = lastRevealed(d);
  const base = {
    boardId: board.id,
    boardName: board.name,
    question: clean(d.question),
    decidedAs: d.decision?.as ?? null,
  };
  if (!round) return { ...base, status: 'open', items: [], optionCount: d.options.length };
  const r = roundResult(d, round);
  const chosen = new Set(d.decision && d.decision.roundId === round.id ? d.decision.optionIds : []);
  const items = r.ranked
    .filter((x) => x.total > 0)
    .slice(0, STORYBOARD_LIMITS.voteItems)
    .map((x) => {
      const o = r.options[x.index];
      return {
        text: clean(o?.text ?? ''),
        total: x.total,
        rank: x.rank,
        tied: x.tied,
        chosen: o ? chosen.has(o.id) : false,
      };
    });
  return { ...base, status: 'revealed', items, optionCount: r.options.length };
}

function pdsaOf(parsed: Parsed[], today: string): Storyboard['pdsa'] {
  const cycles: StoryboardCycle[] = [];
  let rampNo = 0;
  for (const { board, doc } of parsed) {
    for (const chain of ramps(doc as PdsaDoc)) {
      rampNo += 1;
      chain.forEach((c, i) =>
        cycles.push({
          id: c.id,
          boardId: board.id,
          title: clean(c.title),
          status: c.status,
          startDate: c.startDate,
          studyDate: c.studyDate,
          decision: c.act.decision,
          overdue: isOverdue(c, today),
          step: i + 1,
          ramp: rampNo,
        }),
      );
    }
  }
  const byStatus: Record<CycleStatus, number> = { planned: 0, doing: 0, studying: 0, done: 0 };
  for (const c of cycles) byStatus[c.status] += 1;
  // Cycles under way come first on a full page: what the team is testing now matters more than old tests.
  const live = cycles.filter((c) => c.status !== 'done');
  const done = cycles.filter((c) => c.status === 'done');
  const shown = [...done.slice(-Math.max(0, STORYBOARD_LIMITS.cycles - live.length)), ...live].slice(
    -STORYBOARD_LIMITS.cycles,
  );
  const order = new Map(cycles.map((c, i) => [c.id, i]));
  shown.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return { cycles: shown, total: cycles.length, byStatus };
}

function measuresOf(parsed: Parsed[], pdsa: Parsed[]): Storyboard['measures'] {
  const starts = pdsa
    .flatMap(({ doc }) => (doc as PdsaDoc).cycles)
    .filter((c) => c.startDate !== '')
    .map((c) => ({ title: clean(c.title), date: c.startDate }))
    .sort((a, b) => a.date.localeCompare(b.date));
  const items: StoryboardMeasure[] = [];
  for (const { board, doc } of parsed) {
    const d = doc as MeasuresDoc;
    for (const m of d.measures) {
      const series = measureSeries(m);
      const a = analyseMeasure(m, series);
      let latest: StoryboardMeasure['latest'] = null;
      for (let i = series.values.length - 1; i >= 0; i--) {
        const v = series.values[i];
        if (v !== null && v !== undefined) {
          latest = { period: series.periods[i] ?? '', value: v };
          break;
        }
      }
      const signals = a.tooEarly
        ? []
        : signalsOf(a, d.ruleSet)
            .slice(0, STORYBOARD_LIMITS.signals)
            .map((s) => ({
              rule: s.rule,
              effect: s.effect,
              from:
                'from' in s
                  ? (series.periods[s.from] ?? '')
                  : s.rule === 'astronomical'
                    ? (series.periods[s.index] ?? '')
                    : '',
              to:
                'to' in s
                  ? (series.periods[s.to] ?? '')
                  : s.rule === 'astronomical'
                    ? (series.periods[s.index] ?? '')
                    : '',
            }));
      items.push({
        boardId: board.id,
        boardName: board.name,
        measure: m,
        ruleSet: d.ruleSet,
        n: a.n,
        median: a.median,
        latest,
        tooEarly: a.tooEarly,
        signals,
        pdsaStarts: starts,
      });
    }
  }
  // Outcome measures tell the story; process and balancing measures follow, each in the team's order.
  const rank = { outcome: 0, process: 1, balancing: 2 } as const;
  const withData = items.filter((x) => x.n > 0);
  const ordered = [...withData, ...items.filter((x) => x.n === 0)]
    .map((x, i) => ({ x, i }))
    .sort((a, b) => rank[a.x.measure.type] - rank[b.x.measure.type] || a.i - b.i)
    .map((y) => y.x);
  return { items: ordered.slice(0, STORYBOARD_LIMITS.measures), total: items.length };
}

/**
 * Builds the storyboard of one team. Never throws on the team's data: unknown kinds and documents that do not
 * parse are skipped, and empty sections are named in `missing`.
 */
export function buildStoryboard(src: StoryboardSource): Storyboard {
  const { team } = src;
  const own = src.boards;
  const drivers = boardsOf(own, 'driver-diagram');
  const maps = boardsOf(own, 'process-map');
  const voteBoards = boardsOf(own, 'dot-vote');
  const pdsaBoards = boardsOf(own, 'pdsa');
  const causeBoards = [...boardsOf(own, 'fishbone'), ...boardsOf(own, 'five-whys')];

  const aim = aimOf(team, drivers);
  const members = membersOf(team, src.members);
  // The current state is the team's first process map: a future state is drawn later, from a copy of it.
  const first = maps[0];
  const processMap: StoryboardProcessMap | null = first
    ? {
        board: { id: first.board.id, name: first.board.name, kind: first.board.kind },
        doc: first.doc as ProcessMapDoc,
        steps: processMapCounts(first.doc as ProcessMapDoc).steps,
        problems: processMapCounts(first.doc as ProcessMapDoc).problems,
        others: maps.length - 1,
      }
    : null;
  const rootCauses = rootCausesOf(causeBoards, votesByItem(voteBoards));
  const votes = voteBoards.map(voteOf).filter((v): v is StoryboardVote => v !== null);
  const pdsa = pdsaOf(pdsaBoards, src.today);
  const measures = measuresOf(boardsOf(own, 'measures'), pdsaBoards);

  const empty: Record<StoryboardSection, boolean> = {
    aim: aim === null,
    team: members.length === 0,
    processMap: processMap === null || processMap.doc.nodes.length === 0,
    rootCauses: rootCauses.total === 0,
    vote: votes.length === 0,
    pdsa: pdsa.total === 0,
    measures: measures.items.every((m) => m.n === 0),
  };
  return {
    team: {
      id: team.id,
      name: clean(team.name),
      county: team.county,
      process: clean(team.process),
      targetGroup: team.targetGroup,
      targetGroupOther: clean(team.targetGroupOther),
    },
    aim,
    members,
    memberCount: members.reduce((n, g) => n + g.names.length, 0),
    processMap,
    rootCauses,
    votes,
    pdsa,
    measures,
    missing: STORYBOARD_SECTIONS.filter((s) => empty[s]),
  };
}

export { STORYBOARD_PAGE_SIZES, type StoryboardPageSize } from './page-size';

/** Landscape page sizes in millimetres. */
export const PAGE_MM: Record<StoryboardPageSize, { width: number; height: number }> = {
  A4: { width: 297, height: 210 },
  A3: { width: 420, height: 297 },
};
