import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createDemoWorkshop } from '../../../shared/demo';
import { drawBoard, drawBoardSections } from '../../../shared/boards/pictures';
import { boardDefinition } from '../../../shared/boards/registry';
import type { PictureOptions } from '../../../shared/boards/picture';
import { dynamicTranslator } from '../../../shared/i18n/translate';

// jsdom ships no types; its DOMParser is the standard one (strict XML via saxes for image/svg+xml).
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string) => { window: { DOMParser: typeof DOMParser } };
};
const { DOMParser: StrictParser } = new JSDOM('').window;

/** Parses an SVG string with jsdom's strict XML parser (saxes); fails the test on any well-formedness error. */
export function parseSvg(svg: string): Document {
  const doc = new StrictParser().parseFromString(svg, 'image/svg+xml');
  const err = doc.getElementsByTagName('parsererror')[0];
  expect(err?.textContent ?? null).toBeNull();
  expect(doc.documentElement.tagName).toBe('svg');
  return doc;
}

/** How much a nested <svg> (x, y, width, height, viewBox) scales its content; 1 for the root. */
function nestedScale(el: Element): number {
  const vb = el
    .getAttribute('viewBox')
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  const w = Number(el.getAttribute('width'));
  const h = Number(el.getAttribute('height'));
  if (!vb || vb.length !== 4 || !(w > 0) || !(h > 0)) return 1;
  return Math.min(w / (vb[2] ?? w), h / (vb[3] ?? h));
}

/**
 * The rendered font size of every <text>: its font-size (or an ancestor's) times the scale of every nested <svg>
 * around it (a board's own drawing nested into a picture), i.e. the size in px at the picture's width x height.
 */
export function textFontSizes(doc: Document): number[] {
  return Array.from(doc.getElementsByTagName('text')).map((el) => {
    let size = NaN;
    for (let n: Element | null = el; n; n = n.parentElement) {
      const fs = n.getAttribute('font-size');
      if (fs !== null) {
        size = Number(fs);
        break;
      }
    }
    let scale = 1;
    for (let n: Element | null = el.parentElement; n && n !== doc.documentElement; n = n.parentElement) {
      if (n.tagName === 'svg') scale *= nestedScale(n);
      expect(n.getAttribute('transform')).toBeNull();
    }
    return size * scale;
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

export const fi = dynamicTranslator('fi');

export const PROJECTOR: PictureOptions = { width: 1920, height: 1080, theme: 'light', minFontPx: 24, t: fi };
export const PROJECTOR_HC: PictureOptions = { ...PROJECTOR, theme: 'high-contrast' };
export const SMALL_PROJECTOR: PictureOptions = { width: 1280, height: 720, theme: 'light', minFontPx: 16, t: fi };
export const THUMBNAIL: PictureOptions = { width: 480, height: 270, theme: 'light', minFontPx: 10, t: fi };
export const ALL_SIZES = [PROJECTOR, PROJECTOR_HC, SMALL_PROJECTOR, THUMBNAIL] as const;

const BOARD = { id: 'b1', name: 'Taulu' } as const;

/** The texts of each section of a board's picture (each section checked: legible, well-formed), one string a section. */
export function sectionTexts(kind: string, doc: unknown, o: PictureOptions): string[] {
  return drawBoardSections(kind, doc, { ...BOARD, kind }, o)!.map((svg) => texts(checkPicture(svg, o)).join(' '));
}

/** Text compared without spaces and hyphens: wrapping and hyphenation may break it there and nowhere else. */
export const squash = (s: string): string => s.replace(/[\s\-\u00ad\u2010]+/g, '');

/** Nothing says it left something out. */
export function expectNothingLeftOut(all: string): void {
  expect(all).not.toMatch(/\+\d+ (lisää|ryhmää)/);
  expect(all).not.toContain('…');
}

export interface KindCases {
  kind: string;
  /** Generated valid documents (each parsed by the kind's schema in the test). */
  arb: fc.Arbitrary<unknown>;
  /** A document at the kind's size limits with 5,000-character (or the longest allowed) texts. */
  huge: () => unknown;
  /** A document with a user text set to `text` somewhere the picture draws it. */
  withText: (text: string) => unknown;
  /** Largest picture of `huge` in characters at 1920x1080. */
  maxChars: number;
}

/** The shared checks of one board kind's picture: demo boards, generated docs, huge docs, escaping, bad docs. */
export function describePictureKind(c: KindCases): void {
  const def = boardDefinition(c.kind);
  const draw = (doc: unknown, o: PictureOptions) => drawBoard(c.kind, doc, { ...BOARD, kind: c.kind }, o);
  describe(`${c.kind} picture`, () => {
    it('draws every demo board legibly at projector and thumbnail sizes, light and high contrast', () => {
      const boards = createDemoWorkshop({ lang: 'fi' }).boards.filter((b) => b.kind === c.kind);
      expect(boards.length).toBeGreaterThan(0);
      for (const b of boards) {
        for (const o of ALL_SIZES) {
          const svg = drawBoard(c.kind, b.doc, b, o);
          expect(svg).not.toBeNull();
          const doc = checkPicture(svg!, o);
          expect(texts(doc).join(' ')).not.toContain(fi('pictures.cannotDraw'));
        }
      }
    });

    it('is deterministic', () => {
      const b = createDemoWorkshop({ lang: 'fi' }).boards.find((x) => x.kind === c.kind)!;
      expect(drawBoard(c.kind, b.doc, b, PROJECTOR)).toBe(drawBoard(c.kind, structuredClone(b.doc), b, PROJECTOR));
    });

    it('draws generated documents within the font rule', () => {
      fc.assert(
        fc.property(c.arb, fc.constantFrom(...ALL_SIZES), (raw, o) => {
          const doc = def!.docSchema.parse(raw);
          const svg = draw(doc, o)!;
          const parsed = checkPicture(svg, o);
          expect(texts(parsed).join(' ')).not.toContain(fi('pictures.cannotDraw'));
        }),
        { numRuns: 40 },
      );
    });

    it('keeps a huge document bounded and legible', () => {
      const doc = def!.docSchema.parse(c.huge());
      for (const o of [PROJECTOR, THUMBNAIL]) {
        const svg = draw(doc, o)!;
        checkPicture(svg, o);
        expect(svg.length).toBeLessThan(c.maxChars);
        expect(texts(parseSvg(svg)).join(' ')).not.toContain(fi('pictures.cannotDraw'));
      }
    });

    it('keeps user text as text', () => {
      const nasty = '<script>alert(1)</script>&"\'\u0001\u001b]]>';
      const doc = def!.docSchema.parse(c.withText(nasty));
      const svg = draw(doc, PROJECTOR)!;
      const parsed = checkPicture(svg, PROJECTOR);
      expect(svg).not.toContain('<script');
      expect(texts(parsed).join('')).toContain('<script');
    });

    it('gives the calm picture for a document it cannot read', () => {
      for (const bad of [null, 42, 'x', {}, { steps: 'no' }, [], { lanes: [{}], nodes: null }]) {
        const svg = draw(bad, PROJECTOR);
        expect(svg).not.toBeNull();
        const parsed = checkPicture(svg!, PROJECTOR);
        expect(texts(parsed).join(' ')).toContain(fi('pictures.cannotDraw'));
      }
    });
  });
}
