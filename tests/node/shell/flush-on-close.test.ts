import { afterEach, describe, expect, it } from 'vitest';
import { startTestBackend, type TestBackend } from '../../helpers/backend';
import { EVENT_CHANNEL } from '../../../electron/main/ipc';
import {
  createFlusher,
  guardQuit,
  guardWindowClose,
  type ClosingState,
  type FlushWindow,
} from '../../../electron/main/flush-on-close';
import type { StudioEvent } from '../../../shared/api/contract';

type Listener = (...args: unknown[]) => void;

/** A BrowserWindow with a renderer that has `pending` typed text: on flush.request it saves it, then answers. */
function fakeWindow(onFlush: ((requestId: string) => Promise<void>) | null) {
  const listeners = new Map<string, Listener[]>();
  const win = {
    closed: 0,
    destroyed: false,
    webContents: {
      send(channel: string, event: StudioEvent) {
        if (channel !== EVENT_CHANNEL || event.type !== 'flush.request' || !onFlush) return;
        void onFlush(event.requestId);
      },
      isDestroyed: () => win.destroyed,
    },
    isDestroyed: () => win.destroyed,
    close() {
      const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
      for (const l of listeners.get('close') ?? []) l(event);
      if (!event.defaultPrevented) {
        win.closed++;
        win.destroyed = true;
      }
    },
    on(name: string, l: Listener) {
      listeners.set(name, [...(listeners.get(name) ?? []), l]);
      return win;
    },
    emit(name: string) {
      for (const l of listeners.get(name) ?? []) l();
    },
  };
  return win;
}

function fakeApp() {
  const listeners: ((event: { preventDefault(): void }) => void)[] = [];
  const app = {
    quits: 0,
    on: (_name: 'before-quit', l: (event: { preventDefault(): void }) => void) => listeners.push(l),
    quit() {
      const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
      for (const l of listeners) l(event);
      if (!event.defaultPrevented) app.quits++;
    },
  };
  return app;
}

describe('electron close handshake (fakes for the shell, the real backend)', () => {
  let t: TestBackend;
  afterEach(() => t.dispose());

  async function workshop() {
    const workshopId = (await t.client.call('library.create', { title: 'Paja' })).id;
    const teamId = (await t.client.call('teams.create', { workshopId, team: { name: 'Tiimi' } })).id;
    return { workshopId, teamId };
  }
  const aim = async (workshopId: string) => (await t.client.call('workshop.get', { workshopId })).teams[0]!.aim;

  it('a pending edit is saved before app.quit() proceeds', async () => {
    t = startTestBackend();
    const { workshopId, teamId } = await workshop();
    const log: string[] = [];
    const flusher = createFlusher({ backend: t.backend, log: (l) => log.push(l), timeoutMs: 2000 });
    const win = fakeWindow(async (requestId) => {
      // The renderer's flush: the typed aim goes to the backend first, then the answer.
      await new Promise((r) => setTimeout(r, 50));
      await t.client.call('teams.update', {
        workshopId,
        id: teamId,
        patch: { aim: 'Kirjoitettu juuri ennen sulkemista' },
      });
      await t.client.call('app.flushed', { requestId });
    });
    const app = fakeApp();
    const state: ClosingState = { quitting: false };
    guardQuit(app, flusher, state, () => [win as FlushWindow]);
    let savedWhenQuit: string | null = null;
    const realQuit = app.quit.bind(app);
    app.quit = () => {
      realQuit();
      if (app.quits > 0 && savedWhenQuit === null) void aim(workshopId).then((a) => (savedWhenQuit = a));
    };
    app.quit();
    expect(app.quits).toBe(0); // held until the window answered
    await expect.poll(() => app.quits, { timeout: 3000 }).toBe(1);
    await expect.poll(() => savedWhenQuit).toBe('Kirjoitettu juuri ennen sulkemista');
    expect(log).toEqual([expect.stringMatching(/^flush \(quit\): 1 window\(s\) saved in \d+ ms$/)]);
  });

  it('a renderer that does not answer in time does not keep the app open, and the log says so', async () => {
    t = startTestBackend();
    const log: string[] = [];
    const flusher = createFlusher({ backend: t.backend, log: (l) => log.push(l), timeoutMs: 200 });
    const hung = fakeWindow(null);
    const app = fakeApp();
    guardQuit(app, flusher, { quitting: false }, () => [hung as FlushWindow]);
    const started = Date.now();
    app.quit();
    await expect.poll(() => app.quits, { timeout: 3000 }).toBe(1);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(log).toEqual(['flush (quit): 1 of 1 window(s) did not answer within 200 ms; closing anyway']);
  });

  it('closing a window waits for its flush, then closes; after quitting was flushed, windows close at once', async () => {
    t = startTestBackend();
    const { workshopId, teamId } = await workshop();
    const flusher = createFlusher({ backend: t.backend, log: () => undefined, timeoutMs: 2000 });
    const state: ClosingState = { quitting: false };
    const win = fakeWindow(async (requestId) => {
      await t.client.call('teams.update', { workshopId, id: teamId, patch: { aim: 'Ikkunan teksti' } });
      await t.client.call('app.flushed', { requestId });
    });
    guardWindowClose(win as FlushWindow, flusher, state, () => [win as FlushWindow]);
    win.close();
    expect(win.closed).toBe(0);
    await expect.poll(() => win.closed).toBe(1);
    expect(await aim(workshopId)).toBe('Ikkunan teksti');

    const other = fakeWindow(null);
    guardWindowClose(other as FlushWindow, flusher, { quitting: true }, () => []);
    other.close();
    expect(other.closed).toBe(1);
  });

  it('the OS ending the session starts saving in every window at once', async () => {
    t = startTestBackend();
    const log: string[] = [];
    const flusher = createFlusher({ backend: t.backend, log: (l) => log.push(l), timeoutMs: 1000 });
    const asked: string[] = [];
    const a = fakeWindow(async (id) => {
      asked.push('a');
      await t.client.call('app.flushed', { requestId: id });
    });
    const b = fakeWindow(async (id) => {
      asked.push('b');
      await t.client.call('app.flushed', { requestId: id });
    });
    const all = () => [a, b] as FlushWindow[];
    guardWindowClose(a as FlushWindow, flusher, { quitting: false }, all);
    a.emit('query-session-end');
    await expect.poll(() => asked.sort()).toEqual(['a', 'b']);
    await expect
      .poll(() => log)
      .toEqual([expect.stringMatching(/^flush \(session-end\): 2 window\(s\) saved in \d+ ms$/)]);
  });
});
