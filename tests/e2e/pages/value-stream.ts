import { expect, type Locator, type Page } from '@playwright/test';
import { WorkshopPage } from './workshop';

/** The value-stream board: Konva ladder (read through window.__studioStage), toolbar, totals bar, inspector. */
export class ValueStreamPage extends WorkshopPage {
  constructor(page: Page) {
    super(page);
  }

  get canvas(): Locator {
    return this.main.getByRole('application', { name: /^Arvovirran aikajana:/ });
  }

  get toolbar(): Locator {
    return this.main.getByRole('toolbar', { name: 'Arvovirran työkalut' });
  }

  get totals(): Locator {
    return this.main.getByRole('region', { name: 'Yhteenveto' });
  }

  get inspector(): Locator {
    return this.main.getByRole('complementary');
  }

  get stepTable(): Locator {
    return this.main.getByRole('table', { name: 'Arvovirran vaiheet' });
  }

  async expectSteps(n: number): Promise<void> {
    await expect(this.canvas).toHaveAccessibleName(`Arvovirran aikajana: ${n} ${n === 1 ? 'vaihe' : 'vaihetta'}`);
  }

  /** Keyboard: Home selects the first step, then → n-1 times. */
  async selectStep(n: number): Promise<void> {
    await this.canvas.focus();
    await this.page.keyboard.press('Home');
    for (let i = 1; i < n; i++) await this.page.keyboard.press('ArrowRight');
    await expect(this.inspector.getByRole('heading', { name: `Vaihe ${n}` })).toBeVisible();
  }

  duration(legend: 'Odotus ennen vaihetta' | 'Prosessiaika (työaika)'): Locator {
    return this.inspector.getByRole('group', { name: legend });
  }

  /** Typical value and unit of the selected step's wait or process time. */
  async setTime(
    legend: 'Odotus ennen vaihetta' | 'Prosessiaika (työaika)',
    value: string,
    unit?: string,
  ): Promise<void> {
    const g = this.duration(legend);
    const input = g.getByLabel('Tyypillinen');
    await input.fill(value);
    await input.press('Enter');
    if (unit) await g.getByLabel('Yksikkö').selectOption({ label: unit });
    await this.expectSaved();
  }

  totalValue(testId: 'vs-lead' | 'vs-process' | 'vs-flow' | 'vs-complete' | 'vs-handoffs'): Locator {
    return this.totals.getByTestId(testId);
  }

  /** Text of a named Konva node (e.g. the totals box on the canvas). */
  async stageText(name: string): Promise<string[]> {
    await this.page.waitForFunction(() => !!(window as unknown as { __studioStage?: unknown }).__studioStage);
    return this.page.evaluate((n) => {
      const stage = (window as unknown as { __studioStage: { find(sel: string): { text(): string }[] } }).__studioStage;
      return stage.find(`.${n}`).map((x) => x.text());
    }, name);
  }

  async stageCount(name: string): Promise<number> {
    return this.page.evaluate(
      (n) =>
        (window as unknown as { __studioStage: { find(sel: string): unknown[] } }).__studioStage.find(`.${n}`).length,
      name,
    );
  }

  /** Centre of the n-th step card (1-based) in page coordinates. */
  async cardCentre(n: number): Promise<{ x: number; y: number }> {
    return this.page.evaluate((i) => {
      const stage = (
        window as unknown as {
          __studioStage: {
            container(): HTMLElement;
            find(sel: string): { getClientRect(): { x: number; y: number; width: number; height: number } }[];
          };
        }
      ).__studioStage;
      const box = stage.container().getBoundingClientRect();
      const r = stage.find('.vs-card')[i - 1]!.getClientRect();
      return { x: box.left + r.x + r.width / 2, y: box.top + r.y + r.height / 2 };
    }, n);
  }
}
