import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { WorkshopData } from '../../shared/domain/workshop-data';
import type { Language } from '../../shared/domain/vocab';
import type { PersonalDataFinding } from '../../shared/analysis/personal-data';
import { translator } from '../../shared/i18n/translate';
import { hasSqliteHeader } from '../backend/db/open';
import { sqlite } from '../backend/db/sqlite';
import { fileNameFor } from '../backend/files/names';
import { writeBytesAtomically } from '../backend/files/atomic';
import { toimintamalliFindings } from '../backend/innokyla/draft-of';
import { toimintamalliBytes } from '../backend/innokyla/export';
import { readInnokylaTexts, type TeamTexts } from '../backend/innokyla/texts';

/**
 * The teams' own toimintamalli texts in a workshop file, read without changing it (a read-only connection sees
 * every committed edit, also those in the WAL). A JSON package or a file from before the texts existed has none.
 */
export function textsInFile(path: string): Map<string, TeamTexts> {
  if (!hasSqliteHeader(path)) return new Map();
  try {
    const db = sqlite(path, { readonly: true, fileMustExist: true });
    try {
      db.pragma('trusted_schema = OFF');
      return readInnokylaTexts(db);
    } finally {
      db.close();
    }
  } catch {
    return new Map();
  }
}

export interface TeamDocument {
  teamId: string;
  /** Where the document goes: OUT itself for one named team, a file in the folder OUT otherwise. */
  out: string;
}

/** The documents to write: the named team (by name, case-insensitive) into OUT, or every team into the folder OUT. */
export function plannedDocuments(
  data: WorkshopData,
  out: string,
  teamName: string | null,
  lang: Language,
): TeamDocument[] | { noTeam: string[] } {
  if (teamName !== null) {
    const want = teamName.trim().toLocaleLowerCase('fi');
    const team = data.teams.find((t) => t.name.trim().toLocaleLowerCase('fi') === want);
    if (!team) return { noTeam: data.teams.map((t) => t.name) };
    return [{ teamId: team.id, out }];
  }
  const t = translator(lang);
  const used = new Set<string>();
  return data.teams.map((team) => {
    // Two teams whose names clean to the same file name get numbers, never one file over the other.
    let name = fileNameFor(t('innokyla.fileName', { team: team.name }), '.docx');
    for (let i = 2; used.has(name.toLowerCase()); i++)
      name = fileNameFor(`${t('innokyla.fileName', { team: team.name })} ${i}`, '.docx');
    used.add(name.toLowerCase());
    return { teamId: team.id, out: join(out, name) };
  });
}

/** Every finding the planned documents would show. */
export function documentFindings(
  data: WorkshopData,
  texts: Map<string, TeamTexts>,
  docs: readonly TeamDocument[],
): PersonalDataFinding[] {
  return docs.flatMap((d) => toimintamalliFindings(data, d.teamId, texts.get(d.teamId) ?? {}));
}

/** Writes the documents (temp + fsync + rename each); the folder is made when missing. */
export async function writeDocuments(
  data: WorkshopData,
  texts: Map<string, TeamTexts>,
  docs: readonly TeamDocument[],
  lang: Language,
  mask: boolean,
  folder: string | null,
): Promise<string[]> {
  if (folder !== null && !existsSync(folder)) mkdirSync(folder, { recursive: true });
  if (folder !== null && !statSync(folder).isDirectory()) throw new Error(`not a folder: ${folder}`);
  const written: string[] = [];
  for (const d of docs) {
    const bytes = await toimintamalliBytes(data, d.teamId, texts.get(d.teamId) ?? {}, lang, mask);
    if (!bytes) continue;
    await writeBytesAtomically(d.out, bytes);
    written.push(d.out);
  }
  return written;
}
