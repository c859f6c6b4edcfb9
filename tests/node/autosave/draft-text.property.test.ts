import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { startTestBackend } from '../../helpers/backend';
import { DraftText } from '../../../renderer/src/api/draft-text';

type Op =
  | { k: 'type'; s: string }
  | { k: 'erase'; n: number }
  | { k: 'tick' }
  | { k: 'blur' }
  | { k: 'undo' }
  | { k: 'redo' }
  | { k: 'refresh' };

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    arbitrary: fc.record({ k: fc.constant('type' as const), s: fc.string({ minLength: 1, maxLength: 4 }) }),
    weight: 5,
  },
  fc.record({ k: fc.constant('erase' as const), n: fc.integer({ min: 1, max: 3 }) }),
  { arbitrary: fc.constant({ k: 'tick' as const }), weight: 2 },
  fc.constant({ k: 'blur' as const }),
  fc.constant({ k: 'undo' as const }),
  fc.constant({ k: 'redo' as const }),
  fc.constant({ k: 'refresh' as const }),
);

/**
 * The round's notes field as the app runs it: a DraftText saving through the real backend with the field edit's key,
 * timers fired when the test says, and undo/redo as the header runs them (flush pending text first, then the step,
 * then the refetched value shown in the field).
 */
describe('autosave: field and backend agree', () => {
  it('any interleaving of typing, blur, undo and redo ends with the same text in the backend and in the field', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 30 }), async (ops) => {
        const t = startTestBackend();
        try {
          const workshopId = (await t.client.call('library.create', { title: 'Paja' })).id;
          await t.client.call('round.update', { workshopId, patch: { notes: 'Alku' } });
          const backendAim = async () => (await t.client.call('workshop.get', { workshopId })).round.notes;
          const timers = new Map<number, () => void>();
          let next = 0;
          const inFlight: Promise<unknown>[] = [];
          const draft = new DraftText('Alku', {
            save: async (text, coalesce) => {
              await t.client.call('round.update', { workshopId, patch: { notes: text }, coalesce });
            },
            setTimer: (fn) => {
              const h = next++;
              timers.set(h, fn);
              return h;
            },
            clearTimer: (h) => timers.delete(h as number),
          });
          for (const o of ops) {
            switch (o.k) {
              case 'type':
                draft.input(draft.text + o.s);
                break;
              case 'erase':
                draft.input(draft.text.slice(0, Math.max(0, draft.text.length - o.n)));
                break;
              case 'tick': {
                // The debounce fires; its save runs while the next keystrokes arrive.
                const due = [...timers.values()];
                timers.clear();
                for (const fn of due) fn();
                break;
              }
              case 'blur':
                inFlight.push(draft.endEdit());
                break;
              case 'refresh':
                draft.outside(await backendAim());
                break;
              case 'undo':
              case 'redo': {
                await draft.flush();
                const s = await t.client.call('workshop.get', { workshopId });
                const can = o.k === 'undo' ? s.history.canUndo : s.history.canRedo;
                if (can) await t.client.call(o.k === 'undo' ? 'history.undo' : 'history.redo', { workshopId });
                draft.outside(await backendAim());
                break;
              }
            }
          }
          await Promise.all(inFlight);
          await draft.flush();
          expect(draft.unsaved).toBe(false);
          expect(await backendAim()).toBe(draft.text);
        } finally {
          t.dispose();
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('a failed save keeps the text in the field and reports it; the next flush saves it', async () => {
    let fail = true;
    const saved: string[] = [];
    const states: { unsaved: boolean; error: unknown }[] = [];
    const draft = new DraftText('', {
      save: async (text) => {
        if (fail) throw new Error('disk full');
        saved.push(text);
      },
      onState: (s) => states.push(s),
      setTimer: () => 0,
      clearTimer: () => undefined,
    });
    draft.input('Tärkeä lause');
    expect(await draft.flush()).toBe(false);
    expect(draft.text).toBe('Tärkeä lause');
    expect(draft.unsaved).toBe(true);
    expect(states.at(-1)).toEqual({ unsaved: true, error: new Error('disk full') });
    draft.outside('vanha arvo'); // a refresh must not replace unsaved text
    expect(draft.text).toBe('Tärkeä lause');
    fail = false;
    expect(await draft.flush()).toBe(true);
    expect(saved).toEqual(['Tärkeä lause']);
    expect(states.at(-1)).toEqual({ unsaved: false, error: null });
  });

  it('typing at 10 keystrokes per second is saved once a second, and 0.8 s after the last keystroke', async () => {
    let now = 0;
    let timers: { at: number; fn: () => void }[] = [];
    const saves: { at: number; text: string }[] = [];
    const draft = new DraftText('', {
      save: async (text) => {
        saves.push({ at: now, text });
      },
      now: () => now,
      setTimer: (fn, ms) => {
        const h = { at: now + ms, fn };
        timers.push(h);
        return h;
      },
      clearTimer: (h) => (timers = timers.filter((x) => x !== h)),
    });
    // Runs the timers due by `until`, in time order, letting each save settle.
    const advance = async (until: number) => {
      for (;;) {
        const due = timers.filter((h) => h.at <= until).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        timers = timers.filter((x) => x !== due);
        now = due.at;
        due.fn();
        await Promise.resolve();
        await Promise.resolve();
      }
      now = until;
    };
    for (let k = 0; k < 50; k++) {
      await advance(k * 100);
      draft.input('x'.repeat(k + 1));
    }
    await advance(4900 + 2000);
    const at = saves.map((s) => s.at);
    // While the keys keep coming: once a second. After the last one (4.9 s): within a second.
    expect(at.slice(0, -1)).toEqual([1000, 2000, 3000, 4000]);
    expect(at.at(-1)!).toBeGreaterThan(4900);
    expect(at.at(-1)!).toBeLessThanOrEqual(5900);
    expect(saves.at(-1)!.text).toBe('x'.repeat(50));
    for (let i = 1; i < at.length; i++) expect(at[i]! - at[i - 1]!).toBeGreaterThanOrEqual(1000);
  });
});
