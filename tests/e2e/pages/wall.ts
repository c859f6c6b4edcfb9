import { expect, type Locator, type Page } from '@playwright/test';
import { WorkshopPage } from './workshop';

export interface StageItem {
  id: string;
  text: string;
  /** Centre in page (viewport) coordinates, for page.mouse. */
  cx: number;
  cy: number;
  width: number;
  height: number;
  /** The background rectangle's fill (a note's colour). */
  fill: string;
}

/** The ideas wall: the Konva canvas (read through window.__studioStage), its toolbar, inspector and accessible note list. */
export class WallPage extends WorkshopPage {
  constructor(page: Page) {
    super(page);
  }

  get canvas(): Locator {
    return this.main.getByRole('application', { name: /^Ideaseinä:/ });
  }

  get toolbar(): Locator {
    return this.main.getByRole('toolbar', { name: 'Ideaseinän työkalut' });
  }

  get inspector(): Locator {
    return this.main.getByRole('complementary');
  }

  get noteEditor(): Locator {
    return this.main.getByRole('textbox', { name: 'Lapun teksti' }).and(this.main.locator('textarea.note-editor'));
  }

  /** The screen-reader twin of the canvas: one item per cluster (and "Ei ryhmää"), notes nested. */
  get noteList(): Locator {
    return this.page.getByRole('list', { name: 'Seinän laput ryhmittäin' });
  }

  groupInList(name: string): Locator {
    return this.noteList.locator(':scope > li').filter({ hasText: name });
  }

  async expectCounts(notes: number, clusters: number): Promise<void> {
    await expect(this.canvas).toHaveAccessibleName(
      `Ideaseinä: ${notes} ${notes === 1 ? 'lappu' : 'lappua'}, ${clusters} ${clusters === 1 ? 'ryhmä' : 'ryhmää'}`,
    );
  }

  /**
   * Keyboard only, on the focused canvas: N (or Enter with nothing selected) adds a note and opens its editor; type;
   * Escape (or Enter) leaves the editor keeping the text; a second Escape clears the selection.
   */
  async addNoteByKeyboard(
    text: string,
    key: 'n' | 'Enter' = 'n',
    leaveWith: 'Escape' | 'Enter' = 'Escape',
  ): Promise<void> {
    await expect(this.canvas).toBeFocused();
    await this.page.keyboard.press(key);
    await expect(this.noteEditor).toBeFocused();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press(leaveWith);
    await expect(this.noteEditor).toBeHidden();
    await expect(this.canvas).toBeFocused();
    await expect(this.noteList).toContainText(text);
    await this.page.keyboard.press('Escape');
    await expect(this.inspector.getByRole('heading', { name: 'Lappu' })).toHaveCount(0);
  }

  async stageItems(kind: 'note' | 'cluster'): Promise<StageItem[]> {
    await this.page.waitForFunction(() => !!(window as unknown as { __studioStage?: unknown }).__studioStage);
    return this.page.evaluate((name) => {
      type Node = {
        id(): string;
        getClientRect(): { x: number; y: number; width: number; height: number };
        findOne(sel: string): { text(): string; fill(): string } | undefined;
      };
      const stage = (window as unknown as { __studioStage: { container(): HTMLElement; find(sel: string): Node[] } })
        .__studioStage;
      const box = stage.container().getBoundingClientRect();
      return stage.find(`.${name}`).map((n) => {
        const r = n.getClientRect();
        return {
          id: n.id(),
          text: n.findOne('Text')?.text() ?? '',
          fill: String(n.findOne('Rect')?.fill() ?? ''),
          cx: box.left + r.x + r.width / 2,
          cy: box.top + r.y + r.height / 2,
          width: r.width,
          height: r.height,
        };
      });
    }, kind);
  }

  async stageItem(kind: 'note' | 'cluster', text: string | RegExp): Promise<StageItem> {
    let found: StageItem | undefined;
    await expect
      .poll(async () => {
        found = (await this.stageItems(kind)).find((i) =>
          typeof text === 'string' ? i.text === text : text.test(i.text),
        );
        return !!found;
      })
      .toBe(true);
    return found!;
  }

  /** Clicks a note on the canvas: it becomes the selection and the inspector shows it. */
  async selectNote(text: string): Promise<void> {
    const n = await this.stageItem('note', text);
    await this.page.mouse.click(n.cx, n.cy);
    await expect(this.inspector.getByRole('heading', { name: 'Lappu' })).toBeVisible();
    await expect(this.inspector.getByLabel('Lapun teksti')).toHaveValue(text);
  }

  /** Drags with the real mouse, in small steps so Konva sees a drag. */
  async drag(from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
    await this.page.mouse.move(from.x, from.y);
    await this.page.mouse.down();
    await this.page.mouse.move(from.x + 10, from.y + 10, { steps: 3 });
    await this.page.mouse.move(to.x, to.y, { steps: 12 });
    await this.page.mouse.up();
  }

  /** The zoom shown in the toolbar, in percent. */
  async zoomPercent(): Promise<number> {
    const name = (await this.toolbar.getByRole('button', { name: /^Zoomaus \d+ %/ }).getAttribute('aria-label')) ?? '';
    return Number(/(\d+) %/.exec(name)?.[1] ?? NaN);
  }

  /** Per note: its text as Konva laid it out, its font size and whether the text stays inside the note. */
  async noteRendering(): Promise<{ text: string; shown: string; fontSize: number; inside: boolean }[]> {
    return this.page.evaluate(() => {
      type TextNode = {
        text(): string;
        fontSize(): number;
        y(): number;
        height(): number;
        textArr: { text: string }[];
      };
      type Group = { findOne(sel: string): unknown };
      const stage = (window as unknown as { __studioStage: { find(sel: string): Group[] } }).__studioStage;
      return stage.find('.note').map((g) => {
        const t = g.findOne('Text') as TextNode;
        const r = g.findOne('Rect') as { height(): number };
        return {
          text: t.text(),
          shown: t.textArr.map((l) => l.text).join(' '),
          fontSize: t.fontSize(),
          inside: t.y() + t.height() <= r.height() - 12,
        };
      });
    });
  }

  /** Whether every note and frame lies inside the visible canvas. */
  async allContentVisible(): Promise<boolean> {
    const box = await this.canvas.boundingBox();
    if (!box) return false;
    const items = [...(await this.stageItems('note')), ...(await this.stageItems('cluster'))];
    return items.every(
      (i) =>
        i.cx - i.width / 2 >= box.x - 1 &&
        i.cx + i.width / 2 <= box.x + box.width + 1 &&
        i.cy - i.height / 2 >= box.y - 1 &&
        i.cy + i.height / 2 <= box.y + box.height + 1,
    );
  }
}
