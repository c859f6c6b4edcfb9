import type { Board } from '../domain/entities';
import { WorkshopData as WorkshopDataSchema, type WorkshopData } from '../domain/workshop-data';
import { boardDefinition } from '../boards/registry';
import { upgradeDoc } from '../boards/run';
import {
  PACKAGE_FORMAT,
  PACKAGE_VERSION,
  WorkshopPackage,
  type PackageWarning,
  type ParsePackageResult,
} from './format';
import { firstIssue } from './issues';
import { integrityProblem } from './integrity';
import { MAX_PACKAGE_DEPTH, nestingDepth } from './depth';

/**
 * `PACKAGE_MIGRATIONS[n]` turns the `workshop` of a version-n package into version n+1. Each step works on plain
 * JSON and must not throw on well-formed input of its version.
 */
const PACKAGE_MIGRATIONS: Record<number, (workshop: unknown) => unknown> = {
  // 1 → 2 added the optional day records (galleryNotes, dayFeedback, agendaLog): a version-1 workshop is a
  // version-2 workshop without them.
  1: (workshop) => workshop,
  // 2 → 3 added the optional toimintamalli texts (innokylaTexts).
  2: (workshop) => workshop,
};

type Failure = Extract<ParsePackageResult, { ok: false }>;

const notWorkshop = (): Failure => ({ ok: false, key: 'errors.file.notWorkshop', params: {} });
const invalid = (detail: string): Failure => ({ ok: false, key: 'errors.package.invalid', params: { detail } });

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * Reads a workshop package. Never throws. Refuses text that is not a package (`errors.file.notWorkshop`), a
 * package from a newer format (`errors.package.newerVersion`, params `version`, `supported`) and anything that
 * breaks the schema or its references (`errors.package.invalid`, param `detail` naming the first problem).
 * Board documents are upgraded to this app's version of their kind; boards of unknown kinds (or from a newer
 * version of a known kind) are kept untouched and reported as warnings.
 */
export function parsePackage(text: string): ParsePackageResult {
  let raw: unknown;
  try {
    // A BOM is what Windows Notepad adds on save; it is not an error.
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return notWorkshop();
  }
  if (!isRecord(raw) || raw.format !== PACKAGE_FORMAT) return notWorkshop();
  if (nestingDepth(raw, MAX_PACKAGE_DEPTH) > MAX_PACKAGE_DEPTH)
    return invalid(`nested deeper than ${MAX_PACKAGE_DEPTH} levels`);

  const version = raw.packageVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return invalid('packageVersion: expected a positive integer');
  }
  if (version > PACKAGE_VERSION) {
    return { ok: false, key: 'errors.package.newerVersion', params: { version, supported: PACKAGE_VERSION } };
  }

  let workshop = raw.workshop;
  for (let v = version; v < PACKAGE_VERSION; v++) {
    const step = PACKAGE_MIGRATIONS[v];
    if (!step) return invalid(`packageVersion: no upgrade from version ${v}`);
    try {
      workshop = step(workshop);
    } catch {
      return invalid(`workshop: cannot upgrade from package version ${v}`);
    }
  }

  const parsed = WorkshopPackage.safeParse({ ...raw, packageVersion: PACKAGE_VERSION, workshop });
  if (!parsed.success) return invalid(firstIssue(parsed.error));
  return checkedWorkshop(parsed.data.workshop);
}

/**
 * The checks a package's workshop gets after its schema: references, and every board document upgraded to this
 * app's version of its kind (unknown kinds and newer versions kept, with warnings).
 */
function checkedWorkshop(data: WorkshopData): ParsePackageResult {
  const problem = integrityProblem(data);
  if (problem) return invalid(problem);

  const warnings: PackageWarning[] = [];
  const boards: Board[] = [];
  for (const board of data.boards) {
    const checked = checkBoard(board, warnings);
    if (!checked.ok) return invalid(checked.detail);
    boards.push(checked.board);
  }
  const out: WorkshopData = { ...data, boards };
  return { ok: true, data: out, warnings };
}

/**
 * Checks workshop data read from somewhere other than a package (a workshop file's rows) exactly as a package's
 * workshop is checked: nesting depth, schema, references, board documents. Never throws.
 */
export function checkWorkshopData(value: unknown): ParsePackageResult {
  if (nestingDepth(value, MAX_PACKAGE_DEPTH) > MAX_PACKAGE_DEPTH)
    return invalid(`nested deeper than ${MAX_PACKAGE_DEPTH} levels`);
  const parsed = WorkshopDataSchema.safeParse(value);
  if (!parsed.success) return invalid(firstIssue(parsed.error));
  return checkedWorkshop(parsed.data);
}

function checkBoard(
  board: Board,
  warnings: PackageWarning[],
): { ok: true; board: Board } | { ok: false; detail: string } {
  const label = `board "${board.name}" (${board.kind})`;
  const def = boardDefinition(board.kind);
  if (!def) {
    // Nothing is lost: a later app version that knows the kind will open it.
    warnings.push({ key: 'warnings.package.unknownBoardKind', params: { board: board.name, kind: board.kind } });
    return { ok: true, board };
  }
  let upgraded: ReturnType<typeof upgradeDoc>;
  try {
    upgraded = upgradeDoc(def, board.docVersion, board.doc);
  } catch {
    return { ok: false, detail: `${label}: document cannot be upgraded from version ${board.docVersion}` };
  }
  if (upgraded.ok) return { ok: true, board: { ...board, docVersion: def.docVersion, doc: upgraded.doc } };
  if (upgraded.key === 'errors.boardFromNewerVersion') {
    warnings.push({
      key: 'warnings.package.boardFromNewerVersion',
      params: { board: board.name, kind: board.kind, version: board.docVersion },
    });
    return { ok: true, board };
  }
  if (board.docVersion === def.docVersion) {
    const check = def.docSchema.safeParse(board.doc);
    if (!check.success) return { ok: false, detail: `${label}: ${firstIssue(check.error)}` };
  }
  return { ok: false, detail: `${label}: document does not match its schema` };
}
