import { describe, expect, it } from 'vitest';
import { createDemoWorkshop } from '../../../shared/demo';
import { drawBoard } from '../../../shared/boards/pictures';
import { PictureCache } from '../../../electron/backend/export/picture-cache';
import { pictureCache, svgToPng } from '../../../electron/backend/export/rasterize';
import { PROJECTOR } from './helpers';

const png = (bytes: number) => ({ png: Buffer.alloc(bytes) });

describe('rasterised pictures are cached by their SVG', () => {
  it('an unchanged board is rasterised once; a changed one, another scale or background is drawn anew', async () => {
    pictureCache.clear();
    const board = createDemoWorkshop({ lang: 'fi' }).boards.find((b) => b.kind === 'ideas-wall')!;
    const svg = drawBoard(board.kind, board.doc, board, { ...PROJECTOR, width: 800, height: 450, minFontPx: 16 })!;
    const first = await svgToPng(svg, { scale: 1 });
    const again = await svgToPng(svg, { scale: 1 });
    expect(again.png).toBe(first.png);
    expect(pictureCache.size).toBe(1);
    const bigger = await svgToPng(svg, { scale: 2 });
    expect(bigger.width).toBe(first.width * 2);
    const onWhite = await svgToPng(svg, { scale: 1, background: '#ffffff' });
    const changed = await svgToPng(
      svg.replace('</svg>', '<rect x="1" y="1" width="5" height="5" fill="#000"/></svg>'),
      { scale: 1 },
    );
    expect(new Set([first.png, bigger.png, onWhite.png, changed.png]).size).toBe(4);
    expect(pictureCache.size).toBe(4);
    expect(pictureCache.storedBytes).toBe(
      first.png.length + bigger.png.length + onWhite.png.length + changed.png.length,
    );
  });

  it('the same picture asked for twice at once is rendered once', async () => {
    const cache = new PictureCache<{ png: Buffer }>(1000);
    let made = 0;
    const make = async () => {
      made++;
      await new Promise((r) => setTimeout(r, 5));
      return png(10);
    };
    const [a, b] = await Promise.all([cache.get('k', make), cache.get('k', make)]);
    expect(a).toBe(b);
    expect(made).toBe(1);
  });

  it('keeps at most its byte limit, dropping the least recently used first', async () => {
    const cache = new PictureCache<{ png: Buffer }>(250);
    await cache.get('a', async () => png(100));
    await cache.get('b', async () => png(100));
    await cache.get('a', async () => png(1)); // a is used again: b is now the oldest
    await cache.get('c', async () => png(100));
    expect(cache.size).toBe(2);
    expect(cache.storedBytes).toBe(200);
    let remade = 0;
    await cache.get('a', async () => (remade++, png(100)));
    await cache.get('c', async () => (remade++, png(100)));
    expect(remade).toBe(0);
    await cache.get('b', async () => (remade++, png(100)));
    expect(remade).toBe(1);
    expect(cache.storedBytes).toBeLessThanOrEqual(250);
  });

  it('does not keep a failure: the next export tries the picture again', async () => {
    const cache = new PictureCache<{ png: Buffer }>(1000);
    await expect(cache.get('bad', async () => Promise.reject(new Error('resvg could not draw it')))).rejects.toThrow(
      'resvg could not draw it',
    );
    expect(cache.size).toBe(0);
    const ok = await cache.get('bad', async () => png(3));
    expect(ok.png.length).toBe(3);
  });
});
