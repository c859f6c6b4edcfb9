import { describe, expect, it, vi } from 'vitest';
import { HEADER_WIDTHS, STEP_WIDTHS, mapDrawing } from '../../../../shared/boards/process-map/drawing';
import { elkLayoutSync } from '../../../../shared/boards/process-map/elk-sync';
import { layoutStretch } from '../../../../shared/boards/process-map/layout';
import { MIN_STEP_WIDTH } from '../../../../shared/boards/process-map/packing';
import { chainMap } from './helpers';
import { fi } from '../../pictures/helpers';

// The real ELK engine, counted: how many runs a layout costs.
vi.mock('../../../../shared/boards/process-map/elk-sync', async (original) => {
  const real = await original<typeof import('../../../../shared/boards/process-map/elk-sync')>();
  return { ...real, elkLayoutSync: vi.fn(real.elkLayoutSync) };
});

const runs = () => vi.mocked(elkLayoutSync).mock.calls.length;

describe('process map layout in stretches', () => {
  it('runs ELK again only for the stretch a coach edited, and keeps the other stretches as they were', () => {
    const doc = chainMap(160, 3);
    doc.nodes.forEach((n, i) => (n.text = `Vaihe ${i} jossa on muutama sana tekstiä`));
    const fit = { maxLines: 4, minWidth: MIN_STEP_WIDTH, headerWidth: HEADER_WIDTHS[0] };
    vi.mocked(elkLayoutSync).mockClear();
    const before = mapDrawing(doc, fi, 'fi', STEP_WIDTHS[2], fit).layout;
    const stretches = new Set(before.boxes.map((b) => layoutStretch(b.column))).size;
    expect(stretches).toBe(4);
    expect(runs()).toBeGreaterThanOrEqual(stretches);

    // The first step's text grows by many lines: its lane grows in the first stretch only.
    vi.mocked(elkLayoutSync).mockClear();
    const edited = structuredClone(doc);
    edited.nodes[0]!.text = `${doc.nodes[0]!.text} ${'lisätty sana '.repeat(40)}`;
    const after = mapDrawing(edited, fi, 'fi', STEP_WIDTHS[2], fit).layout;
    expect(runs()).toBeGreaterThanOrEqual(1);
    expect(runs()).toBeLessThan(stretches); // one stretch (at most three passes), not all four
    expect(after.byId.get('n0')!.height).toBeGreaterThan(before.byId.get('n0')!.height);

    // Later stretches: the same steps in the same places relative to each other, each still inside its lane.
    const late = before.boxes.filter((b) => layoutStretch(b.column) === 3);
    const [a0, b0] = [late[0]!, after.byId.get(late[0]!.id)!];
    for (const b of late) {
      const a = after.byId.get(b.id)!;
      expect(a.x - b0.x).toBeCloseTo(b.x - a0.x, 6);
      expect([a.width, a.height]).toEqual([b.width, b.height]);
      const lane = after.lanes[a.laneIndex]!;
      expect(a.y).toBeGreaterThanOrEqual(lane.top);
      expect(a.y + a.height).toBeLessThanOrEqual(lane.top + lane.height + 0.01);
    }
  });
});
