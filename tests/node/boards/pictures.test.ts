import { describe, expect, it } from 'vitest';
import { BOARD_DEFINITIONS } from '../../../shared/boards/registry';
import { BOARD_PICTURES, drawBoard } from '../../../shared/boards/pictures';
import { ALL_SIZES, PROJECTOR, checkPicture, fi, texts } from '../pictures/helpers';

describe('board pictures registry', () => {
  it('has a picture for every board kind, and only for board kinds', () => {
    expect(Object.keys(BOARD_PICTURES).sort()).toEqual(BOARD_DEFINITIONS.map((d) => d.kind).sort());
    for (const [kind, picture] of Object.entries(BOARD_PICTURES)) expect(picture.kind).toBe(kind);
  });

  it('draws an empty board of every kind at every size', () => {
    for (const def of BOARD_DEFINITIONS) {
      for (const o of ALL_SIZES) {
        const svg = drawBoard(def.kind, def.createEmpty(), { id: 'b', name: 'Tyhjä', kind: def.kind }, o);
        expect(svg, def.kind).not.toBeNull();
        expect(texts(checkPicture(svg!, o)).join(' '), def.kind).not.toContain(fi('pictures.cannotDraw'));
      }
    }
  });

  it('gives null for a kind without a picture and never throws for a bad document', () => {
    expect(drawBoard('no-such-kind', {}, { id: 'b', name: 'X', kind: 'no-such-kind' }, PROJECTOR)).toBeNull();
    expect(drawBoard('__proto__', {}, { id: 'b', name: 'X', kind: '__proto__' }, PROJECTOR)).toBeNull();
    for (const def of BOARD_DEFINITIONS) {
      const svg = drawBoard(def.kind, { garbage: true }, { id: 'b', name: 'X', kind: def.kind }, PROJECTOR);
      expect(texts(checkPicture(svg!, PROJECTOR)).join(' ')).toContain(fi('pictures.cannotDraw'));
    }
  });

  it('leaves the board name out with hideTitle (the projector names the board itself)', () => {
    for (const def of BOARD_DEFINITIONS) {
      const board = { id: 'b', name: 'Nimikyltti', kind: def.kind };
      const withTitle = drawBoard(def.kind, def.createEmpty(), board, PROJECTOR)!;
      const without = drawBoard(def.kind, def.createEmpty(), board, { ...PROJECTOR, hideTitle: true })!;
      expect(texts(checkPicture(withTitle, PROJECTOR)).join(' '), def.kind).toContain('Nimikyltti');
      expect(texts(checkPicture(without, PROJECTOR)).join(' '), def.kind).not.toContain('Nimikyltti');
    }
  });

  it('brings nonsense sizes to a drawable picture', () => {
    const def = BOARD_DEFINITIONS[0];
    const svg = drawBoard(
      def.kind,
      def.createEmpty(),
      { id: 'b', name: 'X', kind: def.kind },
      { ...PROJECTOR, width: NaN, height: -5, minFontPx: 0 },
    );
    expect(svg).toMatch(/^<svg /);
  });
});
