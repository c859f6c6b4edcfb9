import { test, expect } from './fixtures';
import { LibraryPage } from './pages/library';
import { WorkshopPage, type MemberInput } from './pages/workshop';

const TEAM = 'Kotiutumisen sujuvuus';
const MEMBERS: MemberInput[] = [
  {
    name: 'Anna Ammattilainen',
    role: 'Ammattilainen',
    profession: 'Sairaanhoitaja',
    organisation: 'Kotihoito, Joensuu',
  },
  { name: 'Aino Asiakas', role: 'Asiakasedustaja' },
  { name: 'Pekka Prosessi', role: 'Prosessinomistaja', profession: 'Palvelupäällikkö', organisation: 'Siun sote' },
  { name: 'Eeva Esihenkilö', role: 'Esihenkilö', profession: 'Osastonhoitaja', organisation: 'Siun sote' },
  { name: 'Ville Valmentaja', role: 'Valmentaja', organisation: 'THL' },
  { name: 'Veera Valmentaja', role: 'Valmentaja', organisation: 'THL' },
];

async function expectRoundAndDay(ws: WorkshopPage): Promise<void> {
  await ws.showRound();
  await expect(ws.main.getByRole('heading', { level: 1, name: 'Syksyn kierros 2026' })).toBeVisible();
  await expect(ws.main.getByLabel('Alkaa', { exact: true })).toHaveValue('2026-09-01');
  await expect(ws.main.getByLabel('Päättyy', { exact: true })).toHaveValue('2027-03-31');
  const day = ws.main.getByRole('article', { name: /^Aloitustyöpaja/ });
  await expect(day.getByLabel('Paikka')).toHaveValue('Joensuun kaupungintalo');
  await expect(day.getByLabel('Päivämäärä')).toHaveValue('2026-09-15');
  const rows = day.getByRole('table', { name: /Asialista/ }).getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1).getByRole('cell').nth(2)).toHaveText('09:45');
  await expect(rows.nth(2).getByRole('cell').nth(2)).toHaveText('10:45');
  await expect(day.getByLabel('Kohdan 2 otsikko')).toHaveValue('Tavoitteen kirkastaminen');
}

async function expectTeam(ws: WorkshopPage): Promise<void> {
  await ws.showTeam(TEAM);
  const basics = ws.teamBasics;
  await expect(basics.getByLabel('Hyvinvointialue')).toHaveValue('pohjois-karjala');
  await expect(basics.getByLabel('Asiakasryhmä', { exact: true }).locator('option:checked')).toHaveText(
    'Muu asiakasryhmä',
  );
  await expect(basics.getByLabel('Muu asiakasryhmä, mikä?')).toHaveValue('Kotiutuvat ikäihmiset ja omaiset');
  await expect(basics.getByLabel('Kehitettävä prosessi')).toHaveValue('Sairaalasta kotiin');
  await expect(basics.getByLabel('Tavoite')).toHaveValue('90 % kotiutuvista saa kotikäynnin 24 tunnin sisällä.');
  for (const m of MEMBERS) await expect(ws.members.getByText(m.name, { exact: true })).toBeVisible();
  await expect(ws.memberGroup('Valmentajat').getByRole('listitem')).toHaveCount(2);
  await expect(ws.memberGroup('Ammattilaiset')).toContainText('Sairaanhoitaja · Kotihoito, Joensuu');
  await expect(ws.warningBanner).toHaveCount(0);
}

test('a round, a workshop day with a timed agenda, a team with every role; all of it survives a restart and a crash', async ({
  page,
  host,
}) => {
  const lib = new LibraryPage(page);
  const ws = new WorkshopPage(page);
  await lib.goto('/');
  await lib.createWorkshop('Pohjois-Karjalan työpaja');

  // Round: name and dates.
  await ws.setRound({ name: 'Syksyn kierros 2026', start: '2026-09-01', end: '2027-03-31' });

  // A workshop day with an agenda of timed items; the end time is computed.
  const day = await ws.addDay();
  await ws.commitField(day.getByLabel('Otsikko'), 'Aloitustyöpaja');
  const card = ws.main.getByRole('article', { name: /^Aloitustyöpaja/ });
  await ws.commitField(card.getByLabel('Päivämäärä'), '2026-09-15');
  await expect(card.getByRole('heading', { level: 3 })).toContainText('15.9.2026');
  await ws.commitField(card.getByLabel('Paikka'), 'Joensuun kaupungintalo');
  await card.getByRole('button', { name: 'Lisää ohjelmakohta' }).click();
  const rows = card.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1).getByRole('cell').nth(2)).toHaveText('09:30');
  await ws.commitField(card.getByLabel('Kohdan 1 kesto minuutteina'), '45');
  await expect(rows.nth(1).getByRole('cell').nth(2)).toHaveText('09:45');
  await ws.commitField(card.getByLabel('Kohdan 1 otsikko'), 'Tervetuloa ja tutustuminen');
  await card.getByRole('button', { name: 'Lisää ohjelmakohta' }).click();
  await expect(rows).toHaveCount(3);
  // The next item starts where the previous one ends.
  await expect(card.getByLabel('Kohdan 2 alkamisaika')).toHaveValue('09:45');
  await ws.commitField(card.getByLabel('Kohdan 2 kesto minuutteina'), '60');
  await ws.commitField(card.getByLabel('Kohdan 2 otsikko'), 'Tavoitteen kirkastaminen');
  await expect(rows.nth(2).getByRole('cell').nth(2)).toHaveText('10:45');
  await ws.expectSaved();

  // A team: name, county, target group "muu" with free text, process and aim.
  await ws.addTeam();
  await ws.commitField(ws.teamBasics.getByLabel('Tiimin nimi'), TEAM);
  await expect(ws.main.getByRole('heading', { level: 1, name: TEAM })).toBeVisible();
  await expect(ws.teamLink(TEAM)).toBeVisible();
  await ws.teamBasics.getByLabel('Hyvinvointialue').selectOption({ label: 'Pohjois-Karjalan hyvinvointialue' });
  await expect(ws.teamBasics.getByLabel('Muu asiakasryhmä, mikä?')).toHaveCount(0);
  await ws.teamBasics.getByLabel('Asiakasryhmä', { exact: true }).selectOption({ label: 'Muu asiakasryhmä' });
  await ws.commitField(ws.teamBasics.getByLabel('Muu asiakasryhmä, mikä?'), 'Kotiutuvat ikäihmiset ja omaiset');
  await ws.commitField(ws.teamBasics.getByLabel('Kehitettävä prosessi'), 'Sairaalasta kotiin');
  await ws.commitField(ws.teamBasics.getByLabel('Tavoite'), '90 % kotiutuvista saa kotikäynnin 24 tunnin sisällä.');
  await expect(ws.teamBasics.getByLabel('Hyvinvointialue')).toHaveValue('pohjois-karjala');

  // Members of every role; the warning tracks the client representative, the process owner and the two coaches.
  await expect(ws.warningBanner).toBeVisible();
  await expect(ws.warningBanner).toContainText('Tiimissä ei ole asiakasedustajaa.');
  await expect(ws.warningBanner).toContainText('Tiimissä ei ole prosessinomistajaa tai esihenkilöä.');
  await expect(ws.warningBanner).toContainText('Tiimillä pitäisi olla kaksi valmentajaa.');
  // The member form says only names and roles are stored, and asks for nothing else.
  await expect(ws.addMemberForm).toContainText(
    'Tallennamme jäsenestä nimen, roolin, ammatin ja organisaation tähän työpajaan',
  );
  await expect(ws.addMemberForm.getByRole('textbox')).toHaveCount(3);
  await expect(ws.addMemberForm.getByRole('combobox')).toHaveCount(1);

  const [professional, clientRep, owner, supervisor, coach1, coach2] = MEMBERS as [
    MemberInput,
    MemberInput,
    MemberInput,
    MemberInput,
    MemberInput,
    MemberInput,
  ];
  await ws.addMember(professional);
  await expect(ws.warningBanner).toContainText('asiakasedustajaa');
  await ws.addMember(clientRep);
  await expect(ws.warningBanner).not.toContainText('asiakasedustajaa');
  await expect(ws.warningBanner).toContainText('prosessinomistajaa');
  await ws.addMember(owner);
  await expect(ws.warningBanner).not.toContainText('prosessinomistajaa');
  await ws.addMember(supervisor);
  await ws.addMember(coach1);
  await expect(ws.warningBanner).toContainText('Tiimillä pitäisi olla kaksi valmentajaa.');
  await ws.addMember(coach2);
  await expect(ws.warningBanner).toHaveCount(0);
  for (const [plural, n] of [
    ['Asiakasedustajat', 1],
    ['Ammattilaiset', 1],
    ['Prosessinomistajat', 1],
    ['Esihenkilöt', 1],
    ['Valmentajat', 2],
  ] as const) {
    await expect(ws.memberGroup(plural).getByRole('listitem')).toHaveCount(n);
  }

  // Editing a member (the edit form carries the same privacy note).
  await ws.members.getByRole('button', { name: 'Muokkaa: Anna Ammattilainen' }).click();
  const editForm = ws.members.locator('.member-row.editing form');
  await expect(editForm).toContainText('Tallennamme jäsenestä nimen, roolin, ammatin ja organisaation');
  // Saved as typed; "Valmis" only closes the form.
  await editForm.getByLabel('Organisaatio').fill('Kotihoito, Joensuu');
  await editForm.getByRole('button', { name: 'Valmis' }).click();
  await expect(editForm).toHaveCount(0);
  await ws.expectSaved();
  await expectTeam(ws);

  // A graceful restart and a reload: everything is still there.
  await host.restart();
  await page.reload();
  await expectTeam(ws);
  await expectRoundAndDay(ws);

  // A crash (SIGKILL) right after an acknowledged edit: the edit is there too.
  await ws.showTeam(TEAM);
  await ws.commitField(
    ws.teamBasics.getByLabel('Kehitettävä prosessi'),
    'Sairaalasta kotiin ensimmäiseen kotikäyntiin',
  );
  await ws.expectSaved();
  await host.kill();
  await host.restart();
  await page.reload();
  await expect(ws.teamBasics.getByLabel('Kehitettävä prosessi')).toHaveValue(
    'Sairaalasta kotiin ensimmäiseen kotikäyntiin',
  );
  await ws.commitField(ws.teamBasics.getByLabel('Kehitettävä prosessi'), 'Sairaalasta kotiin');
  await ws.expectSaved();
  await host.kill();
  await host.restart();
  await page.reload();
  await expectTeam(ws);
  await expectRoundAndDay(ws);
});

test('undo and redo with Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y, across a restart', async ({ page, host }) => {
  const lib = new LibraryPage(page);
  const ws = new WorkshopPage(page);
  await lib.goto('/');
  await lib.createWorkshop('Kumoamistesti');
  await ws.addTeam();
  await ws.commitField(ws.teamBasics.getByLabel('Tiimin nimi'), 'Ensimmäinen nimi');
  await ws.commitField(ws.teamBasics.getByLabel('Tiimin nimi'), 'Toinen nimi');
  await expect(ws.teamLink('Toinen nimi')).toBeVisible();
  const undoButton = ws.header.getByRole('button', { name: 'Kumoa' });
  await expect(undoButton).toHaveAttribute('title', 'Kumoa: Muokkaa tiimiä (Ctrl+Z)');

  // The history lives in the workshop file: restart the host, reload, and undo.
  await host.restart();
  await page.reload();
  await expect(ws.teamLink('Toinen nimi')).toBeVisible();
  await ws.undoKey();
  await expect(ws.teamLink('Ensimmäinen nimi')).toBeVisible();
  await expect(ws.teamBasics.getByLabel('Tiimin nimi')).toHaveValue('Ensimmäinen nimi');
  await ws.page.keyboard.press('Control+Shift+Z');
  await expect(ws.teamLink('Toinen nimi')).toBeVisible();
  await ws.page.keyboard.press('Control+z');
  await expect(ws.teamLink('Ensimmäinen nimi')).toBeVisible();

  // The redo step also survives a restart.
  await host.restart();
  await page.reload();
  await expect(ws.teamLink('Ensimmäinen nimi')).toBeVisible();
  await expect(ws.header.getByRole('button', { name: 'Tee uudelleen' })).toBeEnabled();
  await ws.blurToBody();
  await ws.page.keyboard.press('Control+y');
  await expect(ws.teamLink('Toinen nimi')).toBeVisible();

  // Undo back to before the team existed, then redo it.
  await ws.page.keyboard.press('Control+z');
  await ws.page.keyboard.press('Control+z');
  await expect(ws.teamLink('Tiimi 1')).toBeVisible();
  await ws.page.keyboard.press('Control+z');
  await expect(ws.sidebar.getByRole('button', { name: 'Tiimi 1' })).toHaveCount(0);
  await expect(undoButton).toBeDisabled();
  await ws.page.keyboard.press('Control+Shift+Z');
  await expect(ws.teamLink('Tiimi 1')).toBeVisible();

  // In a text field Ctrl+Z is the field's own text undo, not the workshop's.
  await ws.showTeam('Tiimi 1');
  const name = ws.teamBasics.getByLabel('Tiimin nimi');
  await name.click();
  await name.press('End');
  await name.pressSequentially('X');
  await name.press('Control+z');
  await expect(name).toHaveValue('Tiimi 1');
  await expect(ws.teamLink('Tiimi 1')).toBeVisible();
});
