import { expect, type Locator, type Page } from '@playwright/test';
import { Studio } from './studio';

export type RoleFi = 'Asiakasedustaja' | 'Ammattilainen' | 'Prosessinomistaja' | 'Esihenkilö' | 'Valmentaja';

export interface MemberInput {
  name: string;
  role: RoleFi;
  profession?: string;
  organisation?: string;
}

/** The workshop screen: sidebar, round view (round + workshop days + agendas) and team view (team + members + boards). */
export class WorkshopPage extends Studio {
  constructor(page: Page) {
    super(page);
  }

  // ---- sidebar ----

  async showRound(): Promise<void> {
    await this.sidebar.getByRole('button', { name: 'Valmennuskierros' }).click();
    await expect(this.main.getByText('Valmennuskierros', { exact: true }).first()).toBeVisible();
  }

  teamLink(name: string): Locator {
    return this.sidebar.getByRole('button', { name, exact: true });
  }

  async showTeam(name: string): Promise<void> {
    await this.teamLink(name).click();
    await expect(this.main.getByRole('heading', { level: 1, name })).toBeVisible();
  }

  /** The dialog "Lisää tiimi" opens to ask the new team's name. */
  get addTeamDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Lisää tiimi' });
  }

  /** "Lisää tiimi", then Enter (or a typed name): creates the team and shows it. */
  async addTeam(name?: string): Promise<void> {
    await this.sidebar.getByRole('button', { name: 'Lisää tiimi' }).click();
    const field = this.addTeamDialog.getByLabel('Tiimin nimi');
    await expect(field).toBeFocused();
    if (name !== undefined) await field.fill(name);
    await field.press('Enter');
    await expect(this.addTeamDialog).toBeHidden();
    await expect(this.main.getByText('Tiimi', { exact: true })).toBeVisible();
  }

  // ---- round view ----

  /**
   * Types into a labelled field and commits it as a coach would: Enter in a one-line field (Tab would only move
   * between the segments of a date or time input), Tab out of a multi-line one.
   */
  async commitField(label: string | Locator, value: string, scope: Locator = this.main): Promise<void> {
    const field = typeof label === 'string' ? scope.getByLabel(label, { exact: true }) : label;
    await field.fill(value);
    const multiline = await field.evaluate((el) => el.tagName === 'TEXTAREA');
    await field.press(multiline ? 'Tab' : 'Enter');
    await expect(field).toHaveValue(value);
  }

  async setRound(p: { name: string; start: string; end: string }): Promise<void> {
    await this.commitField('Valmennuskierroksen nimi', p.name);
    await expect(this.main.getByRole('heading', { level: 1, name: p.name })).toBeVisible();
    await this.commitField('Alkaa', p.start);
    await this.commitField('Päättyy', p.end);
    await this.expectSaved();
  }

  dayCard(title: string): Locator {
    return this.main.getByRole('article', { name: new RegExp(`^${escape(title)}`) });
  }

  async addDay(): Promise<Locator> {
    const before = await this.main.getByRole('article').count();
    await this.main.getByRole('button', { name: 'Lisää työpajapäivä' }).click();
    await expect(this.main.getByRole('article')).toHaveCount(before + 1);
    return this.main.getByRole('article').nth(before);
  }

  // ---- team view ----

  get teamBasics(): Locator {
    return this.main.getByRole('region', { name: 'Perustiedot' });
  }

  get warningBanner(): Locator {
    return this.main.getByRole('note').filter({ hasText: 'Tiimin kokoonpano ei vielä vastaa menetelmää' });
  }

  get members(): Locator {
    return this.main.getByRole('region', { name: 'Jäsenet' });
  }

  get addMemberForm(): Locator {
    return this.members.locator('.add-member');
  }

  async addMember(m: MemberInput): Promise<void> {
    const form = this.addMemberForm;
    await form.getByLabel('Nimi', { exact: true }).fill(m.name);
    await form.getByLabel('Rooli', { exact: true }).selectOption({ label: m.role });
    await form.getByLabel('Ammatti', { exact: true }).fill(m.profession ?? '');
    await form.getByLabel('Organisaatio', { exact: true }).fill(m.organisation ?? '');
    await form.getByRole('button', { name: 'Lisää jäsen' }).click();
    await expect(this.members.getByText(m.name, { exact: true })).toBeVisible();
    await expect(form.getByLabel('Nimi', { exact: true })).toHaveValue('');
  }

  /** Members listed under a role group heading, e.g. "Valmentajat". */
  memberGroup(plural: string): Locator {
    return this.members
      .locator('.member-group')
      .filter({ has: this.page.getByRole('heading', { level: 3, name: new RegExp(`^${escape(plural)}`) }) });
  }

  get boards(): Locator {
    return this.main.getByRole('region', { name: 'Taulut' });
  }

  async createBoard(name: string, kind = 'Ideaseinä'): Promise<void> {
    await this.boards.getByLabel('Taulun tyyppi').selectOption({ label: kind });
    await this.boards.getByLabel('Taulun nimi').filter({ visible: true }).fill(name);
    await this.boards.getByRole('button', { name: 'Luo taulu' }).click();
    await expect(this.main.getByRole('heading', { level: 1, name })).toBeVisible();
  }

  /** Fills the one-name dialog (rename, duplicate) and confirms it. */
  async answerNameDialog(value: string, confirm: string): Promise<void> {
    const dialog = this.page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('Taulun nimi').fill(value);
    await dialog.getByRole('button', { name: confirm }).click();
    await expect(dialog).toBeHidden();
  }
}

export function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
