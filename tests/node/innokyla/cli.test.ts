import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend';
import { createClient } from '../../../shared/api/client';
import { hetuCheckChar } from '../../../shared/analysis/personal-data';
import { INNOKYLA_SECTIONS } from '../../../shared/innokyla/sections';
import { translator } from '../../../shared/i18n/translate';
import { ramps, type PdsaDoc } from '../../../shared/boards/pdsa/model';
import type { DriverDiagramDoc } from '../../../shared/boards/driver-diagram/model';
import { checkTools } from '../../../scripts/lib/tools.mjs';
import { inProcessTransport, makeTempDir } from '../../helpers/backend';
import { cli } from '../cli/helpers';

/** A team name with every character file systems refuse somewhere. */
const ODD_NAME = 'Tiimi: A/B \\ *? "<kotiutus>" |';
const HETU = `010101-123${hetuCheckChar('010101', '123')}`;
const one = (s: string) => s.replace(/\s+/g, ' ').trim();

let dir: string;
let file: string;
let hetuFile: string;
let aim: string;
let cycles: string[];

/** The demo workshop with its first team renamed and a text of its own; a second file with a henkilötunnus. */
beforeAll(async () => {
  dir = makeTempDir();
  const data = join(dir, 'data');
  const backend = createBackend({
    dataDir: data,
    shell: 'test',
    platform: { saveFile: async ({ tempPath }) => ({ kind: 'saved', path: tempPath }) },
  });
  const client = createClient(inProcessTransport(backend));
  const workshopId = (await client.call('library.createDemo', {})).id;
  const ws = await client.call('workshop.get', { workshopId });
  const team = ws.teams[0]!;
  await client.call('teams.update', { workshopId, id: team.id, patch: { name: ODD_NAME } });
  await client.call('innokyla.setText', { workshopId, teamId: team.id, section: 'tips', text: 'Aloittakaa pienestä.' });
  const boards = await Promise.all(
    ws.boards.filter((b) => b.teamId === team.id).map((b) => client.call('boards.get', { workshopId, id: b.id })),
  );
  aim = one((boards.find((b) => b.kind === 'driver-diagram')!.doc as DriverDiagramDoc).aim.statement);
  cycles = boards
    .filter((b) => b.kind === 'pdsa')
    .flatMap((b) =>
      ramps(b.doc as PdsaDoc)
        .flat()
        .map((c) => one(c.title)),
    );
  const other = (await client.call('library.create', { title: 'Hetu' })).id;
  const { id: teamId } = await client.call('teams.create', { workshopId: other, team: { name: 'Tiimi' } });
  await client.call('innokyla.setText', { workshopId: other, teamId, section: 'tips', text: `Asiakas ${HETU}` });
  backend.close();
  file = join(data, 'workshops', `${workshopId}.sqlite`);
  hetuFile = join(data, 'workshops', `${other}.sqlite`);
  expect(existsSync(file)).toBe(true);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function pdfText(docx: string): string {
  const { found, message } = checkTools(['libreoffice', 'poppler']);
  if (message) throw new Error(message);
  const profile = join(dir, 'lo-profile');
  mkdirSync(profile, { recursive: true });
  const out = execFileSync(
    found.libreoffice!.path!,
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      docx,
    ],
    { encoding: 'utf8', timeout: 220_000, env: { ...process.env, HOME: dir } },
  );
  expect(out).toMatch(/convert .*\.docx -> .*\.pdf/);
  expect(out).not.toMatch(/error|repair/i);
  const pdf = docx.replace(/^.*[\\/]/, '').replace(/\.docx$/, '.pdf');
  return execFileSync('pdftotext', [join(dir, pdf), '-'], { encoding: 'utf8' });
}

describe('npm run cli -- toimintamalli', () => {
  it(
    'writes a team named with characters files cannot hold; LibreOffice opens it and every heading, the aim and every PDSA cycle is in it',
    { timeout: 400_000 },
    async () => {
      const out = join(dir, 'malli.docx');
      const r = await cli('toimintamalli', file, out, '--team', ODD_NAME);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const text = one(pdfText(out));
      const t = translator('fi');
      for (const s of INNOKYLA_SECTIONS) expect(text).toContain(one(t(`innokyla.section.${s.id}.heading`)));
      expect(text).toContain(aim);
      expect(cycles.length).toBeGreaterThan(0);
      for (const c of cycles) expect(text).toContain(c);
      expect(text).toContain('Aloittakaa pienestä.');
    },
  );

  it(
    'writes one document per team into a folder, with file names cleaned of characters not allowed',
    { timeout: 200_000 },
    async () => {
      const folder = join(dir, 'mallit');
      const r = await cli('toimintamalli', file, folder, '--lang', 'sv');
      expect(r.code).toBe(0);
      const names = readdirSync(folder);
      expect(names).toHaveLength(3);
      for (const n of names) {
        expect(n).toMatch(/^Verksamhetsmodell .+\.docx$/);
        expect(n).not.toMatch(/[\\/:*?"<>|]/);
      }
    },
  );

  it(
    'refuses a henkilötunnus in a section text with exit 3 and writes nothing; --mask-personal-data writes it masked',
    { timeout: 200_000 },
    async () => {
      const out = join(dir, 'hetu.docx');
      const refused = await cli('toimintamalli', hetuFile, out, '--team', 'Tiimi');
      expect(refused.code).toBe(3);
      expect(refused.stderr).toMatch(/henkilötunnus 1/);
      expect(existsSync(out)).toBe(false);
      const masked = await cli('toimintamalli', hetuFile, out, '--team', 'Tiimi', '--mask-personal-data');
      expect(masked.code).toBe(0);
      expect(existsSync(out)).toBe(true);
    },
  );
});
