import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { toApiError } from '../backend/api/dispatch';
import { readWorkshopData } from '../backend/files/read-data';
import { writeWorkshopFile } from '../backend/files/snapshot';
import { writeBytesAtomically } from '../backend/files/atomic';
import { writeWorkbook } from '../backend/export/workbook';
import { writeCsv } from '../backend/export/csv';
import { withCover, workshopWorkbook } from '../backend/export/cover-sheet';
import { findSheet, workbookPageTitle } from '../backend/export/app-workbook';
import { consolidateFolder, consolidatedSheets, maskConsolidation } from '../backend/export/consolidate';
import { withPictures } from '../backend/export/pictures-sheet';
import { newId } from '../../shared/domain/ids';
import { createDemoWorkshop } from '../../shared/demo/demo-workshop';
import { serializePackage, toPackage } from '../../shared/package/serialize';
import type { WorkshopData } from '../../shared/domain/workshop-data';
import {
  countByKind,
  findPersonalData,
  maskPersonalData,
  type PersonalDataFinding,
} from '../../shared/analysis/personal-data';
import { HEADER_LANGUAGES, type HeaderLanguage } from '../../shared/export/headers';
import { workshopInfo } from './info';
import { documentFindings, plannedDocuments, textsInFile, writeDocuments } from './toimintamalli';
import { CLI_MESSAGES } from './messages';
import { dynamicTranslator } from '../../shared/i18n/translate';
import type { ApiError } from '../../shared/api/errors';

const USAGE = `Käyttö / Usage: npm run cli -- <command>
  info FILE              JSON summary of a workshop file or package
  export-json FILE OUT   write a JSON workshop package
  import-json IN FILE    write a new workshop file from a JSON package
  export-xlsx FILE OUT   write an Excel workbook
  export-csv FILE SHEET OUT [--comma]
                         write one sheet of the workbook as CSV (UTF-8 with BOM, ; and decimal comma;
                         --comma: , and decimal point)
  consolidate DIR OUT    merge every workshop file (.lapimurto, .sqlite) and package (.json) in a folder into one
                         round workbook; skipped files and teams found twice are reported; run charts
                         beside the measures analysis, the Kuvat sheet of board pictures only with --pictures
  toimintamalli FILE OUT [--team NAME]
                         write a team's Innokylä toimintamalli as a Word document (.docx); without --team, one
                         document per team into the folder OUT (--lang: the document's language)
  demo FILE              write the demo workshop file
Excel and CSV exports take
  --lang fi|sv|en        the language of the column headers (Finnish by default; sheet names, keys and data stay)
Exports refuse when the workshop holds personal identity codes, phone numbers or e-mail addresses, unless given
  --mask-personal-data   write them masked (letters and digits as *)
  --allow-personal-data  write them as they are (stated in the output)`;

class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

/** Exit code when an export is refused because of personal data. */
const EXIT_PERSONAL_DATA = 3;

function need(args: string[], n: number): string[] {
  if (args.length !== n) throw new CliError(`${CLI_MESSAGES.usage}\n${USAGE}`);
  return args.map((a) => resolve(a));
}

function mustExist(path: string): void {
  if (!existsSync(path)) throw new CliError(`${CLI_MESSAGES.noSuchFile}: ${path}`);
}

function mustNotExist(path: string): void {
  if (existsSync(path)) throw new CliError(`${CLI_MESSAGES.exists}: ${path}`);
}

const appVersion: string =
  process.env.npm_package_version ??
  (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** Options the commands accept; anything else starting with -- is an error. */
const FLAGS = ['--allow-personal-data', '--mask-personal-data', '--comma', '--pictures'] as const;
type Flag = (typeof FLAGS)[number];

/** The header language of `--lang X` / `--lang=X`; Finnish when absent. */
function takeLang(argv: string[]): { rest: string[]; lang: HeaderLanguage } {
  const rest: string[] = [];
  let lang: HeaderLanguage = 'fi';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a !== '--lang' && !a.startsWith('--lang=')) {
      rest.push(a);
      continue;
    }
    const value = a === '--lang' ? argv[++i] : a.slice('--lang='.length);
    if (!value || !(HEADER_LANGUAGES as readonly string[]).includes(value)) {
      throw new CliError(`${CLI_MESSAGES.unknownLanguage}: ${value ?? ''} (${HEADER_LANGUAGES.join(', ')})`);
    }
    lang = value as HeaderLanguage;
  }
  return { rest, lang };
}

/** The value of `--team NAME` / `--team=NAME`; null when absent. */
function takeTeam(argv: string[]): { rest: string[]; team: string | null } {
  const rest: string[] = [];
  let team: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a !== '--team' && !a.startsWith('--team=')) {
      rest.push(a);
      continue;
    }
    const value = a === '--team' ? argv[++i] : a.slice('--team='.length);
    if (!value) throw new CliError(`${CLI_MESSAGES.usage}\n${USAGE}`);
    team = value;
  }
  return { rest, team };
}

function splitFlags(input: string[]): { args: string[]; flags: Set<Flag>; lang: HeaderLanguage; team: string | null } {
  const { rest: withoutTeam, team } = takeTeam(input);
  const { rest: argv, lang } = takeLang(withoutTeam);
  const flags = new Set<Flag>();
  const args: string[] = [];
  for (const a of argv) {
    if (a.startsWith('--')) {
      if (!(FLAGS as readonly string[]).includes(a))
        throw new CliError(`${CLI_MESSAGES.unknownOption}: ${a}\n${USAGE}`);
      flags.add(a as Flag);
    } else args.push(a);
  }
  return { args, flags, lang, team };
}

function place(f: PersonalDataFinding): string {
  return [f.team, f.board, f.path].filter((x): x is string => !!x).join(' / ');
}

/**
 * The personal-data check every export goes through: with findings and no option, one line on stderr (count by
 * kind and the first places) and a non-zero exit; with --mask-personal-data the masked copy is written; with
 * --allow-personal-data the data is written as it is and stdout says so.
 */
function checkPersonalData(
  findings: readonly PersonalDataFinding[],
  flags: ReadonlySet<Flag>,
): { mask: boolean; note: string | null } {
  if (findings.length === 0) return { mask: false, note: null };
  const counts = countByKind(findings);
  const byKind = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${CLI_MESSAGES.personalDataKinds[k] ?? k} ${n}`)
    .join(', ');
  const summary = `${findings.length} (${byKind})`;
  if (flags.has('--mask-personal-data')) return { mask: true, note: `${CLI_MESSAGES.personalDataMasked}: ${summary}` };
  if (flags.has('--allow-personal-data'))
    return { mask: false, note: `${CLI_MESSAGES.personalDataAllowed}: ${summary}` };
  const first = findings.slice(0, 3).map(place).join('; ');
  const more = findings.length > 3 ? '; …' : '';
  throw new CliError(
    `${CLI_MESSAGES.personalDataFound}: ${summary}: ${first}${more}. ${CLI_MESSAGES.personalDataHint}`,
    EXIT_PERSONAL_DATA,
  );
}

function personalDataGate(data: WorkshopData, flags: ReadonlySet<Flag>): { data: WorkshopData; note: string | null } {
  const { mask, note } = checkPersonalData(findPersonalData(data), flags);
  return { data: mask ? maskPersonalData(data) : data, note };
}

function written(out: string, note: string | null): void {
  process.stdout.write(`${out}\n${note ? `${note}\n` : ''}`);
}

const COMMANDS: Record<
  string,
  (args: string[], flags: ReadonlySet<Flag>, lang: HeaderLanguage, team: string | null) => Promise<void>
> = {
  async info(args) {
    const [file] = need(args, 1) as [string];
    mustExist(file);
    process.stdout.write(JSON.stringify(workshopInfo(await readWorkshopData({ path: file })), null, 2) + '\n');
  },
  async 'export-json'(args, flags) {
    const [file, out] = need(args, 2) as [string, string];
    mustExist(file);
    const { data, note } = personalDataGate(await readWorkshopData({ path: file }), flags);
    await writeBytesAtomically(
      out,
      serializePackage(toPackage(data, { appVersion, exportedAt: new Date().toISOString() })),
    );
    written(out, note);
  },
  async 'import-json'(args) {
    const [input, file] = need(args, 2) as [string, string];
    mustExist(input);
    mustNotExist(file);
    const data = await readWorkshopData({ path: input });
    await writeWorkshopFile(data, file, { id: newId() });
    process.stdout.write(`${file}\n`);
  },
  async 'export-xlsx'(args, flags, lang) {
    const [file, out] = need(args, 2) as [string, string];
    mustExist(file);
    const { data, note } = personalDataGate(await readWorkshopData({ path: file }), flags);
    await writeWorkbook(workshopWorkbook(data, { appVersion, exportedAt: new Date(), lang }), out, {
      pageTitle: workbookPageTitle(data, { teamId: null }),
    });
    written(out, note);
  },
  async 'export-csv'(args, flags, lang) {
    const [file, , out] = need(args, 3) as [string, string, string];
    const name = args[1]!;
    mustExist(file);
    const { data, note } = personalDataGate(await readWorkshopData({ path: file }), flags);
    const sheets = workshopWorkbook(data, { appVersion, exportedAt: new Date(), lang });
    const sheet = findSheet(sheets, name);
    if (!sheet) throw new CliError(`${CLI_MESSAGES.noSuchSheet}: ${name} (${sheets.map((s) => s.name).join(', ')})`);
    await writeCsv(sheet, out, { separator: flags.has('--comma') ? ',' : ';' });
    written(out, note);
  },
  async consolidate(args, flags, lang) {
    const [dir, out] = need(args, 2) as [string, string];
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new CliError(`${CLI_MESSAGES.notAFolder}: ${dir}`);
    const c = await consolidateFolder(dir, [out]);
    for (const s of c.skipped) {
      const why =
        s.reason === 'notAWorkshopType' ? CLI_MESSAGES.notAWorkshopType : (CLI_MESSAGES.errors[s.reason] ?? s.reason);
      process.stderr.write(`${CLI_MESSAGES.skipped}: ${s.file}: ${why}${s.detail ? ` (${s.detail})` : ''}\n`);
    }
    for (const d of c.duplicates) {
      const how = d.match === 'id' ? CLI_MESSAGES.duplicateById : CLI_MESSAGES.duplicateByName;
      process.stderr.write(
        `${CLI_MESSAGES.duplicateTeam}: "${d.team}"${d.county ? ` (${d.county})` : ''}, ${how}: ${CLI_MESSAGES.kept} ${d.keptFrom}, ${CLI_MESSAGES.dropped} ${d.droppedFrom}\n`,
      );
    }
    if (c.sources.length === 0) throw new CliError(CLI_MESSAGES.nothingToMerge, 1);
    // What is written: the merged workshop, and each file's title and round on the round sheet.
    const findings = [
      ...findPersonalData(c.data),
      ...c.sources.flatMap((s) =>
        findPersonalData({ ...s.data, days: [], teams: [], members: [], boards: [] }).map((f) => ({
          ...f,
          path: `${s.file}: ${f.path}`,
        })),
      ),
    ];
    const { mask, note } = checkPersonalData(findings, flags);
    const output = mask ? maskConsolidation(c, maskPersonalData) : c;
    // A whole round's board pictures (hundreds) would make a huge, slow workbook: only when asked (docs/excel-schema.md).
    const pictures = withPictures(consolidatedSheets(output), output.data, {
      lang,
      pictures: flags.has('--pictures') ? 'all' : 'charts',
    });
    const sheets = withCover(output.data, pictures, {
      appVersion,
      exportedAt: new Date(),
      sourceFiles: c.sources.map((s) => s.file),
      lang,
    });
    await writeWorkbook(sheets, out, { pageTitle: workbookPageTitle(output.data, { teamId: null }) });
    process.stdout.write(
      `${CLI_MESSAGES.consolidated}: ${c.sources.length} ${CLI_MESSAGES.files(c.sources.length)}, ${c.data.teams.length} ${CLI_MESSAGES.teams(c.data.teams.length)}, ` +
        `${c.skipped.length} ${CLI_MESSAGES.skippedCount}, ${c.duplicates.length} ${CLI_MESSAGES.duplicates} → ${out}\n${note ? `${note}\n` : ''}`,
    );
  },
  async toimintamalli(args, flags, lang, teamName) {
    const [file, out] = need(args, 2) as [string, string];
    mustExist(file);
    const data = await readWorkshopData({ path: file });
    const texts = textsInFile(file);
    const docs = plannedDocuments(data, out, teamName, lang);
    if ('noTeam' in docs)
      throw new CliError(`${CLI_MESSAGES.noSuchTeam}: ${teamName ?? ''} (${docs.noTeam.join(', ')})`);
    if (teamName === null && existsSync(out) && !statSync(out).isDirectory())
      throw new CliError(`${CLI_MESSAGES.notAFolder}: ${out}`);
    if (teamName !== null) mustNotExist(out);
    const { mask, note } = checkPersonalData(documentFindings(data, texts, docs), flags);
    const paths = await writeDocuments(data, texts, docs, lang, mask, teamName === null ? out : null);
    written(paths.length > 0 ? paths.join('\n') : out, note);
  },
  async demo(args) {
    const [file] = need(args, 1) as [string];
    mustNotExist(file);
    await writeWorkshopFile(createDemoWorkshop({ lang: 'fi' }), file, { id: newId() });
    process.stdout.write(`${file}\n`);
  },
};

/** An API error in Finnish and English from the app's own texts; its code's general text when the key has none. */
function translatedError(err: ApiError): string {
  const [fi, en] = (['fi', 'en'] as const).map((lang) => {
    const t = dynamicTranslator(lang);
    const text = t(err.key, err.params);
    return text === err.key ? t(`errors.code.${err.code}`) : text;
  });
  return `${fi} / ${en}`;
}

/** Runs one command; returns the exit code. Every failure is one line on stderr. */
export async function runCli(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  const fn = cmd ? COMMANDS[cmd] : undefined;
  if (!fn) {
    process.stderr.write(`${cmd ? `${CLI_MESSAGES.unknownCommand}: ${cmd}. ` : ''}${USAGE}\n`);
    return 2;
  }
  try {
    const { args, flags, lang, team } = splitFlags(rest);
    if (team !== null && cmd !== 'toimintamalli') throw new CliError(`${CLI_MESSAGES.unknownOption}: --team\n${USAGE}`);
    await fn(args, flags, lang, team);
    return 0;
  } catch (e) {
    if (e instanceof CliError) {
      process.stderr.write(`${e.message}\n`);
      return e.exitCode;
    }
    const err = toApiError(e);
    const text = CLI_MESSAGES.errors[err.key] ?? translatedError(err);
    const detail = err.detail?.split('\n')[0];
    process.stderr.write(`${text}${detail && !text.includes(detail) ? ` (${detail})` : ''}\n`);
    return 1;
  }
}

// Run when started as a program: from source (tsx electron/cli/main.ts) or bundled (out/host/lapimurto-cli.js).
if (process.argv[1] && /(cli[\\/]main|lapimurto-cli)\.[cm]?[jt]s$/.test(process.argv[1])) {
  runCli(process.argv.slice(2)).then((code) => process.exit(code));
}
