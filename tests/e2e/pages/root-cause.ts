import { expect, type Locator, type Page } from '@playwright/test';
import { WorkshopPage } from './workshop';

/** The fishbone (Konva canvas with an accessible text twin) and the 5-whys tree (HTML treeitems). */
export class RootCausePage extends WorkshopPage {
  constructor(page: Page) {
    super(page);
  }

  get fishCanvas(): Locator {
    return this.main.getByRole('application', { name: /^Kalanruotokaavio:/ });
  }

  get inspector(): Locator {
    return this.main.getByRole('complementary');
  }

  get causeEditor(): Locator {
    return this.main
      .getByRole('textbox', { name: 'Syy', exact: true })
      .and(this.main.locator('textarea.fishbone-editor'));
  }

  /** The canvas as text for screen readers: categories with their causes nested. */
  get fishList(): Locator {
    return this.page.getByRole('region', { name: 'Kalanruotokaavio tekstinä' });
  }

  get status(): Locator {
    return this.main.getByRole('status').first();
  }

  categoryInList(name: string): Locator {
    return this.fishList.locator(':scope > ul > li').filter({ hasText: name });
  }

  async expectFishCounts(bones: number, causes: number): Promise<void> {
    await expect(this.fishCanvas).toHaveAccessibleName(
      `Kalanruotokaavio: ${bones} ${bones === 1 ? 'syyluokka' : 'syyluokkaa'}, ${causes} ${causes === 1 ? 'syy' : 'syytä'}`,
    );
  }

  /** On the focused canvas: `key` (Enter = sibling, Tab = sub-cause) opens the editor; type; Enter commits. */
  async addCause(text: string, key: 'Enter' | 'Tab' = 'Enter'): Promise<void> {
    await expect(this.fishCanvas).toBeFocused();
    await this.page.keyboard.press(key);
    await expect(this.causeEditor).toBeFocused();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
    await expect(this.causeEditor).toBeHidden();
    await expect(this.fishCanvas).toBeFocused();
    await expect(this.fishList).toContainText(text);
    await expect(this.status).toHaveText(`Valittu syy: ${text}`);
  }

  /** A cause note's centre in page coordinates, read from the Konva scene graph by its (wrapped) text. */
  async causeOnStage(text: string): Promise<{ x: number; y: number }> {
    await this.page.waitForFunction(() => !!(window as unknown as { __studioStage?: unknown }).__studioStage);
    const pos = await this.page.evaluate((want) => {
      type Node = {
        getClientRect(): { x: number; y: number; width: number; height: number };
        findOne(sel: string): { text(): string } | undefined;
      };
      const stage = (window as unknown as { __studioStage: { container(): HTMLElement; find(sel: string): Node[] } })
        .__studioStage;
      const box = stage.container().getBoundingClientRect();
      const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
      const n = stage.find('.cause').find((g) => norm(g.findOne('Text')?.text() ?? '') === want);
      if (!n) return null;
      const r = n.getClientRect();
      return { x: box.left + r.x + r.width / 2, y: box.top + r.y + r.height / 2 };
    }, text);
    if (!pos) throw new Error(`no cause "${text}" on the stage`);
    return pos;
  }

  /** A mouse drag in small steps, as a hand would. */
  async drag(from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
    await this.page.mouse.move(from.x, from.y);
    await this.page.mouse.down();
    for (let i = 1; i <= 12; i++)
      await this.page.mouse.move(from.x + ((to.x - from.x) * i) / 12, from.y + ((to.y - from.y) * i) / 12);
    await this.page.mouse.up();
  }

  get whyTree(): Locator {
    return this.main.getByRole('tree');
  }

  get answerEditor(): Locator {
    return this.main
      .getByRole('textbox', { name: 'Vastaus', exact: true })
      .and(this.main.locator('textarea.why-editor'));
  }

  why(answer: string): Locator {
    return this.whyTree.getByRole('treeitem', {
      name: new RegExp(`Miksi\\? ${answer.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    });
  }
}
