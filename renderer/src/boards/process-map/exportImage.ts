import { getNodesBounds, getViewportForBounds, type Node } from '@xyflow/react';
import { toPng, toSvg } from 'html-to-image';

/** Export sizes: a 1080p projector frame, and A4 landscape at 300 dpi for print. */
export const EXPORT_SIZES = {
  projector: { width: 1920, height: 1080 },
  print: { width: 3508, height: 2480 },
} as const;
export type ExportSize = keyof typeof EXPORT_SIZES;

function safeName(name: string): string {
  return (name.replace(/[\\/:*?"<>|]+/g, ' ').trim() || 'prosessikaavio').slice(0, 80);
}

function download(dataUrl: string, filename: string): void {
  const a = document.createElement('a');
  a.href = dataUrl;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

/**
 * Renders the whole map (all nodes, fitted with a margin) into an image of exactly the given size and downloads it.
 * `root` is the React Flow wrapper; only its viewport layer is drawn, so the minimap and panels stay out.
 */
export async function exportMap(root: HTMLElement, nodes: Node[], format: 'png' | 'svg', size: ExportSize, name: string, background: string): Promise<void> {
  const viewportEl = root.querySelector<HTMLElement>('.react-flow__viewport');
  if (!viewportEl) throw new Error('no viewport');
  const { width, height } = EXPORT_SIZES[size];
  const bounds = getNodesBounds(nodes.filter((n) => !n.hidden || n.type === 'lane'));
  const vp = getViewportForBounds(bounds, width, height, 0.05, 4, 0.04);
  const options = {
    backgroundColor: background,
    width,
    height,
    pixelRatio: 1,
    style: { width: `${width}px`, height: `${height}px`, transform: `translate(${vp.x}px, ${vp.y}px) scale(${vp.zoom})` },
  };
  const url = format === 'png' ? await toPng(viewportEl, options) : await toSvg(viewportEl, options);
  download(url, `${safeName(name)}${format === 'png' ? `-${width}x${height}.png` : '.svg'}`);
}
