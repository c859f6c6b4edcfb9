import { readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { countyName } from '../../../shared/domain/counties';
import type { Team } from '../../../shared/domain/entities';
import { teamNameKey } from '../../../shared/domain/team-names';
import type { WorkshopData } from '../../../shared/domain/workshop-data';
import type { SheetSpec } from '../../../shared/export/sheet';
import { toApiError } from '../api/dispatch';
import { readWorkshopData } from '../files/read-data';
import { workshopSheets } from './workshop-sheets';
import { dayRecordSheets } from './day-sheets';

/**
 * Batch consolidation for THL staff: every workshop file (.lapimurto, or a library's .sqlite) and workshop package
 * (.json) in one folder
 * (the files of many coaches) merged into one round workbook. Inputs are only read (readWorkshopData opens a
 * private copy), files that cannot be used are listed with the reason, and a team that arrives twice (the same
 * team in two coaches' files, or a file and its own JSON export) is kept once and reported.
 */

export const WORKSHOP_EXTENSIONS = ['.lapimurto', '.sqlite', '.json'] as const;

/** SQLite's companions of a library file (`x.sqlite-wal`, `-shm`, `-journal`): part of that file, not inputs. */
const SIDECAR = /\.sqlite-(wal|shm|journal)$/i;

export interface ConsolidateSource {
  /** File name inside the folder. */
  file: string;
  data: WorkshopData;
}

export interface SkippedFile {
  file: string;
  /** Why: `notAWorkshopType` for files of other types (e.g. a foreign .xlsx) or a directory, else the error key. */
  reason: string;
  detail?: string;
}

export interface DuplicateTeam {
  team: string;
  county: string;
  /** `id`: the same team id; `name+county`: a different id but the same name (ignoring case and spaces) and county. */
  match: 'id' | 'name+county';
  keptFrom: string;
  droppedFrom: string;
}

export interface Consolidation {
  sources: ConsolidateSource[];
  skipped: SkippedFile[];
  duplicates: DuplicateTeam[];
  /** The merged workshop: kept teams with their members and boards, every source's days. */
  data: WorkshopData;
  /** For each kept team id, the file it was taken from. */
  teamFiles: Map<string, string>;
}

function isWorkshopName(file: string): boolean {
  return (WORKSHOP_EXTENSIONS as readonly string[]).includes(extname(file).toLowerCase());
}

/** Reads every candidate file of `dir` (sorted by name, not recursive); `exclude` is left out silently (the target). */
export async function readFolder(
  dir: string,
  exclude: readonly string[] = [],
): Promise<{ sources: ConsolidateSource[]; skipped: SkippedFile[] }> {
  const excluded = new Set(exclude.map((p) => resolve(p)));
  const sources: ConsolidateSource[] = [];
  const skipped: SkippedFile[] = [];
  const names = readdirSync(dir).sort((a, b) => a.localeCompare(b, 'fi'));
  for (const file of names) {
    const path = join(dir, file);
    if (excluded.has(resolve(path))) continue;
    // Temp files of an atomic write in progress and hidden files are not anyone's input.
    if (file.startsWith('.') || SIDECAR.test(file)) continue;
    if (!statSync(path).isFile() || !isWorkshopName(file)) {
      skipped.push({ file, reason: 'notAWorkshopType', detail: extname(file) || undefined });
      continue;
    }
    try {
      sources.push({ file, data: await readWorkshopData({ path }) });
    } catch (e) {
      const err = toApiError(e);
      const detail = err.detail && err.detail !== err.key ? err.detail.split('\n')[0] : undefined;
      skipped.push({ file, reason: err.key, detail });
    }
  }
  return { sources, skipped };
}

const teamKey = (t: Team): string => `${teamNameKey(t.name)}|${t.county}`;

/** The latest edit of a team's boards (ISO text compares in time order), '' when it has none. */
function lastEdit(data: WorkshopData, teamId: string): string {
  let latest = '';
  for (const b of data.boards) if (b.teamId === teamId && b.updatedAt > latest) latest = b.updatedAt;
  return latest;
}

interface Kept {
  team: Team;
  source: ConsolidateSource;
}

/**
 * Merges the sources: each team once. When a team arrives twice, the copy whose boards were edited last is kept
 * (on a tie, the one from the file first in name order) and the other is reported, never both.
 */
export function mergeSources(sources: readonly ConsolidateSource[]): {
  data: WorkshopData;
  duplicates: DuplicateTeam[];
  teamFiles: Map<string, string>;
} {
  const kept: Kept[] = [];
  const duplicates: DuplicateTeam[] = [];
  for (const source of sources) {
    for (const team of [...source.data.teams].sort((a, b) => a.ordinal - b.ordinal)) {
      const at = kept.findIndex(
        (k) => k.source !== source && (k.team.id === team.id || teamKey(k.team) === teamKey(team)),
      );
      if (at < 0) {
        kept.push({ team, source });
        continue;
      }
      const other = kept[at]!;
      const newer = lastEdit(source.data, team.id) > lastEdit(other.source.data, other.team.id);
      const [keep, drop] = newer ? [{ team, source }, other] : [other, { team, source }];
      kept[at] = keep;
      duplicates.push({
        team: keep.team.name,
        county: keep.team.county ? countyName(keep.team.county, 'fi') : '',
        match: other.team.id === team.id ? 'id' : 'name+county',
        keptFrom: keep.source.file,
        droppedFrom: drop.source.file,
      });
    }
  }
  const days = new Map<string, WorkshopData['days'][number]>();
  for (const s of sources)
    for (const d of s.data.days) if (!days.has(d.id)) days.set(d.id, { ...d, ordinal: days.size });
  const starts = sources
    .map((s) => s.data.round.startDate)
    .filter(Boolean)
    .sort();
  const ends = sources
    .map((s) => s.data.round.endDate)
    .filter(Boolean)
    .sort();
  const roundNames = [...new Set(sources.map((s) => s.data.round.name).filter(Boolean))];
  const records = mergeDayRecords(sources, kept);
  const data: WorkshopData = {
    // Finnish number agreement: "1 tiedosto", "2 tiedostoa".
    title: `Yhdistetty: ${sources.length} ${sources.length === 1 ? 'tiedosto' : 'tiedostoa'}`,
    round: {
      name: roundNames.join(' / ').slice(0, 200),
      startDate: starts[0] ?? '',
      endDate: ends.at(-1) ?? '',
      notes: '',
    },
    days: [...days.values()],
    teams: kept.map((k, i) => ({ ...k.team, ordinal: i })),
    members: kept.flatMap((k) => k.source.data.members.filter((m) => m.teamId === k.team.id)),
    boards: kept.flatMap((k) => k.source.data.boards.filter((b) => b.teamId === k.team.id)),
    ...records,
  };
  return { data, duplicates, teamFiles: new Map(kept.map((k) => [k.team.id, k.source.file])) };
}

/**
 * The workshop day's records of a consolidation. Gallery notes come with their team, from the file the team was
 * kept from (the team that wrote a note is named when it is in the workbook too, by id or by name and county).
 * Day feedback and agenda times belong to days, which are merged by id: every file's answers and times are kept,
 * each once (a file and its own JSON package hold the same ids, so they are not doubled).
 */
function mergeDayRecords(
  sources: readonly ConsolidateSource[],
  kept: readonly Kept[],
): Pick<WorkshopData, 'galleryNotes' | 'dayFeedback' | 'agendaLog'> {
  const keptById = new Map(kept.map((k) => [k.team.id, k.team.id]));
  const keptByKey = new Map(kept.map((k) => [teamKey(k.team), k.team.id]));
  const galleryNotes = kept.flatMap((k) => {
    const sourceTeams = new Map(k.source.data.teams.map((t) => [t.id, t]));
    const writer = (id: string): string => {
      if (!id) return '';
      const t = sourceTeams.get(id);
      return keptById.get(id) ?? (t ? keptByKey.get(teamKey(t)) : undefined) ?? '';
    };
    return (k.source.data.galleryNotes ?? [])
      .filter((n) => n.teamId === k.team.id)
      .map((n) => ({ ...n, fromTeamId: writer(n.fromTeamId) }));
  });
  const once = <T extends { id: string }>(lists: (readonly T[] | undefined)[]): T[] => {
    const out = new Map<string, T>();
    for (const list of lists) for (const x of list ?? []) if (!out.has(x.id)) out.set(x.id, x);
    return [...out.values()];
  };
  const dayFeedback = once(sources.map((s) => s.data.dayFeedback));
  const agendaLog = once(sources.map((s) => s.data.agendaLog));
  return {
    ...(galleryNotes.length > 0 ? { galleryNotes } : {}),
    ...(dayFeedback.length > 0 ? { dayFeedback } : {}),
    ...(agendaLog.length > 0 ? { agendaLog } : {}),
  };
}

/** Reads and merges a folder. */
export async function consolidateFolder(dir: string, exclude: readonly string[] = []): Promise<Consolidation> {
  const { sources, skipped } = await readFolder(dir, exclude);
  return { sources, skipped, ...mergeSources(sources) };
}

/**
 * The round workbook of a consolidation: the sheets of workshopSheets over the merged workshop, with the round
 * sheet (Kierros) holding one row per source file: its file name, its own round row, and how many of its teams
 * were merged (a team kept from another file is not counted here); then the workshop day's sheets, as in the
 * app's round workbook (dayRecordSheets).
 */
export function consolidatedSheets(c: Pick<Consolidation, 'sources' | 'data' | 'teamFiles'>): SheetSpec[] {
  const sheets = [...workshopSheets(c.data), ...dayRecordSheets(c.data)];
  const first = sheets[0];
  if (!first || c.sources.length === 0) return sheets;
  const rows = c.sources.map((s) => {
    const own = workshopSheets({ ...s.data, boards: [] })[0]?.rows[0] ?? {};
    const mergedTeams = [...c.teamFiles.values()].filter((f) => f === s.file).length;
    return { file: s.file, ...own, mergedTeams };
  });
  const roundSheet: SheetSpec = {
    name: first.name,
    columns: [
      { key: 'file', headerKey: 'export.header.file', type: 'text', width: 32 },
      ...first.columns,
      { key: 'mergedTeams', headerKey: 'export.header.teamsMerged', type: 'integer', width: 14 },
    ],
    rows,
  };
  return [roundSheet, ...sheets.slice(1)];
}

/** The consolidation with every source and the merged workshop masked (see maskPersonalData). */
export function maskConsolidation<C extends Pick<Consolidation, 'sources' | 'data'>>(
  c: C,
  mask: (d: WorkshopData) => WorkshopData,
): C {
  return { ...c, sources: c.sources.map((s) => ({ ...s, data: mask(s.data) })), data: mask(c.data) };
}
