import type { Db } from '../db/sqlite';
import { INNOKYLA_SECTION_IDS, type InnokylaSectionId } from '../../../shared/innokyla/sections';

export type TeamTexts = Partial<Record<InnokylaSectionId, string>>;

const KNOWN = new Set<string>(INNOKYLA_SECTION_IDS);

/**
 * The teams' own toimintamalli texts by team and section. A file from before migration 3 has no table: no texts.
 */
export function readInnokylaTexts(db: Db): Map<string, TeamTexts> {
  const out = new Map<string, TeamTexts>();
  const has = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'innokyla_texts'").get();
  if (!has) return out;
  const rows = db.prepare('SELECT team_id, section, text FROM innokyla_texts').all() as {
    team_id: string;
    section: string;
    text: string;
  }[];
  for (const r of rows) {
    if (!KNOWN.has(r.section)) continue;
    const texts = out.get(r.team_id) ?? {};
    texts[r.section as InnokylaSectionId] = r.text;
    out.set(r.team_id, texts);
  }
  return out;
}
