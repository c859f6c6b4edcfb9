import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiError, startTestBackend, type TestBackend } from '../../helpers/backend';
import { newId } from '../../../shared/domain/ids';

const MIN = 60_000;
const T0 = Date.UTC(2026, 1, 3, 7, 0, 0);
let t: TestBackend;

beforeEach(() => {
  // Only Date is faked: the backend reads the clock through Date.now(), SQLite and the event loop run for real.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
  t = startTestBackend();
});
afterEach(() => {
  t.dispose();
  vi.useRealTimers();
});

const at = (min: number) => vi.setSystemTime(T0 + min * MIN);

async function dayWith(agenda: { start: string; durationMin: number; title: string }[]) {
  const { id: workshopId } = await t.client.call('library.create', { title: 'Työpaja 2' });
  const { id: dayId } = await t.client.call('days.create', {
    workshopId,
    day: { title: 'Päivä 1', date: '2026-02-03' },
  });
  const items = agenda.map((a) => ({ id: newId(), ...a }));
  await t.client.call('days.setAgenda', { workshopId, id: dayId, agenda: items });
  return { workshopId, dayId, items };
}

const errorKey = async (p: Promise<unknown>): Promise<string> => (await apiError(p)).key;

describe('agenda runner (backend)', () => {
  it('runs a three-item agenda, logs the actual times in the workshop file and keeps them after a restart', async () => {
    const { workshopId, dayId, items } = await dayWith([
      { start: '09:00', durationMin: 20, title: 'Avaus' },
      { start: '09:20', durationMin: 40, title: 'Prosessikaavio' },
      { start: '10:00', durationMin: 15, title: 'Tauko' },
    ]);
    const started = await t.client.call('agenda.start', { workshopId, dayId });
    expect(started.agenda?.index).toBe(0);
    expect(started.agenda?.countdown.endsAt).toBe(T0 + 20 * MIN);
    // Starting the agenda puts it on the projector.
    expect(started.shown).toEqual({ kind: 'agenda', dayId });
    expect(started.mode).toBe('freeze');

    at(5);
    await t.client.call('agenda.pause', {});
    at(8);
    const resumed = await t.client.call('agenda.resume', {});
    expect(resumed.agenda?.countdown.endsAt).toBe(T0 + 23 * MIN);
    const extended = await t.client.call('agenda.extend', {});
    expect(extended.agenda?.countdown.endsAt).toBe(T0 + 28 * MIN);
    at(30); // two minutes of overtime
    const second = await t.client.call('agenda.next', {});
    expect(second.agenda?.index).toBe(1);
    expect(second.agenda?.countdown.endsAt).toBe(T0 + 70 * MIN);
    at(35);
    await t.client.call('agenda.skip', {});
    at(50);
    const done = await t.client.call('agenda.next', {});
    expect(done.agenda).toBeNull();
    expect(t.events.filter((e) => e.type === 'presentation.changed').length).toBeGreaterThanOrEqual(7);

    t = t.restart();
    const log = await t.client.call('agenda.log', { workshopId, dayId });
    expect(log.map((l) => [l.itemId, l.startedAt, l.endedAt, l.pausedMs, l.extendedMin, l.skipped])).toEqual([
      [items[0]!.id, new Date(T0).toISOString(), new Date(T0 + 30 * MIN).toISOString(), 3 * MIN, 5, false],
      [items[1]!.id, new Date(T0 + 30 * MIN).toISOString(), new Date(T0 + 35 * MIN).toISOString(), 0, 0, true],
      [items[2]!.id, new Date(T0 + 35 * MIN).toISOString(), new Date(T0 + 50 * MIN).toISOString(), 0, 0, false],
    ]);
    expect(log.map((l) => [l.title, l.plannedMin, l.ordinal])).toEqual([
      ['Avaus', 20, 0],
      ['Prosessikaavio', 40, 1],
      ['Tauko', 15, 2],
    ]);
  });

  it('an item still running when the app stops keeps its start; the log is not in the undo history', async () => {
    const { workshopId, dayId } = await dayWith([{ start: '09:00', durationMin: 30, title: 'Avaus' }]);
    const before = await t.client.call('workshop.get', { workshopId });
    await t.client.call('agenda.start', { workshopId, dayId });
    const after = await t.client.call('workshop.get', { workshopId });
    expect(after.history).toEqual(before.history);
    expect(after.revision).toBe(before.revision);
    t = t.restart();
    const log = await t.client.call('agenda.log', { workshopId });
    expect(log).toHaveLength(1);
    expect(log[0]?.startedAt).toBe(new Date(T0).toISOString());
    expect(log[0]?.endedAt).toBe('');
  });

  it('deleting a day and undoing it brings the day back with its actual times', async () => {
    const { workshopId, dayId } = await dayWith([{ start: '09:00', durationMin: 30, title: 'Avaus' }]);
    await t.client.call('agenda.start', { workshopId, dayId });
    at(10);
    await t.client.call('agenda.stop', {});
    await t.client.call('days.delete', { workshopId, id: dayId });
    await t.client.call('history.undo', { workshopId });
    const log = await t.client.call('agenda.log', { workshopId, dayId });
    expect(log.map((l) => l.endedAt)).toEqual([new Date(T0 + 10 * MIN).toISOString()]);
  });

  it('overlapping items run calmly in their listed order', async () => {
    const { workshopId, dayId, items } = await dayWith([
      { start: '10:00', durationMin: 60, title: 'Ryhmätyö' },
      { start: '09:30', durationMin: 60, title: 'Päällekkäinen' },
    ]);
    const s = await t.client.call('agenda.start', { workshopId, dayId });
    expect(s.agenda?.items.map((i) => i.id)).toEqual(items.map((i) => i.id));
    const n = await t.client.call('agenda.next', {});
    expect(n.agenda?.items[n.agenda.index]?.title).toBe('Päällekkäinen');
  });

  it('refuses calmly: an empty agenda, nothing running, a missing day; the state stays as it was', async () => {
    const { workshopId } = await dayWith([]);
    const { id: emptyDay } = await t.client.call('days.create', { workshopId, day: { title: 'Tyhjä' } });
    expect(await errorKey(t.client.call('agenda.start', { workshopId, dayId: emptyDay }))).toBe(
      'agendaRun.errors.emptyAgenda',
    );
    expect(await errorKey(t.client.call('agenda.start', { workshopId, dayId: 'no-such-day' }))).toBe(
      'errors.notFound.day',
    );
    expect(await errorKey(t.client.call('agenda.pause', {}))).toBe('agendaRun.errors.notRunning');
    expect(await errorKey(t.client.call('timer.pause', {}))).toBe('agendaRun.errors.timerNotRunning');
    expect((await t.client.call('presentation.get', {})).seq).toBe(0);
  });
});

describe('quick timer (backend)', () => {
  it('0 and 1,000 minutes are refused with the range message and nothing changes', async () => {
    for (const minutes of [0, 1000, -3, 2.5]) {
      const key = await errorKey(t.client.call('timer.start', { minutes }));
      expect(key).toMatch(/^agendaRun\.errors\.timer(Range|Whole)$/);
    }
    const s = await t.client.call('presentation.get', {});
    expect(s.seq).toBe(0);
    expect(s.timer ?? null).toBeNull();
  });

  it('starts, pauses, resumes, adds and stops; a shown timer that stops gives the projector back to follow mode', async () => {
    const { workshopId } = await dayWith([]);
    const s = await t.client.call('timer.start', { minutes: 10, workshopId });
    expect(s.shown).toEqual({ kind: 'timer' });
    expect(s.timer?.endsAt).toBe(T0 + 10 * MIN);
    at(4);
    const p = await t.client.call('timer.pause', {});
    expect(p.timer?.pausedRemainingMs).toBe(6 * MIN);
    at(9);
    const r = await t.client.call('timer.resume', {});
    expect(r.timer?.endsAt).toBe(T0 + 15 * MIN);
    const a = await t.client.call('timer.add', { minutes: 5 });
    expect(a.timer?.endsAt).toBe(T0 + 20 * MIN);
    expect(await errorKey(t.client.call('timer.add', { minutes: 170 }))).toBe('agendaRun.errors.timerAddRange');
    const stopped = await t.client.call('timer.stop', {});
    expect(stopped.timer).toBeNull();
    expect(stopped.mode).toBe('follow');
  });
});
