/**
 * A small toolkit for board pictures (shared/boards/<kind>/picture.ts): standalone SVG strings drawn without a DOM,
 * for the audience view, the gallery walk, the storyboard and the Excel pictures sheet.
 *
 * Text is measured with per-character width factors of DejaVu Sans, the widest font of FONT_STACK, so a line wrapped
 * here never overflows its box whichever of the stack's fonts the viewer (or resvg in Node) picks.
 */
import type { NoteColor } from '../domain/vocab';
import { hyphenationPieces, type HyphenLang } from './hyphenate';

/** Font stack of every picture; Node rasterisation (resvg) uses the system fonts. */
export const FONT_STACK = "'Segoe UI', 'DejaVu Sans', Arial, sans-serif";

// ---------------------------------------------------------------------------------------------------------------
// Escaping

/** Characters XML 1.0 forbids (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF) and C1/DEL controls. */
const INVALID_XML =
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe inside an XML element or a double- or single-quoted attribute; control characters are dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Whitespace of any kind (newlines, tabs) folded to single spaces, control characters removed, trimmed. */
export function plainText(text: unknown): string {
  if (typeof text !== 'string') return '';
  return text.replace(INVALID_XML, '').replace(/\s+/g, ' ').trim();
}

/** A number for an attribute: finite, at most two decimals. */
export function num(n: number): string {
  if (!Number.isFinite(n)) return '0';
  return String(Math.round(n * 100) / 100);
}

// ---------------------------------------------------------------------------------------------------------------
// Text measuring

/** Advance widths in em of DejaVu Sans (Book). */
const WIDTHS: Record<string, number> = {
  ' ': 0.318,
  '!': 0.4,
  '"': 0.46,
  '#': 0.838,
  $: 0.636,
  '%': 0.95,
  '&': 0.78,
  "'": 0.275,
  '(': 0.39,
  ')': 0.39,
  '*': 0.5,
  '+': 0.838,
  ',': 0.318,
  '-': 0.361,
  '.': 0.318,
  '/': 0.337,
  ':': 0.337,
  ';': 0.337,
  '<': 0.838,
  '=': 0.838,
  '>': 0.838,
  '?': 0.531,
  '@': 1.0,
  '[': 0.39,
  '\\': 0.337,
  ']': 0.39,
  '^': 0.838,
  _: 0.5,
  '`': 0.5,
  '{': 0.636,
  '|': 0.337,
  '}': 0.636,
  '~': 0.838,
  '…': 1.0,
  '–': 0.5,
  '—': 1.0,
  '€': 0.636,
  a: 0.613,
  b: 0.635,
  c: 0.55,
  d: 0.635,
  e: 0.615,
  f: 0.352,
  g: 0.635,
  h: 0.634,
  i: 0.278,
  j: 0.278,
  k: 0.579,
  l: 0.278,
  m: 0.974,
  n: 0.634,
  o: 0.612,
  p: 0.635,
  q: 0.635,
  r: 0.411,
  s: 0.521,
  t: 0.392,
  u: 0.634,
  v: 0.592,
  w: 0.818,
  x: 0.592,
  y: 0.592,
  z: 0.525,
  A: 0.684,
  B: 0.686,
  C: 0.698,
  D: 0.77,
  E: 0.632,
  F: 0.575,
  G: 0.775,
  H: 0.752,
  I: 0.295,
  J: 0.295,
  K: 0.656,
  L: 0.557,
  M: 0.863,
  N: 0.748,
  O: 0.787,
  P: 0.603,
  Q: 0.787,
  R: 0.695,
  S: 0.635,
  T: 0.611,
  U: 0.732,
  V: 0.684,
  W: 0.989,
  X: 0.685,
  Y: 0.611,
  Z: 0.685,
};
/** Bold is wider; the largest DejaVu Sans Bold / Book ratio of common letters. */
const BOLD_FACTOR = 1.16;

function charWidth(ch: string): number {
  const w = WIDTHS[ch];
  if (w !== undefined) return w;
  if (/[0-9]/.test(ch)) return 0.636;
  const base = ch.normalize('NFD')[0] ?? ch;
  const bw = WIDTHS[base];
  if (bw !== undefined) return bw;
  const code = ch.codePointAt(0) ?? 0;
  // CJK, emoji and other wide symbols take a full em; anything else unknown is taken as wide as an uppercase letter.
  if (code >= 0x1100) return 1.0;
  return 0.8;
}

export interface TextStyle {
  /** Font size in px. */
  size: number;
  bold?: boolean;
}

/** Approximate rendered width in px of one line of text. */
export function measureText(text: string, style: TextStyle): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return em * style.size * (style.bold ? BOLD_FACTOR : 1);
}

export interface WrappedText {
  lines: string[];
  /** True when the text did not fit in `maxLines` and the last line ends in an ellipsis. */
  clamped: boolean;
}

const ELLIPSIS = '…';

/** The longest prefix of `text` that fits `maxWidth` (at least one character so progress is made). */
function fitPrefix(text: string, maxWidth: number, style: TextStyle): string {
  const chars = Array.from(text);
  let w = 0;
  let i = 0;
  const k = style.size * (style.bold ? BOLD_FACTOR : 1);
  for (; i < chars.length; i++) {
    const cw = charWidth(chars[i] ?? '') * k;
    if (w + cw > maxWidth && i > 0) break;
    w += cw;
  }
  return chars.slice(0, Math.max(1, i)).join('');
}

/** `line` shortened so that `line…` fits `maxWidth`. */
export function ellipsize(line: string, maxWidth: number, style: TextStyle): string {
  if (measureText(line, style) <= maxWidth) return line;
  const room = maxWidth - measureText(ELLIPSIS, style);
  if (room <= 0) return ELLIPSIS;
  return fitPrefix(line, room, style).trimEnd() + ELLIPSIS;
}

/**
 * Word-wraps text to lines no wider than `maxWidth`; a word longer than a line is broken. With `maxLines`, the text
 * is clamped and the last line ends in an ellipsis. Whitespace (newlines too) is folded; empty text gives no lines.
 * Wrapping stops early for huge texts, so a 5,000-character note costs only what fits.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  style: TextStyle,
  maxLines = Infinity,
  lang: HyphenLang = 'fi',
): WrappedText {
  const words = plainText(text).split(' ').filter(Boolean);
  const lines: string[] = [];
  let current = '';
  let clamped = false;
  const limit = Math.max(1, maxLines);
  /** Indexes of lines that end in a hyphen this function added. */
  const hyphenated = new Set<number>();
  const push = (line: string): boolean => {
    lines.push(line);
    return lines.length > limit;
  };
  outer: for (let wi = 0; wi < words.length; wi++) {
    let word = words[wi] ?? '';
    const candidate = current ? `${current} ${word}` : word;
    if (measureText(candidate, style) <= maxWidth) {
      current = candidate;
      continue;
    }
    if (current) {
      if (push(current)) break outer;
      current = '';
    }
    // A word longer than a line (Finnish compounds) is broken at its hyphenation points (fi/sv/en patterns), with
    // a hyphen added where the break is not at a hyphen already. Only a piece wider than the whole line falls back
    // to a break between letters.
    const pieces = [...hyphenationPieces(word, lang)];
    let pi = 0;
    while (pi < pieces.length && measureText(pieces.slice(pi).join(''), style) > maxWidth) {
      let head = '';
      let taken = pi;
      while (taken < pieces.length - 1) {
        const next = head + (pieces[taken] ?? '');
        const shown = next.endsWith('-') ? next : `${next}-`;
        if (measureText(shown, style) > maxWidth) break;
        head = next;
        taken++;
      }
      if (taken === pi) {
        // Not even one piece fits with its hyphen: break the piece itself between letters.
        const piece = pieces[pi] ?? '';
        const cut = fitPrefix(piece, maxWidth, style);
        if (push(cut)) break outer;
        const restPiece = piece.slice(cut.length);
        if (restPiece) pieces.splice(pi, 1, restPiece);
        else pi++;
        continue;
      }
      hyphenated.add(lines.length);
      if (push(head.endsWith('-') ? head : `${head}-`)) break outer;
      pi = taken;
    }
    word = pieces.slice(pi).join('');
    current = word;
  }
  if (current && lines.length <= limit) lines.push(current);
  if (lines.length > limit) {
    clamped = true;
    // The last line takes as much of what follows as fits, then an ellipsis (so "1. <a very long word>" shows the
    // start of the word, not "1.…").
    const last = lines[limit - 1] ?? '';
    const next = lines[limit] ?? '';
    const joined = hyphenated.has(limit - 1) ? `${last.slice(0, -1)}${next}` : `${last} ${next}`;
    lines.length = limit;
    lines[limit - 1] = ellipsize(`${joined}${ELLIPSIS}`, maxWidth, style);
    if (!lines[limit - 1]?.endsWith(ELLIPSIS)) lines[limit - 1] = `${lines[limit - 1] ?? ''}${ELLIPSIS}`;
  }
  return { lines, clamped };
}

/** One line of text, ellipsized to `maxWidth`. */
export function clampLine(text: string, maxWidth: number, style: TextStyle): string {
  return wrapText(text, maxWidth, style, 1).lines[0] ?? '';
}

/**
 * How many of `count` items of `itemSize` (plus `gap`) fit in `space`. When not all fit, one slot is kept for a
 * "+N more" line of `moreSize`, and `more` is the number left out.
 */
export function fitCount(
  count: number,
  space: number,
  itemSize: number,
  gap = 0,
  moreSize = itemSize,
): { shown: number; more: number } {
  const per = itemSize + gap;
  if (per <= 0) return { shown: count, more: 0 };
  const all = Math.floor((space + gap) / per);
  if (all >= count) return { shown: count, more: 0 };
  const shown = Math.max(0, Math.floor((space - moreSize + gap) / per));
  return { shown: Math.min(shown, count), more: count - Math.min(shown, count) };
}

/**
 * A number with at most `digits` decimals, the decimal separator of the picture's language (`pictures.decimal`,
 * a comma in Finnish and Swedish) and a thin no-break space between thousands.
 */
export function formatDecimal(x: number, digits: number, t: (key: string) => string): string {
  if (!Number.isFinite(x)) return '–';
  const sep = t('pictures.decimal');
  const fixed = Math.abs(x).toFixed(Math.max(0, digits));
  const [int = '0', frac = ''] = fixed.split('.');
  const trimmed = frac.replace(/0+$/, '');
  const grouped = int.length > 4 ? int.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f') : int;
  const sign = x < 0 && Number(fixed) !== 0 ? '−' : '';
  return `${sign}${grouped}${trimmed ? (sep.length === 1 ? sep : ',') + trimmed : ''}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Elements

export interface TextOptions extends TextStyle {
  fill: string;
  anchor?: 'start' | 'middle' | 'end';
  /** Extra attributes, already escaped (e.g. `opacity="0.8"`). */
  extra?: string;
}

/** One `<text>` element; `y` is the baseline. */
export function textEl(x: number, y: number, text: string, o: TextOptions): string {
  const anchor = o.anchor && o.anchor !== 'start' ? ` text-anchor="${o.anchor}"` : '';
  const weight = o.bold ? ' font-weight="700"' : '';
  const extra = o.extra ? ` ${o.extra}` : '';
  return `<text x="${num(x)}" y="${num(y)}" font-size="${num(o.size)}"${weight} fill="${o.fill}"${anchor}${extra}>${escapeXml(text)}</text>`;
}

/**
 * Lines of text as one `<text>` per line, the first baseline at `top + 0.8 * size`; returns the elements and the
 * height used (lines x lineHeight).
 */
export function textBlock(
  x: number,
  top: number,
  lines: readonly string[],
  o: TextOptions & { lineHeight?: number },
): { svg: string; height: number } {
  const lh = o.lineHeight ?? o.size * 1.25;
  const svg = lines.map((line, i) => textEl(x, top + i * lh + o.size * 0.92, line, o)).join('');
  return { svg, height: lines.length * lh };
}

/** Baseline that centres one line of `size` px text vertically in a box from `top` with height `h`. */
export function centredBaseline(top: number, h: number, size: number): number {
  return top + h / 2 + size * 0.35;
}

export interface RectOptions {
  fill: string;
  stroke?: string;
  strokeWidth?: number;
  rx?: number;
  extra?: string;
}

export function rectEl(x: number, y: number, w: number, h: number, o: RectOptions): string {
  const stroke = o.stroke ? ` stroke="${o.stroke}" stroke-width="${num(o.strokeWidth ?? 1)}"` : '';
  const rx = o.rx ? ` rx="${num(o.rx)}"` : '';
  const extra = o.extra ? ` ${o.extra}` : '';
  return `<rect x="${num(x)}" y="${num(y)}" width="${num(Math.max(0, w))}" height="${num(Math.max(0, h))}"${rx} fill="${o.fill}"${stroke}${extra}/>`;
}

export function lineEl(x1: number, y1: number, x2: number, y2: number, stroke: string, width = 2, extra = ''): string {
  return `<line x1="${num(x1)}" y1="${num(y1)}" x2="${num(x2)}" y2="${num(y2)}" stroke="${stroke}" stroke-width="${num(width)}"${extra ? ` ${extra}` : ''}/>`;
}

export interface SvgDocumentOptions {
  width: number;
  height: number;
  background: string;
  /** Accessible name of the picture (`<title>`), e.g. the board's name. */
  title: string;
  /** Optional `<desc>`. */
  description?: string;
}

/** A standalone SVG document: viewBox 0 0 width height, the font stack, a background rect, then `body`. */
export function svgDocument(o: SvgDocumentOptions, body: string): string {
  const w = num(Math.max(1, o.width));
  const h = num(Math.max(1, o.height));
  const desc = o.description ? `<desc>${escapeXml(o.description)}</desc>` : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img" font-family="${escapeXml(FONT_STACK)}">` +
    `<title>${escapeXml(o.title)}</title>${desc}` +
    `<rect x="0" y="0" width="${w}" height="${h}" fill="${o.background}"/>` +
    body +
    '</svg>'
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Colour

/** WCAG relative luminance of a #rgb or #rrggbb colour. */
export function relativeLuminance(hex: string): number {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) throw new Error(`not a hex colour: ${hex}`);
  let h = m[1] ?? '000';
  if (h.length === 3)
    h = h
      .split('')
      .map((c) => c + c)
      .join('');
  const ch = [0, 2, 4]
    .map((i) => parseInt(h.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * (ch[0] ?? 0) + 0.7152 * (ch[1] ?? 0) + 0.0722 * (ch[2] ?? 0);
}

/** WCAG 2.1 contrast ratio of two hex colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * The colours of every picture. Colours named `*Text` / `text` / `muted` carry text and meet AA (4.5:1; AAA 7:1 in
 * high contrast) on the surface they are named for; the others are graphics (3:1 on `background`, WCAG 1.4.11).
 */
export interface PicturePalette {
  background: string;
  /** Text on `background`, `surface` and every note fill. */
  text: string;
  /** Secondary text on `background` and `surface`. */
  muted: string;
  /** Panels, lanes' header column, boxes. */
  surface: string;
  /** Alternating lane / band fill. */
  surfaceAlt: string;
  /** Box outlines and separators (graphics). */
  border: string;
  /** Edges, connectors, axes (graphics). */
  line: string;
  /** Deep teal: headers, aim, emphasis. Text in `accent` is readable on `background`. */
  accent: string;
  /** Text on an `accent` fill. */
  onAccent: string;
  /** A soft accent fill with `text` on it. */
  accentSoft: string;
  /** Problems, root causes, signals. Readable on `background`. */
  danger: string;
  /** Text on a `danger` fill. */
  onDanger: string;
  /** A soft danger fill with `text` on it. */
  dangerSoft: string;
  /** Good / done / process time. Readable on `background`. */
  success: string;
  /** Text on a `success` fill. */
  onSuccess: string;
  /** Waiting, caution. Readable on `background`. */
  warning: string;
  /** Text on a `warning` fill. */
  onWarning: string;
  /** Sticky-note fills by colour, `text` on them. */
  notes: Record<NoteColor, string>;
  /** Distinct series colours for charts (graphics and readable text on `background`). */
  series: readonly string[];
}

export const PICTURE_LIGHT: PicturePalette = {
  background: '#ffffff',
  text: '#161b22',
  muted: '#4b5562',
  surface: '#f3f5f7',
  surfaceAlt: '#e8ecf0',
  border: '#8592a0',
  line: '#5b6b7a',
  accent: '#0b5f6e',
  onAccent: '#ffffff',
  accentSoft: '#e1eff1',
  danger: '#b42318',
  onDanger: '#ffffff',
  dangerSoft: '#fde3df',
  success: '#1d6b3a',
  onSuccess: '#ffffff',
  warning: '#8a4b00',
  onWarning: '#ffffff',
  notes: {
    yellow: '#fff1a8',
    green: '#c9efc4',
    blue: '#cfe5ff',
    pink: '#ffd3e4',
    orange: '#ffd9b0',
    purple: '#e4d7ff',
  },
  series: ['#0b5f6e', '#b42318', '#1d6b3a', '#6b3fa0', '#8a4b00', '#1f4e9c'],
};

export const PICTURE_HIGH_CONTRAST: PicturePalette = {
  background: '#000000',
  text: '#ffffff',
  muted: '#f0f0f0',
  surface: '#000000',
  surfaceAlt: '#141414',
  border: '#ffffff',
  line: '#ffffff',
  accent: '#ffd400',
  onAccent: '#000000',
  accentSoft: '#2e2600',
  danger: '#ff9b91',
  onDanger: '#000000',
  dangerSoft: '#2b0b08',
  success: '#8dffb0',
  onSuccess: '#000000',
  warning: '#ffb84d',
  onWarning: '#000000',
  // Dark fills keep white text at AAA; each colour still tells itself apart by hue.
  notes: {
    yellow: '#2e2600',
    green: '#002e10',
    blue: '#001d3d',
    pink: '#3d0020',
    orange: '#3a1d00',
    purple: '#24003d',
  },
  series: ['#ffd400', '#ff9b91', '#8dffb0', '#c9b3ff', '#ffb84d', '#8fd3ff'],
};

export function picturePalette(theme: 'light' | 'high-contrast'): PicturePalette {
  return theme === 'high-contrast' ? PICTURE_HIGH_CONTRAST : PICTURE_LIGHT;
}

// ---------------------------------------------------------------------------------------------------------------
// Sizes

/**
 * Font sizes for a picture: `base` scales with the picture (2.6 % of the height at 1080 p = 28 px) but never
 * below minFontPx; `small` is minFontPx itself, `title` and `large` step up.
 */
export function fontScale(o: { width: number; height: number; minFontPx: number }): {
  small: number;
  base: number;
  large: number;
  title: number;
} {
  const min = Math.max(1, o.minFontPx);
  const byHeight = Math.min(o.height, o.width * 0.5625) * 0.026;
  const base = Math.max(min, Math.round(byHeight));
  return {
    small: min,
    base,
    large: Math.max(base + 2, Math.round(base * 1.2)),
    title: Math.max(base + 4, Math.round(base * 1.35)),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Common pictures

/**
 * The heading of a picture: the board's name (bold, one line, ellipsized) on the left and an optional summary
 * (muted) on the right. Returns the elements and the height taken from `top`.
 */
export function titleBar(
  o: { width: number; height: number; minFontPx: number; hideTitle?: boolean },
  p: PicturePalette,
  title: string,
  summary = '',
  margin = fontScale(o).base,
): { svg: string; height: number } {
  const f = fontScale(o);
  if (o.hideTitle) {
    // The place showing the picture names the board itself (the projector's big title): keep only the summary.
    if (!summary) return { svg: '', height: 0 };
    const hs = Math.round(f.base * 1.9);
    const line = clampLine(summary, o.width - 2 * margin, { size: f.base });
    return { svg: textEl(margin, centredBaseline(0, hs, f.base), line, { size: f.base, fill: p.muted }), height: hs };
  }
  const h = Math.round(f.title * 1.9);
  const baseline = centredBaseline(0, h, f.title);
  const avail = o.width - 2 * margin;
  const sumText = summary ? clampLine(summary, avail * 0.45, { size: f.base }) : '';
  const sumW = sumText ? measureText(sumText, { size: f.base }) + f.base : 0;
  const titleText = clampLine(title, avail - sumW, { size: f.title, bold: true });
  const parts = [textEl(margin, baseline, titleText, { size: f.title, bold: true, fill: p.text })];
  if (sumText)
    parts.push(
      textEl(o.width - margin, centredBaseline(0, h, f.base), sumText, { size: f.base, fill: p.muted, anchor: 'end' }),
    );
  parts.push(lineEl(margin, h - 1, o.width - margin, h - 1, p.border, 2));
  return { svg: parts.join(''), height: h };
}

/**
 * A calm picture with a heading and one message centred (e.g. "This board cannot be drawn"): used for a document
 * that does not parse and for a kind without a picture.
 */
export function messagePicture(
  o: { width: number; height: number; theme: 'light' | 'high-contrast'; minFontPx: number },
  title: string,
  message: string,
): string {
  const p = picturePalette(o.theme);
  const f = fontScale(o);
  const maxW = o.width * 0.8;
  const head = wrapText(title, maxW, { size: f.title, bold: true }, 2).lines;
  const body = wrapText(message, maxW, { size: f.base }, 3).lines;
  const lhHead = f.title * 1.25;
  const lhBody = f.base * 1.3;
  const total = head.length * lhHead + f.base + body.length * lhBody;
  let y = Math.max(0, (o.height - total) / 2);
  const parts: string[] = [];
  for (const line of head) {
    parts.push(
      textEl(o.width / 2, y + f.title * 0.92, line, { size: f.title, bold: true, fill: p.text, anchor: 'middle' }),
    );
    y += lhHead;
  }
  y += f.base;
  for (const line of body) {
    parts.push(textEl(o.width / 2, y + f.base * 0.92, line, { size: f.base, fill: p.muted, anchor: 'middle' }));
    y += lhBody;
  }
  return svgDocument(
    { width: o.width, height: o.height, background: p.background, title: title || message },
    parts.join(''),
  );
}
