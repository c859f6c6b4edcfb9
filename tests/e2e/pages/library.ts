import { expect, type Locator, type Page } from '@playwright/test';
import { Studio } from './studio';

/** The home screen: the demo offer, "Uusi työpaja" and the list of workshops (recent first). */
export class LibraryPage extends Studio {
  constructor(page: Page) {
    super(page);
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: 'Työpajat' });
  }

  get demoOffer(): Locator {
    return this.page.getByRole('region', { name: 'Tutustu esimerkkityöpajaan' });
  }

  get titleInput(): Locator {
    return this.page.getByLabel('Työpajan nimi');
  }

  get createButton(): Locator {
    return this.page.getByRole('button', { name: 'Luo työpaja' });
  }

  get list(): Locator {
    return this.page.getByRole('region', { name: 'Viimeksi avatut' });
  }

  /** Workshop titles in the order the library shows them. */
  async titles(): Promise<string[]> {
    return this.list.getByRole('heading', { level: 3 }).allInnerTexts();
  }

  async expectVisible(): Promise<void> {
    await expect(this.heading).toBeVisible();
  }

  async acceptDemo(): Promise<void> {
    await this.demoOffer.getByRole('button', { name: 'Avaa esimerkkityöpaja' }).click();
  }

  /** One click (plus a title): the new workshop opens on its round view. */
  async createWorkshop(title: string): Promise<void> {
    await this.titleInput.fill(title);
    await this.createButton.click();
    await expect(this.header.getByText(title, { exact: true })).toBeVisible();
  }

  async open(title: string): Promise<void> {
    await this.list
      .getByRole('button', { name: `Avaa työpaja ${title}` })
      .first()
      .click();
    await expect(this.header.getByText(title, { exact: true })).toBeVisible();
  }
}
