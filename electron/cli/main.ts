import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { toApiError } from '../backend/api/dispatch';
import { readWorkshopData } from '../backend/files/read-data';
import { writeWorkshopFile } from '../backend/files/snapshot';
import { writeBytesAtomically } from '../backend/files/atomic';
import { writeWorkbook } from '../backend/export/workbook';
import { workshopSheets } from '../backend/export/workshop-sheets';
import { newId } from '../../shared/domain/ids';
import { createDemoWorkshop } from '../../shared/demo/demo-workshop';
import { serializePackage, toPackage } from '../../shared/package/serialize';
import { workshopInfo } from './info';
import { CLI_MESSAGES } from './messages';

const USAGE = `Käyttö / Usage: npm run cli -- <command>
  info FILE              JSON summary of a workshop file or package
  export-json FILE OUT   write a JSON workshop package
  import-json IN FILE    write a new workshop file from a JSON package
  export-xlsx FILE OUT   write an Excel workbook
  demo FILE              write the demo workshop file`;

class CliError extends Error {}

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

const appVersion = process.env.npm_package_version ?? '0.0.0';

const COMMANDS: Record<string, (args: string[]) => Promise<void>> = {
  async info(args) {
    const [file] = need(args, 1) as [string];
    mustExist(file);
    process.stdout.write(JSON.stringify(workshopInfo(await readWorkshopData({ path: file })), null, 2) + '\n');
  },
  async 'export-json'(args) {
    const [file, out] = need(args, 2) as [string, string];
    mustExist(file);
    const data = await readWorkshopData({ path: file });
    await writeBytesAtomically(out, serializePackage(toPackage(data, { appVersion, exportedAt: new Date().toISOString() })));
    process.stdout.write(`${out}\n`);
  },
  async 'import-json'(args) {
    const [input, file] = need(args, 2) as [string, string];
    mustExist(input);
    mustNotExist(file);
    const data = await readWorkshopData({ path: input });
    await writeWorkshopFile(data, file, { id: newId() });
    process.stdout.write(`${file}\n`);
  },
  async 'export-xlsx'(args) {
    const [file, out] = need(args, 2) as [string, string];
    mustExist(file);
    await writeWorkbook(workshopSheets(await readWorkshopData({ path: file })), out);
    process.stdout.write(`${out}\n`);
  },
  async demo(args) {
    const [file] = need(args, 1) as [string];
    mustNotExist(file);
    await writeWorkshopFile(createDemoWorkshop({ lang: 'fi' }), file, { id: newId() });
    process.stdout.write(`${file}\n`);
  },
};

/** Runs one command; returns the exit code. Every failure is one line on stderr. */
export async function runCli(argv: string[]): Promise<number> {
  const [cmd, ...args] = argv;
  const fn = cmd ? COMMANDS[cmd] : undefined;
  if (!fn) {
    process.stderr.write(`${cmd ? `${CLI_MESSAGES.unknownCommand}: ${cmd}. ` : ''}${USAGE}\n`);
    return 2;
  }
  try {
    await fn(args);
    return 0;
  } catch (e) {
    if (e instanceof CliError) {
      process.stderr.write(`${e.message}\n`);
      return 2;
    }
    const err = toApiError(e);
    process.stderr.write(`${CLI_MESSAGES.errors[err.key] ?? err.key}${err.detail ? ` (${err.detail.split('\n')[0]})` : ''}\n`);
    return 1;
  }
}

if (process.argv[1] && /cli[\\/]main\.[cm]?[jt]s$/.test(process.argv[1])) {
  runCli(process.argv.slice(2)).then((code) => process.exit(code));
}

