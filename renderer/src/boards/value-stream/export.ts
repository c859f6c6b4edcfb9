import type Konva from 'konva';
import { FONT, type Prim, type Scene } from './scene';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Naive word wrap for SVG text (SVG 1.1 has no wrapping); widths estimated from the font size. */
function wrap(text: string, width: number, size: number, maxLines: number): string[] {
  const perLine = Math.max(4, Math.floor(width / (size * 0.55)));
  const lines: string[] = [];
  let cur = '';
  for (const word of text.split(/\s+/)) {
    if ((cur + ' ' + word).trim().length > perLine && cur) {
      lines.push(cur);
      cur = word;
    } else cur = (cur + ' ' + word).trim();
  }
  if (cur) lines.push(cur);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]!.slice(0, Math.max(1, perLine - 1))}…`;
    return kept;
  }
  return lines;
}

function prim(p: Prim): string {
  switch (p.t) {
    case 'rect':
      return `<rect x="${p.x}" y="${p.y}" width="${p.w}" height="${p.h}" rx="${p.r ?? 0}" fill="${p.fill}"${p.stroke ? ` stroke="${p.stroke}" stroke-width="${p.sw ?? 1}"` : ''}${p.dash ? ` stroke-dasharray="${p.dash.join(' ')}"` : ''}/>`;
    case 'line':
      return `<polyline points="${p.points.join(' ')}" fill="none" stroke="${p.stroke}" stroke-width="${p.sw}" stroke-linecap="round"${p.dash ? ` stroke-dasharray="${p.dash.join(' ')}"` : ''}/>`;
    case 'poly':
      return `<polygon points="${p.points.join(' ')}" fill="${p.fill}"${p.stroke ? ` stroke="${p.stroke}" stroke-width="2"` : ''}/>`;
    case 'text': {
      if (!p.text) return '';
      const lh = p.size * 1.15;
      const maxLines = p.h ? Math.max(1, Math.floor(p.h / lh)) : 3;
      const lines = wrap(p.text, p.w, p.size, maxLines);
      const anchor = p.align === 'center' ? 'middle' : p.align === 'right' ? 'end' : 'start';
      const x = p.align === 'center' ? p.x + p.w / 2 : p.align === 'right' ? p.x + p.w : p.x;
      return `<text x="${x}" y="${p.y + p.size}" font-size="${p.size}" font-weight="${p.bold ? 700 : 400}" fill="${p.color}" text-anchor="${anchor}">${lines
        .map((l, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : lh}">${esc(l)}</tspan>`)
        .join('')}</text>`;
    }
  }
}

/** The scene as a standalone vector SVG (same primitives as the stage). */
export function sceneToSvg(scene: Scene, background: string): string {
  const body = scene.prims.map(prim).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${scene.width}" height="${scene.height}" viewBox="0 0 ${scene.width} ${scene.height}" font-family="${esc(FONT)}">
<rect width="100%" height="100%" fill="${background}"/>
${body}
</svg>
`;
}

/** The whole board as a PNG data URL at 2x, whatever the current pan and zoom. */
export function stageToPng(stage: Konva.Stage, scene: Scene): string {
  const keep = {
    x: stage.x(),
    y: stage.y(),
    sx: stage.scaleX(),
    sy: stage.scaleY(),
    w: stage.width(),
    h: stage.height(),
  };
  stage.position({ x: 0, y: 0 });
  stage.scale({ x: 1, y: 1 });
  stage.size({ width: scene.width, height: scene.height });
  try {
    return stage.toDataURL({
      x: 0,
      y: 0,
      width: scene.width,
      height: scene.height,
      pixelRatio: 2,
      mimeType: 'image/png',
    });
  } finally {
    stage.position({ x: keep.x, y: keep.y });
    stage.scale({ x: keep.sx, y: keep.sy });
    stage.size({ width: keep.w, height: keep.h });
  }
}

export function download(url: string, fileName: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

export function downloadText(text: string, fileName: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  download(url, fileName);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from the board name: letters, digits and dashes. */
export function fileBase(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'arvovirta'
  );
}
