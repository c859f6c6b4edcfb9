import { describe, expect, it } from 'vitest';
import { parseHash, toHash, type Route } from '../../renderer/src/app/route';
import { addMinutes, formatDate } from '../../renderer/src/i18n/format';
import { fitViewport, freeSpot } from '../../renderer/src/boards/ideas-wall/geometry';
import { BOARD_DEFINITIONS } from '../../shared/boards/registry';
import { NOTE_SIZE, type IdeasWallDoc } from '../../shared/boards/ideas-wall/model';

describe('routes', () => {
  const routes: Route[] = [
    { name: 'home' },
    { name: 'workshop', workshopId: 'w1', view: { kind: 'round' } },
    { name: 'workshop', workshopId: 'w1', view: { kind: 'team', teamId: 't-1' } },
    { name: 'workshop', workshopId: 'w1', view: { kind: 'board', boardId: 'b_2' } },
    { name: 'workshop', workshopId: 'w1', view: { kind: 'storyboard', teamId: 't-1' } },
  ];
  it('round-trips through the URL hash', () => {
    for (const r of routes) expect(parseHash(toHash(r))).toEqual(r);
  });
  it('ignores unknown hashes', () => {
    expect(parseHash('')).toBeNull();
    expect(parseHash('#main')).toBeNull();
  });
});

describe('formatting', () => {
  it('shows Finnish dates as d.m.yyyy', () => {
    expect(formatDate('2026-02-03', 'fi')).toBe('3.2.2026');
    expect(formatDate('', 'fi')).toBe('');
  });
  it('computes agenda end times, wrapping at midnight', () => {
    expect(addMinutes('09:00', 45)).toBe('09:45');
    expect(addMinutes('23:30', 60)).toBe('00:30');
  });
});

describe('ideas wall geometry', () => {
  const doc: IdeasWallDoc = {
    notes: [{ id: 'a', text: '', color: 'yellow', authorRole: '', clusterId: null, x: 0, y: 0 }],
    clusters: [],
  };
  it('places a new note right of the selected one', () => {
    const p = freeSpot(doc, { x: 0, y: 0 }, { x: 500, y: 500 });
    expect(p.x).toBeGreaterThanOrEqual(NOTE_SIZE.width);
    expect(p.y).toBe(0);
  });
  it('keeps adding notes beside the last one inside the view instead of running off to the right', () => {
    const view = { x: 0, y: 0, width: 1200, height: 700 };
    const wall: IdeasWallDoc = { notes: [], clusters: [] };
    let last: { x: number; y: number } | null = null;
    for (let i = 0; i < 10; i++) {
      const p = freeSpot(wall, last, { x: 600, y: 350 }, view);
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.x + NOTE_SIZE.width).toBeLessThanOrEqual(1200);
      expect(p.y + NOTE_SIZE.height).toBeLessThanOrEqual(700);
      wall.notes.push({ id: `n${i}`, text: '', color: 'yellow', authorRole: '', clusterId: null, ...p });
      last = p;
    }
    // A full view: the next note still goes right beside the selection, never on top of another.
    const crowded = freeSpot(wall, last, { x: 500, y: 300 }, { x: 0, y: 0, width: 250, height: 200 });
    expect(
      wall.notes.some(
        (n) => Math.abs(n.x - crowded.x) < NOTE_SIZE.width && Math.abs(n.y - crowded.y) < NOTE_SIZE.height,
      ),
    ).toBe(false);
  });
  it('never fits above 100 %', () => {
    expect(fitViewport(doc, 2000, 2000).scale).toBe(1);
  });
});

describe('board UI registry', () => {
  it('has a UI module for every board kind, in order', async () => {
    // Imported lazily: the registry pulls in React components.
    const { BOARD_UI_LIST } = await import('../../renderer/src/boards/registry');
    expect(BOARD_UI_LIST.map((m) => m.kind)).toEqual(BOARD_DEFINITIONS.map((d) => d.kind));
  });
});
