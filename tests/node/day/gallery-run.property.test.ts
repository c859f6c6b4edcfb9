import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  controlGallery,
  defaultGalleryBoards,
  formatCountdown,
  galleryAt,
  GalleryRun,
  GALLERY_ACTIONS,
  normalizeGallery,
  pauseGallery,
  resumeGallery,
  startGallery,
  nextGallery,
  previousGallery,
  type GalleryStop,
} from '../../../shared/presentation/gallery';

const MIN = 60_000;
const T0 = 1_750_000_000_000;
const stop = (teamId: string, minutes: number, boards = 1): GalleryStop => ({
  teamId,
  minutes,
  boardIds: Array.from({ length: boards }, (_, i) => `${teamId}-b${i}`),
});

const stopsArb = fc
  .array(fc.record({ minutes: fc.integer({ min: 1, max: 60 }), boards: fc.integer({ min: 0, max: 8 }) }), {
    minLength: 1,
    maxLength: 6,
  })
  .map((xs) => xs.map((x, i) => stop(`t${i}`, x.minutes, x.boards)));
const stepArb = fc.record({
  dt: fc.integer({ min: 0, max: 20 * MIN }),
  action: fc.option(fc.constantFrom(...GALLERY_ACTIONS), { nil: null }),
});

describe('gallery walk (pure)', () => {
  it('three teams of 3, 5 and 8 minutes: the turns follow each other by the clock alone', () => {
    const run = startGallery('w', [stop('a', 3), stop('b', 5), stop('c', 8)], T0);
    expect(galleryAt(run, T0)).toMatchObject({
      position: 1,
      count: 3,
      remainingMs: 3 * MIN,
      paused: false,
      finished: false,
    });
    expect(galleryAt(run, T0 + 3 * MIN - 1)).toMatchObject({ position: 1, remainingMs: 1 });
    expect(galleryAt(run, T0 + 3 * MIN)).toMatchObject({ position: 2, remainingMs: 5 * MIN });
    expect(galleryAt(run, T0 + 9 * MIN)).toMatchObject({ position: 3, remainingMs: 7 * MIN });
    // The last turn ends at 0:00 and stays there: the walk is finished, not wrapped around.
    expect(galleryAt(run, T0 + 60 * MIN)).toMatchObject({ position: 3, remainingMs: 0, finished: true });
  });

  it('pause keeps the time left, resume continues from it; next and previous restart a whole turn', () => {
    let run = startGallery('w', [stop('a', 5), stop('b', 5)], T0);
    run = pauseGallery(run, T0 + 2 * MIN);
    expect(galleryAt(run, T0 + 30 * MIN)).toMatchObject({ position: 1, remainingMs: 3 * MIN, paused: true });
    run = resumeGallery(run, T0 + 30 * MIN);
    expect(galleryAt(run, T0 + 31 * MIN)).toMatchObject({ position: 1, remainingMs: 2 * MIN, paused: false });
    run = nextGallery(run, T0 + 31 * MIN);
    expect(galleryAt(run, T0 + 31 * MIN)).toMatchObject({ position: 2, remainingMs: 5 * MIN });
    run = previousGallery(run, T0 + 32 * MIN);
    expect(galleryAt(run, T0 + 32 * MIN)).toMatchObject({ position: 1, remainingMs: 5 * MIN });
    // Previous at the first team and next at the last stay put.
    expect(galleryAt(previousGallery(run, T0 + 32 * MIN), T0 + 32 * MIN).position).toBe(1);
  });

  it("a team's turn is shared evenly between its boards", () => {
    const run = startGallery('w', [stop('a', 6, 3)], T0);
    expect([0, 1.99, 2, 4, 5.99].map((m) => galleryAt(run, T0 + m * MIN).boardIndex)).toEqual([0, 0, 1, 2, 2]);
    const none = startGallery('w', [stop('a', 6, 0)], T0);
    expect(galleryAt(none, T0 + MIN).boardIndex).toBe(0);
  });

  it('any sequence of commands over time keeps a valid run: index in range, time left within the turn', () => {
    fc.assert(
      fc.property(stopsArb, fc.array(stepArb, { maxLength: 40 }), (stops, steps) => {
        let now = T0;
        let run = startGallery('w', stops, now);
        for (const s of steps) {
          now += s.dt;
          if (s.action) run = controlGallery(run, s.action, now);
          expect(GalleryRun.safeParse(run).success).toBe(true);
          const v = galleryAt(run, now);
          expect(v.index).toBeGreaterThanOrEqual(0);
          expect(v.index).toBeLessThan(stops.length);
          expect(v.remainingMs).toBeGreaterThanOrEqual(0);
          expect(v.remainingMs).toBeLessThanOrEqual(v.stop.minutes * MIN);
          expect(v.boardIndex).toBeLessThan(Math.max(1, v.stop.boardIds.length));
        }
      }),
    );
  });

  it('time only moves a running walk forward, never back; a paused walk does not move', () => {
    fc.assert(
      fc.property(
        stopsArb,
        fc.array(fc.integer({ min: 0, max: 30 * MIN }), { maxLength: 20 }),
        fc.boolean(),
        (stops, gaps, paused) => {
          let run = startGallery('w', stops, T0);
          if (paused) run = pauseGallery(run, T0 + 1000);
          let now = T0 + 1000;
          let last = galleryAt(run, now);
          for (const g of gaps) {
            now += g;
            const v = galleryAt(run, now);
            if (paused) expect(v).toEqual(last);
            else
              expect(v.index > last.index || (v.index === last.index && v.remainingMs <= last.remainingMs)).toBe(true);
            last = v;
          }
        },
      ),
    );
  });

  it('normalizing is idempotent, and a late window sees what an early one saw', () => {
    fc.assert(
      fc.property(
        stopsArb,
        fc.integer({ min: 0, max: 600 * MIN }),
        fc.integer({ min: 0, max: 600 * MIN }),
        (stops, a, b) => {
          const run = startGallery('w', stops, T0);
          const once = normalizeGallery(run, T0 + a);
          expect(normalizeGallery(once, T0 + a)).toEqual(once);
          const [early, late] = a <= b ? [a, b] : [b, a];
          expect(galleryAt(normalizeGallery(run, T0 + early), T0 + late)).toEqual(galleryAt(run, T0 + late));
        },
      ),
    );
  });

  it('pause then resume at the same instant changes nothing the room sees', () => {
    fc.assert(
      fc.property(stopsArb, fc.integer({ min: 0, max: 100 * MIN }), (stops, at) => {
        const run = startGallery('w', stops, T0);
        const now = T0 + at;
        expect(galleryAt(resumeGallery(pauseGallery(run, now), now), now)).toEqual(galleryAt(run, now));
      }),
    );
  });

  it('default boards: the latest process map, fishbone, dot vote and PDSA; otherwise the latest board', () => {
    const b = (id: string, kind: string, updatedAt: string, ordinal = 0) => ({ id, kind, updatedAt, ordinal });
    expect(
      defaultGalleryBoards([
        b('pdsa1', 'pdsa', '2026-01-03'),
        b('pm-old', 'process-map', '2026-01-01'),
        b('pm-new', 'process-map', '2026-01-05'),
        b('fb', 'fishbone', '2026-01-02'),
        b('wall', 'ideas-wall', '2026-01-09'),
      ]),
    ).toEqual(['pm-new', 'fb', 'pdsa1']);
    expect(defaultGalleryBoards([b('w1', 'ideas-wall', '2026-01-01'), b('m', 'measures', '2026-01-04')])).toEqual([
      'm',
    ]);
    expect(defaultGalleryBoards([])).toEqual([]);
  });

  it('countdown text rounds up to the second', () => {
    expect([5 * MIN, 5 * MIN - 1, 61_000, 999, 0, -5].map(formatCountdown)).toEqual([
      '5:00',
      '5:00',
      '1:01',
      '0:01',
      '0:00',
      '0:00',
    ]);
  });
});
