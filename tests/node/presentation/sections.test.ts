import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PresentationStore } from '../../../electron/backend/presentation/store';
import type { AudienceContent } from '../../../shared/presentation/model';
import { startTestBackend, type TestBackend } from '../../helpers/backend';

const W1 = '11111111-1111-4111-8111-111111111111';
const B1 = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const B2 = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const board = (boardId: string): AudienceContent => ({ kind: 'board', boardId });

describe('presentation sections: the coach steps through a board shown in sections', () => {
  it('clamps the section to the count the audience view reported, and starts a new board at section 0', () => {
    const store = new PresentationStore(() => undefined);
    store.setCurrent(W1, board(B1));
    store.setSectionCount(board(B1), 3);
    expect(store.setSection(1)).toMatchObject({ section: 1, sections: 3 });
    expect(store.setSection(7).section).toBe(2);
    expect(store.setSection(-4).section).toBe(0);
    store.setSection(2);
    // A report about a board no longer shown changes nothing.
    store.setSectionCount(board(B2), 9);
    expect(store.get()).toMatchObject({ section: 2, sections: 3 });
    // Fewer sections (the board got shorter): the index follows down.
    store.setSectionCount(board(B1), 2);
    expect(store.get()).toMatchObject({ section: 1, sections: 2 });
    store.setCurrent(W1, board(B2));
    expect(store.get().section).toBe(0);
    expect(store.get().sections).toBeUndefined();
  });

  it('never leaves 0 … sections - 1 whatever the steps (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 30 }),
        (count, steps) => {
          const store = new PresentationStore(() => undefined);
          store.setCurrent(W1, board(B1));
          store.setSectionCount(board(B1), count);
          for (const step of steps) {
            const s = store.setSection((store.get().section ?? 0) + step);
            expect(s.section).toBeGreaterThanOrEqual(0);
            expect(s.section).toBeLessThan(count);
          }
        },
      ),
    );
  });

  let t: TestBackend | undefined;
  afterEach(() => {
    t?.dispose();
    t = undefined;
  });

  it('presentation.setSection and setSectionCount go through the contract and are broadcast', async () => {
    t = startTestBackend();
    const { id } = await t.client.call('library.create', { title: 'Työpaja' });
    await t.client.call('presentation.setCurrent', { workshopId: id, content: board(B1) });
    await t.client.call('presentation.setSectionCount', { content: board(B1), count: 4 });
    const s = await t.client.call('presentation.setSection', { index: 3 });
    expect(s).toMatchObject({ section: 3, sections: 4 });
    expect(await t.client.call('presentation.get', {})).toMatchObject({ section: 3 });
    await expect(t.client.call('presentation.setSectionCount', { content: board(B1), count: 0 })).rejects.toThrow();
  });
});
