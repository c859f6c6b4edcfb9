import { readFileSync } from 'node:fs';
import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** Finnish accessible names used across the app (shared/i18n/locales/fi/translation.json). */
export const FI = {
  fileMenu: 'Tiedosto',
  library: 'Kirjasto',
  saved: 'Tallennettu',
  undo: 'Kumoa',
  redo: 'Tee uudelleen',
  highContrast: 'Suuri kontrasti',
  language: 'Kieli',
  menu: {
    new: 'Uusi työpaja',
    open: 'Avaa työpajatiedosto…',
    exportFile: 'Vie työpajatiedosto (.lapimurto)',
    exportPackage: 'Vie JSON-paketti',
    mergePackage: 'Tuo tiimit paketista…',
    exportXlsx: 'Kierros Exceliin…',
    exportTeamXlsx: 'Tiimi Exceliin…',
    home: 'Takaisin kirjastoon',
  },
} as const;

/** The app shell: header, File menu, toasts, keyboard helpers. Every screen's page model builds on it. */
export class Studio {
  constructor(readonly page: Page) {}

  get header(): Locator {
    return this.page.getByRole('banner');
  }

  get main(): Locator {
    return this.page.getByRole('main');
  }

  get sidebar(): Locator {
    return this.page.getByRole('navigation', { name: 'Työpajan sisältö' });
  }

  get toasts(): Locator {
    return this.page.getByRole('region', { name: 'Ilmoitukset' });
  }

  /** The header's save indicator ("Tallennettu" once no edit is in flight). */
  get saveState(): Locator {
    // The header has other live regions too (the agenda timer's announcements); the save state is the first.
    return this.header.getByRole('status').first();
  }

  async goto(url = '/'): Promise<void> {
    await this.page.goto(url);
    await expect(this.header).toBeVisible();
  }

  async expectSaved(): Promise<void> {
    await expect(this.saveState).toHaveText(FI.saved);
  }

  async openFileMenu(): Promise<Locator> {
    await this.header.getByRole('button', { name: FI.fileMenu }).click();
    const menu = this.page.getByRole('menu', { name: FI.fileMenu });
    await expect(menu).toBeVisible();
    return menu;
  }

  async fileCommand(name: string): Promise<void> {
    const menu = await this.openFileMenu();
    await menu.getByRole('menuitem', { name }).click();
  }

  /** Runs an export from the File menu and returns the finished download. */
  async exportVia(item: string): Promise<Download> {
    const downloaded = this.page.waitForEvent('download');
    await this.fileCommand(item);
    const d = await downloaded;
    expect(await d.failure()).toBeNull();
    await expect(this.toasts).toContainText('Tiedosto ladattiin.');
    return d;
  }

  /** The Excel export dialog (File › Team to Excel / Round to Excel). */
  get excelDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Vie Exceliin' });
  }

  /**
   * Exports a workbook through the Excel dialog: opens it from the File menu, waits for the personal-data check,
   * optionally picks the header language, then presses Vie (or Peitä ja vie when personal data was found) and
   * returns the finished download.
   */
  async exportExcelVia(
    item: string,
    options: { lang?: 'suomi' | 'svenska (ruotsi)' | 'English (englanti)' } = {},
  ): Promise<Download> {
    await this.fileCommand(item);
    const dialog = this.excelDialog;
    await expect(dialog).toBeVisible();
    if (options.lang) await dialog.getByLabel('Otsikoiden kieli').selectOption({ label: options.lang });
    const go = dialog.getByRole('button', { name: /^(Vie|Peitä ja vie)$/ });
    await expect(go).toBeEnabled();
    const downloaded = this.page.waitForEvent('download');
    await go.click();
    const d = await downloaded;
    expect(await d.failure()).toBeNull();
    await expect(dialog).toBeHidden();
    await expect(this.toasts).toContainText('Tiedosto ladattiin.');
    return d;
  }

  /** Picks a file through a File menu item that opens the system file chooser. */
  async chooseFileVia(item: string, path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.fileCommand(item);
    await (await chooser).setFiles(path);
  }

  async openWorkshopFile(path: string): Promise<void> {
    await this.chooseFileVia(FI.menu.open, path);
  }

  async goLibrary(): Promise<void> {
    await this.header.getByRole('button', { name: FI.library }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Työpajat' })).toBeVisible();
  }

  /** Moves focus away from any text field so global shortcuts (Ctrl+Z) reach the app, not the field. */
  async blurToBody(): Promise<void> {
    await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  }

  async undoKey(): Promise<void> {
    await this.blurToBody();
    await this.page.keyboard.press('Control+z');
  }

  /** Presses Tab until `target` has focus (keyboard-only flows); fails after `max` presses. */
  async tabTo(target: Locator, max = 60, backwards = false): Promise<void> {
    for (let i = 0; i < max; i++) {
      if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
      await this.page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    }
    await expect(target).toBeFocused();
  }

  async listWorkshops(): Promise<{ id: string; title: string; teamCount: number; lastOpenedAt: string }[]> {
    const r = await this.page.request.post('/api/library.list', { data: {} });
    const body = (await r.json()) as {
      ok: boolean;
      value: { id: string; title: string; teamCount: number; lastOpenedAt: string }[];
    };
    expect(body.ok).toBe(true);
    return body.value;
  }
}

export function bytesOf(path: string): Buffer {
  return readFileSync(path);
}
