import { describe, expect, it } from 'vitest';
import { EXPORT_PICTURE, boardPictureFiles } from '../../../shared/boards/picture-files';
import { drawBoardSections } from '../../../shared/boards/pictures';
import { finnishMap } from '../../helpers/finnish-maps';
import { fi, parseSvg, texts } from './helpers';

const squash = (s: string) => s.replace(/[\s-]+/g, '');

describe('board picture exports (drawn from the pictures)', () => {
  const board = { id: 'b', name: 'Nykytila', kind: 'process-map' } as const;

  it('exports a board that fits as its one picture', () => {
    const doc = finnishMap(6, 3);
    const files = boardPictureFiles(board, doc, { theme: 'light', t: fi })!;
    expect(files).toEqual(drawBoardSections('process-map', doc, board, { theme: 'light', t: fi, ...EXPORT_PICTURE }));
  });

  it('stacks a sectioned board into one tall picture holding every step whole, never cut', () => {
    const doc = finnishMap(30, 5);
    const sections = drawBoardSections('process-map', doc, board, { theme: 'light', t: fi, ...EXPORT_PICTURE })!;
    expect(sections.length).toBeGreaterThan(1);
    const files = boardPictureFiles(board, doc, { theme: 'light', t: fi })!;
    expect(files).toHaveLength(1);
    const svg = parseSvg(files[0]!);
    expect(svg.documentElement.getAttribute('height')).toBe(String(EXPORT_PICTURE.height * sections.length));
    const nested = Array.from(svg.documentElement.children).filter((c) => c.tagName === 'svg');
    expect(nested.map((c) => c.getAttribute('y'))).toEqual(sections.map((_, i) => String(i * EXPORT_PICTURE.height)));
    const all = squash(texts(svg).join(' '));
    for (const n of doc.nodes) expect(all).toContain(squash(n.text));
    expect(all).not.toMatch(/…|lisää/);
  });

  it('splits a board of very many sections over several files, each section in exactly one', () => {
    const doc = finnishMap(120, 5);
    const sections = drawBoardSections('process-map', doc, board, { theme: 'light', t: fi, ...EXPORT_PICTURE })!;
    const files = boardPictureFiles(board, doc, { theme: 'light', t: fi }, 7)!;
    expect(files).toHaveLength(Math.ceil(sections.length / 7));
    const heights = files.map((f) => Number(parseSvg(f).documentElement.getAttribute('height')));
    expect(heights.reduce((a, h) => a + h, 0)).toBe(sections.length * EXPORT_PICTURE.height);
    for (const h of heights) expect(h).toBeLessThanOrEqual(7 * EXPORT_PICTURE.height);
  }, 120_000);

  it('gives null for a kind without a picture', () => {
    expect(boardPictureFiles({ id: 'x', name: 'x', kind: 'no-such-kind' }, {}, { theme: 'light', t: fi })).toBeNull();
  });
});
