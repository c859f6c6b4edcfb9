import { expect, type Locator, type Page } from '@playwright/test';
import { WorkshopPage } from './workshop';

/** The process map board: React Flow canvas, toolbar, inspector and the screen-reader list of steps in flow order. */
export class ProcessMapPage extends WorkshopPage {
  constructor(page: Page) {
    super(page);
  }

  get canvas(): Locator {
    return this.main.getByRole('application', { name: /^Prosessikaavio:/ });
  }

  get toolbar(): Locator {
    return this.main.getByRole('toolbar', { name: 'Prosessikaavion työkalut' });
  }

  get inspector(): Locator {
    return this.main.getByRole('complementary');
  }

  get editor(): Locator {
    return this.main.getByRole('textbox', { name: 'Vaiheen teksti' }).and(this.main.locator('textarea.pm-editor'));
  }

  get stepList(): Locator {
    return this.page.getByRole('list', { name: 'Vaiheet prosessin järjestyksessä' });
  }

  get status(): Locator {
    return this.page.locator('.pm-board > .visually-hidden > [role="status"][aria-live="polite"]');
  }

  async expectCounts(steps: number, lanes: number, problems: number): Promise<void> {
    await expect(this.canvas).toHaveAccessibleName(
      `Prosessikaavio: ${steps} ${steps === 1 ? 'vaihe' : 'vaihetta'}, ${lanes} ${lanes === 1 ? 'kaista' : 'kaistaa'}, ${problems} ${problems === 1 ? 'ongelma' : 'ongelmaa'}`,
    );
  }

  /** On the focused canvas: Enter adds the next step (linked after the selected one), type, Enter commits. */
  async enterStep(text: string): Promise<void> {
    await expect(this.canvas).toBeFocused();
    await this.page.keyboard.press('Enter');
    await expect(this.editor).toBeFocused();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
    await expect(this.editor).toBeHidden();
    await expect(this.canvas).toBeFocused();
    await expect(this.stepList).toContainText(text);
  }

  /** The visible nodes' texts by kind, read from React Flow's DOM. */
  async nodeKinds(): Promise<Record<string, string>> {
    return this.page.evaluate(() => {
      const out: Record<string, string> = {};
      for (const el of document.querySelectorAll<HTMLElement>('.pm-canvas [data-testid="pm-node"]'))
        out[el.innerText.split('\n')[0] ?? ''] = el.dataset.kind ?? '';
      return out;
    });
  }
}
