import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseSvg } from './helpers';
import {
  PICTURE_HIGH_CONTRAST,
  PICTURE_LIGHT,
  type PicturePalette,
  clampLine,
  contrastRatio,
  escapeXml,
  fitCount,
  measureText,
  messagePicture,
  svgDocument,
  textEl,
  wrapText,
} from '../../../shared/picture/svg';

const parseStrict = parseSvg;

/** Pairs a palette promises: [foreground, background] for text. */
function textPairs(p: PicturePalette): [string, string, string][] {
  const pairs: [string, string, string][] = [
    ['text/background', p.text, p.background],
    ['text/surface', p.text, p.surface],
    ['text/surfaceAlt', p.text, p.surfaceAlt],
    ['text/accentSoft', p.text, p.accentSoft],
    ['text/dangerSoft', p.text, p.dangerSoft],
    ['muted/background', p.muted, p.background],
    ['muted/surface', p.muted, p.surface],
    ['accent/background', p.accent, p.background],
    ['danger/background', p.danger, p.background],
    ['success/background', p.success, p.background],
    ['warning/background', p.warning, p.background],
    ['onAccent/accent', p.onAccent, p.accent],
    ['onDanger/danger', p.onDanger, p.danger],
    ['onSuccess/success', p.onSuccess, p.success],
    ['onWarning/warning', p.onWarning, p.warning],
  ];
  for (const [name, fill] of Object.entries(p.notes)) pairs.push([`text/note ${name}`, p.text, fill]);
  p.series.forEach((c, i) => pairs.push([`series ${i}/background`, c, p.background]));
  return pairs;
}

describe('contrastRatio', () => {
  it('matches known WCAG values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#fff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#0000ff', '#ffffff')).toBeCloseTo(8.59, 2);
  });
  it('is symmetric and within 1..21', () => {
    const hex = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`);
    fc.assert(
      fc.property(hex, hex, (a, b) => {
        const r = contrastRatio(a, b);
        expect(r).toBeGreaterThanOrEqual(1);
        expect(r).toBeLessThanOrEqual(21.0001);
        expect(contrastRatio(b, a)).toBeCloseTo(r, 10);
      }),
    );
  });
  it('rejects what is not a hex colour', () => {
    expect(() => contrastRatio('red', '#fff')).toThrow();
  });
});

describe('palettes', () => {
  it('light: every text pair meets AA (4.5:1), graphics 3:1', () => {
    for (const [name, fg, bg] of textPairs(PICTURE_LIGHT))
      expect({ name, ratio: contrastRatio(fg, bg) >= 4.5 }).toEqual({ name, ratio: true });
    for (const g of [PICTURE_LIGHT.line, PICTURE_LIGHT.border])
      expect(contrastRatio(g, PICTURE_LIGHT.background)).toBeGreaterThanOrEqual(3);
  });
  it('high contrast: every text pair meets AAA (7:1), graphics 3:1', () => {
    for (const [name, fg, bg] of textPairs(PICTURE_HIGH_CONTRAST))
      expect({ name, ratio: contrastRatio(fg, bg) >= 7 }).toEqual({ name, ratio: true });
    for (const g of [PICTURE_HIGH_CONTRAST.line, PICTURE_HIGH_CONTRAST.border])
      expect(contrastRatio(g, PICTURE_HIGH_CONTRAST.background)).toBeGreaterThanOrEqual(3);
  });
});

describe('escapeXml', () => {
  it('escapes markup and drops control characters', () => {
    expect(escapeXml(`<script>&"'`)).toBe('&lt;script&gt;&amp;&quot;&apos;');
    expect(escapeXml('a\u0000b\u0007c\u001bd\u007f\u0085e\uFFFF')).toBe('abcde');
    expect(escapeXml('rivi\nrivi\ttab')).toBe('rivi\nrivi\ttab');
    expect(escapeXml('\uD800x\uDC00')).toBe('x');
    expect(escapeXml('😀 ä')).toBe('😀 ä');
  });
  it('any string stays text in a strict XML parse', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        const xml = svgDocument(
          { width: 100, height: 50, background: '#ffffff', title: s },
          textEl(1, 20, s, { size: 12, fill: '#000000' }),
        );
        const doc = parseStrict(xml);
        expect(doc.getElementsByTagName('script').length).toBe(0);
        expect(doc.getElementsByTagName('text').length).toBe(1);
      }),
      { numRuns: 300 },
    );
  });
});

describe('wrapText', () => {
  const style = { size: 20 };
  it('wraps at spaces and keeps every line within the width', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 30, max: 600 }), fc.boolean(), (s, width, bold) => {
        const st = { size: 20, bold };
        const { lines } = wrapText(s, width, st);
        for (const line of lines) expect(measureText(line, st) <= width || Array.from(line).length === 1).toBe(true);
      }),
    );
  });
  it('keeps all words in order when nothing is clamped', () => {
    const text = 'Asiakas soittaa ja varaa ajan neuvolaan seuraavalle viikolle';
    const { lines, clamped } = wrapText(text, 200, style);
    expect(clamped).toBe(false);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
  });
  it('clamps with an ellipsis and stays bounded for huge text', () => {
    const huge = 'sana '.repeat(1000) + 'x'.repeat(5000);
    const { lines, clamped } = wrapText(huge, 300, style, 3);
    expect(clamped).toBe(true);
    expect(lines).toHaveLength(3);
    expect(lines[2]?.endsWith('…')).toBe(true);
    expect(measureText(lines[2] ?? '', style)).toBeLessThanOrEqual(300);
  });
  it('breaks a word longer than a line with a hyphen', () => {
    const { lines } = wrapText('potilastietojärjestelmään', 120, style);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(0, -1)) expect(line.endsWith('-')).toBe(true);
    expect(lines.map((l) => l.replace(/-$/, '')).join('')).toBe('potilastietojärjestelmään');
    for (const line of lines) expect(measureText(line, style)).toBeLessThanOrEqual(120);
  });
  it('folds newlines and gives no lines for blank text', () => {
    expect(wrapText('  \n\t ', 100, style).lines).toEqual([]);
    expect(clampLine('a\nb', 500, style)).toBe('a b');
  });
  it('measures bold wider and wide letters wider than narrow ones', () => {
    expect(measureText('Läpimenoaika', { size: 24, bold: true })).toBeGreaterThan(
      measureText('Läpimenoaika', { size: 24 }),
    );
    expect(measureText('WWW', style)).toBeGreaterThan(measureText('iii', style));
  });
});

describe('fitCount', () => {
  it('shows all when they fit', () => {
    expect(fitCount(3, 100, 30, 5)).toEqual({ shown: 3, more: 0 });
  });
  it('keeps room for a +N more line', () => {
    const r = fitCount(10, 100, 30, 5);
    expect(r.shown + r.more).toBe(10);
    expect(r.shown * 35 + 30).toBeLessThanOrEqual(105);
  });
  it('is total for any input', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(5000), fc.integer({ min: 1, max: 200 }), fc.nat(50), (n, space, item, gap) => {
        const r = fitCount(n, space, item, gap);
        expect(r.shown + r.more).toBe(n);
        expect(r.shown).toBeGreaterThanOrEqual(0);
        if (r.more > 0 && r.shown > 0) expect(r.shown * (item + gap) + item).toBeLessThanOrEqual(space + gap);
      }),
    );
  });
});

describe('messagePicture', () => {
  it('is a valid svg with text at least minFontPx', () => {
    const svg = messagePicture(
      { width: 1920, height: 1080, theme: 'light', minFontPx: 24 },
      'Prosessikaavio <&>',
      'Taulua ei voi piirtää',
    );
    const doc = parseStrict(svg);
    const texts = Array.from(doc.getElementsByTagName('text'));
    expect(texts.length).toBeGreaterThanOrEqual(2);
    for (const t of texts) expect(Number(t.getAttribute('font-size'))).toBeGreaterThanOrEqual(24);
    expect(svg).toContain('Prosessikaavio &lt;&amp;&gt;');
  });
});
