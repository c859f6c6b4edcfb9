#!/usr/bin/env node
// Draws resources/icon.png (512×512) and resources/icon.svg: a run chart breaking through a dashed baseline.
// Dependency-free (zlib PNG encoder); rerun after changing the shapes.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './lib/renderer-build.mjs';

const S = 512;
const BG = [0x1d, 0x4f, 0x91];
const FG = [0xff, 0xff, 0xff];
const ACCENT = [0xff, 0xc8, 0x3d];
const points = [
  [104, 352],
  [176, 320],
  [248, 336],
  [320, 232],
  [408, 128],
];
const baseline = 288;

function inRoundedRect(x, y, r = 96) {
  const cx = Math.min(Math.max(x, r), S - r);
  const cy = Math.min(Math.max(y, r), S - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}
function distToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}
function colourAt(x, y) {
  if (!inRoundedRect(x, y)) return null;
  for (const [i, p] of points.entries()) {
    if (Math.hypot(x - p[0], y - p[1]) <= (i === points.length - 1 ? 30 : 22))
      return i === points.length - 1 ? ACCENT : FG;
  }
  for (let i = 0; i + 1 < points.length; i++) if (distToSegment(x, y, points[i], points[i + 1]) <= 12) return FG;
  if (Math.abs(y - baseline) <= 6 && x >= 72 && x <= 440 && Math.floor((x - 72) / 28) % 2 === 0) return ACCENT;
  return BG;
}

const SS = 4;
const rows = [];
for (let y = 0; y < S; y++) {
  const row = Buffer.alloc(1 + S * 4);
  for (let x = 0; x < S; x++) {
    let r = 0,
      g = 0,
      b = 0,
      a = 0;
    for (let sy = 0; sy < SS; sy++)
      for (let sx = 0; sx < SS; sx++) {
        const c = colourAt(x + (sx + 0.5) / SS, y + (sy + 0.5) / SS);
        if (!c) continue;
        r += c[0];
        g += c[1];
        b += c[2];
        a++;
      }
    const o = 1 + x * 4;
    if (a) {
      row[o] = Math.round(r / a);
      row[o + 1] = Math.round(g / a);
      row[o + 2] = Math.round(b / a);
    }
    row[o + 3] = Math.round((255 * a) / (SS * SS));
  }
  rows.push(row);
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(S, 0);
ihdr.writeUInt32BE(S, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(join(repoRoot, 'resources', 'icon.png'), png);

const hex = (c) => '#' + c.map((v) => v.toString(16).padStart(2, '0')).join('');
const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${S} ${S}" width="${S}" height="${S}">
  <title>Läpimurtostudio</title>
  <rect width="${S}" height="${S}" rx="96" fill="${hex(BG)}"/>
  <line x1="72" y1="${baseline}" x2="440" y2="${baseline}" stroke="${hex(ACCENT)}" stroke-width="12" stroke-dasharray="28 28"/>
  <polyline points="${points.map((p) => p.join(',')).join(' ')}" fill="none" stroke="${hex(FG)}" stroke-width="24" stroke-linejoin="round" stroke-linecap="round"/>
${points.map((p, i) => `  <circle cx="${p[0]}" cy="${p[1]}" r="${i === points.length - 1 ? 30 : 22}" fill="${hex(i === points.length - 1 ? ACCENT : FG)}"/>`).join('\n')}
</svg>
`;
writeFileSync(join(repoRoot, 'resources', 'icon.svg'), svg);
console.log(`wrote resources/icon.png (${png.length} bytes) and resources/icon.svg`);
