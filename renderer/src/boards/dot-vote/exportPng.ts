import { toPng } from 'html-to-image';

/** Renders a result element to a PNG at twice the screen resolution and offers it as a download. */
export async function exportPng(node: HTMLElement, fileName: string): Promise<void> {
  const bg = getComputedStyle(document.documentElement).getPropertyValue('--surface').trim() || '#ffffff';
  node.classList.add('is-exporting');
  try {
    const url = await toPng(node, { pixelRatio: 2, backgroundColor: bg, cacheBust: true });
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName.replace(/[\\/:*?"<>|]/g, '-');
    a.style.display = 'none';
    document.body.appendChild(a);
    a.click();
    a.remove();
  } finally {
    node.classList.remove('is-exporting');
  }
}
