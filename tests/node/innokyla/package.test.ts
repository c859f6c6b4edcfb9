import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestBackend, type TestBackend } from '../../helpers/backend';
import { parsePackage } from '../../../shared/package';
import { hetuCheckChar } from '../../../shared/analysis/personal-data';

/** A valid henkilötunnus (its check character computed, so it is found as one). */
const HETU = `010101-123${hetuCheckChar('010101', '123')}`;
const LONG = 'Tiimi kirjoitti tämän itse. '.repeat(1800).slice(0, 50_000);

let t: TestBackend;
beforeEach(() => {
  t = startTestBackend();
});
afterEach(() => t.dispose());

const upload = (path: string) => ({
  fileName: path.split('/').at(-1)!,
  dataBase64: readFileSync(path).toString('base64'),
});

async function savedPackage(workshopId: string, maskPersonalData?: boolean): Promise<string> {
  const f = await t.client.call('workshop.exportPackage', { workshopId, maskPersonalData });
  const saved = await t.client.call('files.save', { token: f.token });
  if (saved.kind !== 'saved') throw new Error('not saved');
  return saved.path;
}

/** The team's own texts by section, as the toimintamalli view shows them. */
async function ownTexts(workshopId: string, teamId: string): Promise<Record<string, string>> {
  const draft = await t.client.call('innokyla.draft', { workshopId, teamId, lang: 'fi' });
  return Object.fromEntries(draft.sections.filter((s) => s.teamText !== '').map((s) => [s.id, s.teamText]));
}

/** The demo workshop with a team's own words in three sections, one of them 50,000 characters long. */
async function demoWithTexts() {
  const { id: workshopId } = await t.client.call('library.createDemo', {});
  const ws = await t.client.call('workshop.get', { workshopId });
  const [a, b] = ws.teams;
  const set = (teamId: string, section: 'tips' | 'conditions' | 'aim', text: string) =>
    t.client.call('innokyla.setText', { workshopId, teamId, section, text });
  await set(a!.id, 'tips', 'Aloittakaa pienestä: yksi koulu ensin.');
  await set(a!.id, 'conditions', LONG);
  await set(b!.id, 'aim', 'Kotiutus onnistuu ensimmäisellä kerralla.');
  return { workshopId, a: a!, b: b! };
}

describe('a JSON package carries the teams’ toimintamalli texts', () => {
  it('exports them as package version 3 and imports them back to the same teams, the long text whole', async () => {
    const { workshopId, a, b } = await demoWithTexts();
    const path = await savedPackage(workshopId);
    const parsed = parsePackage(readFileSync(path, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.key);
    expect(JSON.parse(readFileSync(path, 'utf8')).packageVersion).toBe(3);
    expect(parsed.data.innokylaTexts).toHaveLength(3);

    const imported = await t.client.call('library.importFile', upload(path));
    const ws = await t.client.call('workshop.get', { workshopId: imported.id });
    const same = (name: string) => ws.teams.find((x) => x.name === name)!.id;
    expect(await ownTexts(imported.id, same(a.name))).toEqual(await ownTexts(workshopId, a.id));
    expect(await ownTexts(imported.id, same(b.name))).toEqual({ aim: 'Kotiutus onnistuu ensimmäisellä kerralla.' });
    expect((await ownTexts(imported.id, same(a.name))).conditions).toHaveLength(50_000);
  });

  it('goes with its team when a package is merged into another workshop', async () => {
    const { workshopId, a } = await demoWithTexts();
    const path = await savedPackage(workshopId);
    const { id: other } = await t.client.call('library.create', { title: 'Toinen työpaja' });
    const { teamsAdded } = await t.client.call('workshop.mergeFile', { workshopId: other, file: upload(path) });
    expect(teamsAdded).toBeGreaterThan(0);
    const ws = await t.client.call('workshop.get', { workshopId: other });
    const copy = ws.teams.find((x) => x.name === a.name)!;
    expect(await ownTexts(other, copy.id)).toEqual(await ownTexts(workshopId, a.id));
  });

  it('is checked for personal data like the rest: refused unmasked, masked on request', async () => {
    const { workshopId, a } = await demoWithTexts();
    await t.client.call('innokyla.setText', { workshopId, teamId: a.id, section: 'tips', text: `Soita ${HETU}` });
    const refused = await t.backend.dispatch('workshop.exportPackage', { workshopId });
    expect(refused).toMatchObject({ ok: false, error: { key: 'files.errors.personalData' } });
    const text = readFileSync(await savedPackage(workshopId, true), 'utf8');
    expect(text).not.toContain(HETU);
    const parsed = parsePackage(text);
    if (!parsed.ok) throw new Error(parsed.key);
    expect(parsed.data.innokylaTexts?.find((x) => x.section === 'tips')?.text).toMatch(/^Soita \*+/);
  });

  it('refuses a package whose text names no team of it, or gives a team two texts for one section', async () => {
    const { workshopId } = await demoWithTexts();
    const pkg = JSON.parse(readFileSync(await savedPackage(workshopId), 'utf8'));
    const orphan = structuredClone(pkg);
    orphan.workshop.innokylaTexts[0].teamId = 'no-such-team';
    const twice = structuredClone(pkg);
    twice.workshop.innokylaTexts.push({ ...twice.workshop.innokylaTexts[0], id: 'another-id' });
    for (const bad of [orphan, twice]) {
      const r = parsePackage(JSON.stringify(bad));
      expect(r).toMatchObject({ ok: false, key: 'errors.package.invalid' });
    }
  });
});
