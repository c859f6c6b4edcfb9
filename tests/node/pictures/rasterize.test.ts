import { describe, expect, it } from 'vitest';
import { createDemoWorkshop } from '../../../shared/demo';
import { drawBoard } from '../../../shared/boards/pictures';
import { MAX_RASTER_EDGE, pictureFonts, svgSize, svgToPng } from '../../../electron/backend/export/rasterize';
import { PROJECTOR } from './helpers';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('svgToPng (resvg)', () => {
  it('turns a board picture into a PNG of its size times the scale, with its text drawn', async () => {
    const board = createDemoWorkshop({ lang: 'fi' }).boards.find((b) => b.kind === 'dot-vote')!;
    const svg = drawBoard(board.kind, board.doc, board, { ...PROJECTOR, width: 1600, height: 900, minFontPx: 20 })!;
    const one = await svgToPng(svg);
    expect(one.png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(pngSize(one.png)).toEqual({ width: 1600, height: 900 });
    const twice = await svgToPng(svg, { scale: 2 });
    expect(pngSize(twice.png)).toEqual({ width: 3200, height: 1800 });
    expect([twice.width, twice.height]).toEqual([3200, 1800]);
  });

  it('draws text with a system font (dark pixels where the text is)', async () => {
    const blank =
      '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60"><rect width="200" height="60" fill="#fff"/></svg>';
    const text = blank.replace(
      '</svg>',
      '<text x="10" y="45" font-size="40" font-family="\'Segoe UI\', \'DejaVu Sans\', Arial, sans-serif">Äyä</text></svg>',
    );
    const [a, b] = await Promise.all([svgToPng(blank), svgToPng(text)]);
    expect(b.png.length).toBeGreaterThan(a.png.length);
  });

  it('renders with the font stack files when they exist, else scans the system fonts', () => {
    const here = pictureFonts([
      { family: 'Nowhere Sans', files: ['/no/such/font.ttf'] },
      { family: 'DejaVu Sans', files: ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'] },
    ]);
    expect(here).toEqual({
      loadSystemFonts: false,
      fontFiles: ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'],
      defaultFontFamily: 'DejaVu Sans',
      sansSerifFamily: 'DejaVu Sans',
    });
    expect(pictureFonts([{ family: 'Nowhere Sans', files: ['/no/such/font.ttf'] }])).toEqual({ loadSystemFonts: true });
  });

  it('refuses an SVG without a size, a broken one and one too large, with a message', async () => {
    await expect(svgToPng('<svg xmlns="http://www.w3.org/2000/svg"></svg>')).rejects.toThrow(/size/);
    await expect(svgToPng('<svg width="10" height="10"><rect')).rejects.toThrow();
    await expect(svgToPng('not svg')).rejects.toThrow(/size/);
    await expect(
      svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="5000" height="100"/>', { scale: 2 }),
    ).rejects.toThrow(String(MAX_RASTER_EDGE));
  });

  it('reads the size from width/height or the viewBox', () => {
    expect(svgSize('<svg width="640" height="360px">')).toEqual({ width: 640, height: 360 });
    expect(svgSize("<svg viewBox='0 0 300 200'>")).toEqual({ width: 300, height: 200 });
    expect(svgSize('<div>')).toBeUndefined();
  });
});
