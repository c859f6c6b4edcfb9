import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rmSync } from 'node:fs';
import { PresentationStore } from '../../../electron/backend/presentation/store';
import { createBackend } from '../../../electron/backend';
import { createClient } from '../../../shared/api/client';
import type { StudioEvent } from '../../../shared/api/contract';
import type { AudienceContent, PresentationMode, PresentationState } from '../../../shared/presentation/model';
import { PresentationState as PresentationStateSchema } from '../../../shared/presentation/model';
import { inProcessTransport, makeTempDir, startTestBackend, type TestBackend } from '../../helpers/backend';

const W1 = '11111111-1111-4111-8111-111111111111';
const W2 = '22222222-2222-4222-8222-222222222222';
const B1 = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const B2 = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const board = (boardId: string): AudienceContent => ({ kind: 'board', boardId });

function storeWithEvents() {
  const events: StudioEvent[] = [];
  const store = new PresentationStore((e) => events.push(e));
  return { store, events };
}

describe('presentation store: follow, freeze, blank', () => {
  it('follows what the coach opens, broadcasting the whole state with a growing seq', () => {
    const { store, events } = storeWithEvents();
    expect(store.get()).toMatchObject({ seq: 0, mode: 'follow', shown: { kind: 'welcome' }, workshopId: null });
    store.setCurrent(W1, board(B1));
    store.setCurrent(W1, board(B2));
    expect(store.get()).toMatchObject({ seq: 2, workshopId: W1, mode: 'follow', current: board(B2), shown: board(B2) });
    expect(events.map((e) => (e.type === 'presentation.changed' ? e.state.seq : -1))).toEqual([1, 2]);
    expect(events.at(-1)).toEqual({ type: 'presentation.changed', state: store.get() });
  });

  it('freeze keeps what the room sees while the coach moves on; follow catches up', () => {
    const { store } = storeWithEvents();
    store.setCurrent(W1, board(B1));
    store.setMode('freeze');
    store.setCurrent(W1, board(B2));
    expect(store.get()).toMatchObject({ mode: 'freeze', current: board(B2), shown: board(B1) });
    store.setMode('follow');
    expect(store.get()).toMatchObject({ mode: 'follow', shown: board(B2) });
  });

  it('blank keeps the mode blank through navigation and returns to the current view on follow', () => {
    const { store } = storeWithEvents();
    store.setCurrent(W1, board(B1));
    store.setMode('blank');
    store.setCurrent(W1, board(B2));
    expect(store.get().mode).toBe('blank');
    store.setMode('follow');
    expect(store.get().shown).toEqual(board(B2));
  });

  it('show puts content up now and holds it (freeze) until the coach follows again', () => {
    const { store } = storeWithEvents();
    store.setCurrent(W1, board(B1));
    store.show(W1, board(B2));
    expect(store.get()).toMatchObject({ mode: 'freeze', current: board(B1), shown: board(B2) });
    store.setCurrent(W1, { kind: 'welcome' });
    expect(store.get().shown).toEqual(board(B2));
  });

  it('opening another workshop drops a frozen view of the old one', () => {
    const { store } = storeWithEvents();
    store.setCurrent(W1, board(B1));
    store.setMode('freeze');
    store.setCurrent(W2, { kind: 'welcome' });
    expect(store.get()).toMatchObject({ workshopId: W2, mode: 'follow', shown: { kind: 'welcome' } });
  });

  const content = fc.oneof(
    fc.constant<AudienceContent>({ kind: 'welcome' }),
    fc.constantFrom(B1, B2).map((id) => board(id)),
    fc.constant<AudienceContent>({ kind: 'gallery' }),
  );
  const op = fc.oneof(
    fc.record({ op: fc.constant('setCurrent' as const), w: fc.constantFrom(W1, W2), c: content }),
    fc.record({
      op: fc.constant('setMode' as const),
      mode: fc.constantFrom<PresentationMode>('follow', 'freeze', 'blank'),
    }),
    fc.record({ op: fc.constant('show' as const), w: fc.constantFrom(W1, W2), c: content }),
  );

  it('any sequence of operations: shown == current while following, seq grows by one per change, every state valid', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const { store, events } = storeWithEvents();
        let prev: PresentationState = store.get();
        for (const o of ops) {
          const next =
            o.op === 'setCurrent'
              ? store.setCurrent(o.w, o.c)
              : o.op === 'setMode'
                ? store.setMode(o.mode)
                : store.show(o.w, o.c);
          expect(next.seq).toBe(prev.seq + 1);
          expect(PresentationStateSchema.safeParse(next).success).toBe(true);
          if (next.mode === 'follow') expect(next.shown).toEqual(next.current);
          if (o.op === 'setCurrent') expect(next.current).toEqual(o.c);
          if (o.op === 'show') expect(next.shown).toEqual(o.c);
          if (o.op === 'setMode') expect(next.mode).toBe(o.mode);
          prev = next;
        }
        expect(events).toHaveLength(ops.length);
      }),
    );
  });
});

describe('presentation API', () => {
  let t: TestBackend | undefined;
  afterEach(() => {
    t?.dispose();
    t = undefined;
  });

  it('round-trips through dispatch and validates its input', async () => {
    t = startTestBackend();
    const { id } = await t.client.call('library.create', { title: 'Työpaja' });
    const s = await t.client.call('presentation.setCurrent', { workshopId: id, content: { kind: 'welcome' } });
    expect(s.workshopId).toBe(id);
    expect((await t.client.call('presentation.setMode', { mode: 'blank' })).mode).toBe('blank');
    expect(await t.client.call('presentation.get', {})).toMatchObject({ mode: 'blank', workshopId: id });
    const bad = await t.backend.dispatch('presentation.setMode', { mode: 'dark' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    const badContent = await t.backend.dispatch('presentation.show', { workshopId: id, content: { kind: 'board' } });
    expect(badContent).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    expect(t.events.filter((e) => e.type === 'presentation.changed')).toHaveLength(2);
  });

  it('openAudience: the browser host answers with the page to open', async () => {
    t = startTestBackend();
    expect(await t.client.call('presentation.openAudience', {})).toEqual({ kind: 'url', url: '/audience' });
  });

  it('openAudience: a shell with an audience window opens it', async () => {
    const dataDir = makeTempDir();
    let opened = 0;
    const backend = createBackend({
      dataDir,
      shell: 'test',
      platform: {
        saveFile: async ({ tempPath }) => ({ kind: 'saved', path: tempPath }),
        openAudience: () => {
          opened++;
        },
      },
    });
    try {
      const client = createClient(inProcessTransport(backend));
      expect(await client.call('presentation.openAudience', {})).toEqual({ kind: 'opened' });
      expect(opened).toBe(1);
    } finally {
      backend.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
