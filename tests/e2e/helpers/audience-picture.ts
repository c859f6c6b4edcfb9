/** Reading the board picture on the audience view (issue 13): its texts as rendered, its sections. */
import { expect, type APIRequestContext, type Page } from '@playwright/test';

export async function api<T>(request: APIRequestContext, method: string, input: unknown = {}): Promise<T> {
  const r = await request.post(`/api/${method}`, { data: input });
  const body = (await r.json()) as { ok: boolean; value: T; error?: unknown };
  expect(body.ok, `${method}: ${JSON.stringify(body.error)}`).toBe(true);
  return body.value;
}

export interface TextBox {
  text: string;
  px: number;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Every text of the shown picture: its content, rendered font size (after the SVG's scaling) and screen box. */
export function pictureTexts(aud: Page): Promise<TextBox[]> {
  return aud.evaluate(() =>
    Array.from(document.querySelectorAll<SVGTextElement>('.aud-picture-svg svg text')).map((el) => {
      const m = el.getScreenCTM();
      const r = el.getBoundingClientRect();
      return {
        text: el.textContent ?? '',
        px: parseFloat(getComputedStyle(el).fontSize) * (m ? Math.hypot(m.a, m.b) : 1),
        x: r.x,
        y: r.y,
        w: r.width,
        h: r.height,
      };
    }),
  );
}

/** Pairs of texts whose boxes overlap by more than a sliver (glyph boxes of adjacent lines may touch). */
export function overlaps(boxes: readonly TextBox[]): string[] {
  const out: string[] = [];
  const live = boxes.filter((b) => b.w > 0 && b.h > 0 && b.text.trim() !== '');
  for (let i = 0; i < live.length; i++) {
    for (let j = i + 1; j < live.length; j++) {
      const a = live[i]!;
      const b = live[j]!;
      const dx = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
      const dy = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
      if (dx > 2 && dy > Math.min(a.h, b.h) * 0.25) out.push(`"${a.text}" / "${b.text}"`);
    }
  }
  return out;
}

/** Text compared without spaces and hyphens: wrapping and hyphenation may break it anywhere else it is the same. */
export const squash = (s: string) => s.replace(/[\s\-\u00ad\u2010]+/g, '');

export async function sectionCount(aud: Page): Promise<number> {
  return Number(await aud.getByRole('main').getAttribute('data-sections'));
}

export async function showSection(request: APIRequestContext, aud: Page, index: number): Promise<void> {
  const state = await api<{ section?: number }>(request, 'presentation.setSection', { index });
  expect(state.section ?? 0).toBe(index);
  await expect(aud.locator('.aud-picture')).toHaveAttribute('data-section', String(index));
}
