import { readFileSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../electron/backend';
import { createClient, type Client } from '../../../shared/api/client';
import { INNOKYLA_SECTIONS } from '../../../shared/innokyla/sections';
import { ramps, type PdsaDoc } from '../../../shared/boards/pdsa/model';
import type { DriverDiagramDoc } from '../../../shared/boards/driver-diagram/model';
import { hetuCheckChar } from '../../../shared/analysis/personal-data';
import { apiError, inProcessTransport, makeTempDir } from '../../helpers/backend';

/** A valid henkilötunnus (its check character computed, so it is found as one). */
const HETU = `010101-123${hetuCheckChar('010101', '123')}`;

let dir: string;
let backend: Backend;
let client: Client;
let demo: string;

beforeAll(async () => {
  dir = makeTempDir();
  backend = createBackend({
    dataDir: dir,
    shell: 'test',
    platform: { saveFile: async ({ tempPath }) => ({ kind: 'saved', path: tempPath }) },
  });
  client = createClient(inProcessTransport(backend));
  demo = (await client.call('library.createDemo', {})).id;
});
afterAll(() => {
  backend.close();
  rmSync(dir, { recursive: true, force: true });
});

async function demoTeam() {
  const ws = await client.call('workshop.get', { workshopId: demo });
  const team = ws.teams[0]!;
  const boards = await Promise.all(
    ws.boards.filter((b) => b.teamId === team.id).map((b) => client.call('boards.get', { workshopId: demo, id: b.id })),
  );
  return { team, boards };
}

describe('innokyla.draft from the demo workshop (real SQLite)', () => {
  it('has every template section in order with Finnish headings, sources and a completeness mark', async () => {
    const { team } = await demoTeam();
    const draft = await client.call('innokyla.draft', { workshopId: demo, teamId: team.id, lang: 'fi' });
    expect(draft.sections.map((s) => s.id)).toEqual(INNOKYLA_SECTIONS.map((s) => s.id));
    expect(draft.sections.map((s) => s.heading)).toContain('Kehittäjäjoukon kokoaminen ja yhteiskehittäminen');
    expect(draft.sections[0]!.heading).toBe('Perustiedot');
    expect(draft.title).toMatch(/^.+, Pirkanmaan HVA \(RRP, P4, I1\)$/);
    for (const s of draft.sections) {
      expect(['filled', 'partial', 'toWrite']).toContain(s.completeness);
      expect(s.guide.length).toBeGreaterThan(10);
    }
    const byId = Object.fromEntries(draft.sections.map((s) => [s.id, s]));
    expect(byId.testing!.sources.some((x) => x.startsWith('PDSA-taulusta '))).toBe(true);
    expect(byId.conditions!.completeness).toBe('toWrite');
    expect(byId.startingPoint!.paragraphs.join(' ')).toMatch(/Läpimenoaika on tyypillisesti/);
    expect(byId.startingPoint!.paragraphs.join(' ')).toMatch(/Virtaustehokkuus on/);
    // Roles and organisations, never names.
    const ws = await client.call('workshop.get', { workshopId: demo });
    const names = ws.members.filter((m) => m.teamId === team.id).map((m) => m.name);
    const developers = JSON.stringify(byId.developers);
    for (const n of names) expect(developers).not.toContain(n);
  });

  it('names the aim of the driver diagram and every PDSA cycle with its decision', async () => {
    const { team, boards } = await demoTeam();
    const draft = await client.call('innokyla.draft', { workshopId: demo, teamId: team.id, lang: 'fi' });
    const aim = (boards.find((b) => b.kind === 'driver-diagram')!.doc as DriverDiagramDoc).aim.statement;
    const aimSection = draft.sections.find((s) => s.id === 'aim')!;
    expect(aimSection.paragraphs[0]).toBe(aim.replace(/\s+/g, ' ').trim());
    const cycles = boards.filter((b) => b.kind === 'pdsa').flatMap((b) => ramps(b.doc as PdsaDoc).flat());
    const testing = draft.sections.find((s) => s.id === 'testing')!;
    expect(testing.items).toHaveLength(cycles.length);
    cycles.forEach((c, i) => expect(testing.items[i]).toContain(c.title.trim()));
  });

  it('labels the sections in Swedish and English for the UI', async () => {
    const { team } = await demoTeam();
    const sv = await client.call('innokyla.draft', { workshopId: demo, teamId: team.id, lang: 'sv' });
    const en = await client.call('innokyla.draft', { workshopId: demo, teamId: team.id, lang: 'en' });
    expect(sv.sections[0]!.heading).toBe('Grunduppgifter');
    expect(en.sections.find((s) => s.id === 'aim')!.heading).toBe('Intended change');
  });
});

describe("the team's own text", () => {
  it('is kept apart from the draft: regenerating keeps it, undo and redo take and give it back', async () => {
    const { team } = await demoTeam();
    const input = { workshopId: demo, teamId: team.id, section: 'tips' as const };
    await client.call('innokyla.setText', { ...input, text: 'Aloittakaa yhdestä koulusta.' });
    const again = await client.call('innokyla.draft', { workshopId: demo, teamId: team.id });
    const tips = again.sections.find((s) => s.id === 'tips')!;
    expect(tips.teamText).toBe('Aloittakaa yhdestä koulusta.');
    expect(tips.completeness).toBe('filled');
    expect(again.sections.find((s) => s.id === 'testing')!.items.length).toBeGreaterThan(0);

    const undo = await client.call('history.undo', { workshopId: demo });
    expect(undo.step.label).toBe('innokyla.history.edit');
    const undone = await client.call('innokyla.draft', { workshopId: demo, teamId: team.id });
    expect(undone.sections.find((s) => s.id === 'tips')!.teamText).toBe('');
    await client.call('history.redo', { workshopId: demo });
    const redone = await client.call('innokyla.draft', { workshopId: demo, teamId: team.id });
    expect(redone.sections.find((s) => s.id === 'tips')!.teamText).toBe('Aloittakaa yhdestä koulusta.');
  });

  it('keeps a 50,000-character text whole and writes it into the document', async () => {
    const { team } = await demoTeam();
    const long = 'Pitkä kuvaus toimintamallista. '.repeat(1700).slice(0, 50_000);
    await client.call('innokyla.setText', { workshopId: demo, teamId: team.id, section: 'conditions', text: long });
    const draft = await client.call('innokyla.draft', { workshopId: demo, teamId: team.id });
    expect(draft.sections.find((s) => s.id === 'conditions')!.teamText).toBe(long);
    const file = await client.call('innokyla.exportDocx', { workshopId: demo, teamId: team.id });
    expect(file.fileName).toMatch(/^Toimintamalli .+\.docx$/);
    const saved = await client.call('files.save', { token: file.token });
    const bytes = readFileSync((saved as { path: string }).path);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('refuses a text over the limit with invalid input, keeping what was saved', async () => {
    const { team } = await demoTeam();
    const err = await apiError(
      client.call('innokyla.setText', {
        workshopId: demo,
        teamId: team.id,
        section: 'tips',
        text: 'x'.repeat(100_001),
      }),
    );
    expect(err.code).toBe('invalidInput');
  });
});

describe('innokyla.exportDocx personal-data gate', () => {
  it('refuses a henkilötunnus in a section text, and writes the document masked when asked', async () => {
    const { id: workshopId } = await client.call('library.create', { title: 'Työpaja' });
    const { id: teamId } = await client.call('teams.create', { workshopId, team: { name: 'Tiimi' } });
    await client.call('innokyla.setText', { workshopId, teamId, section: 'tips', text: `Soita asiakkaalle ${HETU}` });
    const err = await apiError(client.call('innokyla.exportDocx', { workshopId, teamId }));
    expect(err).toMatchObject({ key: 'innokyla.errors.personalData', params: { count: 1 } });
    const file = await client.call('innokyla.exportDocx', { workshopId, teamId, maskPersonalData: true });
    expect(file.bytes).toBeGreaterThan(0);
  });
});

describe('a team with no boards', () => {
  it('gets every section marked to write, each with a short guide', async () => {
    const { id: workshopId } = await client.call('library.create', { title: 'Tyhjä' });
    const { id: teamId } = await client.call('teams.create', { workshopId, team: { name: 'Uusi tiimi' } });
    const draft = await client.call('innokyla.draft', { workshopId, teamId, lang: 'fi' });
    expect(draft.sections.map((s) => s.completeness)).toEqual(draft.sections.map(() => 'toWrite'));
    for (const s of draft.sections) expect(s.guide).not.toBe('');
    expect(draft.title).toBe('Uusi tiimi (RRP, P4, I1)');
  });
});

describe('a team name with characters not allowed in file names', () => {
  it('exports the document under a safe name that keeps the words, and with a draft that still has every section', async () => {
    const { id: workshopId } = await client.call('library.create', { title: 'Nimet' });
    const name = 'Tiimi: A/B <"C"> | D* E? \\ F';
    const { id: teamId } = await client.call('teams.create', { workshopId, team: { name } });
    const file = await client.call('innokyla.exportDocx', { workshopId, teamId });
    expect(file.fileName).toBe('Toimintamalli Tiimi A B C D E F.docx');
    expect(file.fileName).not.toMatch(/[/\\:*?"<>|]/);
    expect(file.bytes).toBeGreaterThan(0);
    const draft = await client.call('innokyla.draft', { workshopId, teamId, lang: 'fi' });
    expect(draft.teamName).toBe(name);
  });
});
