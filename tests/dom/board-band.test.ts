import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bandBox, idsInBand, insideBand, type Box } from '../../renderer/src/boards/kit/band';

const coord = fc.integer({ min: -5000, max: 5000 });
const point = fc.record({ x: coord, y: coord });
const box = fc.record({
  x: coord,
  y: coord,
  width: fc.integer({ min: 1, max: 800 }),
  height: fc.integer({ min: 1, max: 800 }),
});
const corners = (b: Box) => [
  { x: b.x, y: b.y },
  { x: b.x + b.width, y: b.y },
  { x: b.x, y: b.y + b.height },
  { x: b.x + b.width, y: b.y + b.height },
];
const holds = (band: Box, p: { x: number; y: number }) =>
  p.x >= band.x && p.x <= band.x + band.width && p.y >= band.y && p.y <= band.y + band.height;

describe('rubber-band selection', () => {
  it('takes an item iff every corner of its box is inside the band, whichever way the band was dragged', () => {
    fc.assert(
      fc.property(point, point, fc.array(box, { maxLength: 20 }), (a, b, boxes) => {
        const band = bandBox(a, b);
        expect(bandBox(b, a)).toEqual(band);
        const items = boxes.map((bx, i) => ({ id: `i${i}`, box: bx }));
        const taken = new Set(idsInBand(band, items));
        for (const it of items) expect(taken.has(it.id)).toBe(corners(it.box).every((p) => holds(band, p)));
      }),
    );
  });

  it('a larger band takes everything a smaller one inside it takes', () => {
    fc.assert(
      fc.property(point, point, fc.nat(500), fc.array(box, { maxLength: 20 }), (a, b, grow, boxes) => {
        const small = bandBox(a, b);
        const large = {
          x: small.x - grow,
          y: small.y - grow,
          width: small.width + 2 * grow,
          height: small.height + 2 * grow,
        };
        const items = boxes.map((bx, i) => ({ id: `i${i}`, box: bx }));
        const big = new Set(idsInBand(large, items));
        for (const id of idsInBand(small, items)) expect(big.has(id)).toBe(true);
      }),
    );
  });

  it('an item touching the band but sticking out is not taken', () => {
    const band = bandBox({ x: 0, y: 0 }, { x: 100, y: 100 });
    expect(insideBand(band, { x: 10, y: 10, width: 90, height: 90 })).toBe(true);
    expect(insideBand(band, { x: 10, y: 10, width: 91, height: 20 })).toBe(false);
    expect(insideBand(band, { x: -1, y: 10, width: 20, height: 20 })).toBe(false);
  });
});
