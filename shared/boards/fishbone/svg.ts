import { escapeXml } from '../../picture/svg';
import { FISHBONE_GEOMETRY, type FishboneGeometry, type FishboneLayout } from './layout';

/** Colours of the drawing; the renderer passes the theme in use, exports use the light one. */
export interface FishbonePalette {
  background: string;
  text: string;
  muted: string;
  note: string;
  subNote: string;
  noteStroke: string;
  root: string;
  /** Badge text on `rootFill`. */
  rootText: string;
  /** Badge text of a note linked to a 5-whys chain. */
  linkText: string;
  rootFill: string;
  bone: string;
  spine: string;
  connector: string;
  label: string;
  labelText: string;
  head: string;
  headStroke: string;
  selected: string;
  drop: string;
}

export const FISHBONE_LIGHT: FishbonePalette = {
  background: '#ffffff',
  text: '#161b22',
  muted: '#4b5562',
  note: '#fff1a8',
  subNote: '#fff8d1',
  noteStroke: 'rgba(22,27,34,0.18)',
  root: '#b42318',
  rootText: '#9b1c12',
  linkText: '#0a4450',
  rootFill: '#fde3df',
  bone: '#5b6b7a',
  spine: '#26323f',
  connector: '#7d8a97',
  label: '#0b5f6e',
  labelText: '#ffffff',
  head: '#ffffff',
  headStroke: '#0b5f6e',
  selected: '#0b5f6e',
  drop: '#1d6b3a',
};

export const FISHBONE_HIGH_CONTRAST: FishbonePalette = {
  background: '#000000',
  text: '#000000',
  muted: '#000000',
  note: '#fff1a8',
  subNote: '#ffffff',
  noteStroke: '#000000',
  root: '#ff9b91',
  rootText: '#000000',
  linkText: '#000000',
  rootFill: '#ffd3cc',
  bone: '#ffffff',
  spine: '#ffffff',
  connector: '#ffffff',
  label: '#ffd400',
  labelText: '#000000',
  head: '#ffffff',
  headStroke: '#ffd400',
  selected: '#ffd400',
  drop: '#8dffb0',
};

/** XML escaping that also drops the control characters XML forbids (a pasted text may carry them). */
const esc = escapeXml;

/** Badge text per note id (root cause with evidence, 5-whys link), already translated. */
export type BadgeText = (noteId: string) => string;

/**
 * The fishbone as a standalone SVG document, drawn from the same pure layout the canvas uses (so the export is
 * exactly what the team saw, at any size, with selectable text).
 */
export function fishboneSvg(
  layout: FishboneLayout,
  opts: {
    rootIds: ReadonlySet<string>;
    badge: BadgeText;
    title: string;
    palette?: FishbonePalette;
    geometry?: FishboneGeometry;
  },
): string {
  const p = opts.palette ?? FISHBONE_LIGHT;
  const G = opts.geometry ?? FISHBONE_GEOMETRY;
  const pad = 32;
  const b = layout.bounds;
  const w = Math.ceil(b.w + 2 * pad);
  const h = Math.ceil(b.h + 2 * pad);
  const font = 'font-family="Inter, \'Segoe UI\', system-ui, sans-serif"';
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="${b.x - pad} ${b.y - pad} ${w} ${h}" ${font}>`,
  );
  out.push(`<title>${esc(opts.title)}</title>`);
  out.push(`<rect x="${b.x - pad}" y="${b.y - pad}" width="${w}" height="${h}" fill="${p.background}"/>`);
  const s = layout.spine;
  out.push(
    `<line x1="${s.x0}" y1="${s.y}" x2="${s.x1}" y2="${s.y}" stroke="${p.spine}" stroke-width="6" stroke-linecap="round"/>`,
  );
  for (const bone of layout.bones) {
    out.push(
      `<line x1="${bone.from.x}" y1="${bone.from.y}" x2="${bone.to.x}" y2="${bone.to.y}" stroke="${p.bone}" stroke-width="4" stroke-linecap="round"/>`,
    );
    const l = bone.label;
    out.push(`<rect x="${l.x}" y="${l.y + 6}" width="${l.w}" height="${l.h - 12}" rx="8" fill="${p.label}"/>`);
    // Every line of the name, centred as a block in the label (the board's labels have one line).
    const top = l.y + l.h / 2 - ((bone.labelLines.length - 1) * G.labelLineHeight) / 2 + G.labelFont * 0.35;
    bone.labelLines.forEach((line, i) => {
      out.push(
        `<text x="${l.x + G.notePad}" y="${top + i * G.labelLineHeight}" font-size="${G.labelFont}" font-weight="700" fill="${p.labelText}">${esc(line)}</text>`,
      );
    });
  }
  for (const c of layout.connectors) {
    const pts = [];
    for (let i = 0; i < c.points.length; i += 2) pts.push(`${c.points[i]},${c.points[i + 1]}`);
    out.push(`<polyline points="${pts.join(' ')}" fill="none" stroke="${p.connector}" stroke-width="2"/>`);
  }
  for (const n of layout.notes) {
    const root = opts.rootIds.has(n.id);
    out.push(
      `<rect x="${n.x}" y="${n.y}" width="${n.w}" height="${n.h}" rx="6" fill="${n.level === 1 ? p.note : p.subNote}" stroke="${root ? p.root : p.noteStroke}" stroke-width="${root ? 3 : 1}"/>`,
    );
    n.lines.forEach((line, i) => {
      out.push(
        `<text x="${n.x + G.notePad}" y="${n.y + G.notePad + (i + 0.78) * G.lineHeight}" font-size="${G.font}" fill="${p.text}">${esc(line)}</text>`,
      );
    });
    if (n.badge) {
      const by = n.y + n.h - n.badgeH;
      out.push(
        `<rect x="${n.x + 1}" y="${by}" width="${n.w - 2}" height="${n.badgeH - 1}" fill="${root ? p.rootFill : 'rgba(11,95,110,0.12)'}"/>`,
      );
      const lines = n.badgeLines.length > 0 && n.badgeLines.some((l) => l) ? n.badgeLines : [opts.badge(n.id)];
      lines.forEach((line, i) => {
        out.push(
          `<text x="${n.x + G.notePad}" y="${by + 4 + (i + 0.8) * G.badgeLineHeight}" font-size="${G.badgeFont}" font-weight="700" fill="${root ? p.rootText : p.linkText}">${esc(line)}</text>`,
        );
      });
    }
  }
  const hd = layout.head;
  out.push(
    `<rect x="${hd.x}" y="${hd.y}" width="${hd.w}" height="${hd.h}" rx="14" fill="${p.head}" stroke="${p.headStroke}" stroke-width="4"/>`,
  );
  const top = hd.y + (hd.h - hd.lines.length * G.headLineHeight) / 2;
  hd.lines.forEach((line, i) => {
    out.push(
      `<text x="${hd.x + G.headPad}" y="${top + (i + 0.78) * G.headLineHeight}" font-size="${G.headFont}" font-weight="700" fill="${p.text}">${esc(line)}</text>`,
    );
  });
  out.push('</svg>');
  return out.join('\n');
}
