import { createRequire } from 'node:module';
import { expect } from 'vitest';
import type { PictureOptions } from '../../../shared/boards/picture';
import { translator } from '../../../shared/i18n/translate';

// jsdom ships no types; its DOMParser is the standard one (strict XML via saxes for image/svg+xml).
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new (html: string) => { window: { DOMParser: typeof DOMParser } } };
const { DOMParser: StrictParser } = new JSDOM('').window;

/** Parses an SVG string with jsdom's strict XML parser (saxes); fails the test on any well-formedness error. */
export function parseSvg(svg: string): Document {
  const doc = new StrictParser().parseFromString(svg, 'image/svg+xml');
  const err = doc.getElementsByTagName('parsererror')[0];
  expect(err?.textContent ?? null).toBeNull();
  expect(doc.documentElement.tagName).toBe('svg');
  return doc;
}

/** Every font-size in the picture (on <text> and any ancestor that sets one). */
export function textFontSizes(doc: Document): number[] {
  return Array.from(doc.getElementsByTagName('text')).map((el) => {
    for (let n: Element | null = el; n; n = n.parentElement) {
      const fs = n.getAttribute('font-size');
      if (fs !== null) return Number(fs);
    }
    return NaN;
  });
}

/** Asserts the picture parses, has text, and every text is at least minFontPx; returns the document. */
export function checkPicture(svg: string, o: PictureOptions): Document {
  const doc = parseSvg(svg);
  const sizes = textFontSizes(doc);
  expect(sizes.length).toBeGreaterThan(0);
  for (const s of sizes) expect(s).toBeGreaterThanOrEqual(o.minFontPx);
  const root = doc.documentElement;
  expect(root.getAttribute('viewBox')).toBe(`0 0 ${o.width} ${o.height}`);
  expect(doc.getElementsByTagName('script').length).toBe(0);
  expect(doc.getElementsByTagName('foreignObject').length).toBe(0);
  return doc;
}

/** All text content of the picture's <text> elements, one string per element. */
export function texts(doc: Document): string[] {
  return Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent ?? '');
}

export const fi = translator('fi');

export const PROJECTOR: PictureOptions = { width: 1920, height: 1080, theme: 'light', minFontPx: 24, t: fi };
export const PROJECTOR_HC: PictureOptions = { ...PROJECTOR, theme: 'high-contrast' };
export const SMALL_PROJECTOR: PictureOptions = { width: 1280, height: 720, theme: 'light', minFontPx: 16, t: fi };
export const THUMBNAIL: PictureOptions = { width: 480, height: 270, theme: 'light', minFontPx: 10, t: fi };
export const ALL_SIZES = [PROJECTOR, PROJECTOR_HC, SMALL_PROJECTOR, THUMBNAIL] as const;
