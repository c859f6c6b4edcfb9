import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startTestBackend, type TestBackend } from '../../helpers/backend';
import { readWorkbook } from '../export/helpers';
import { agendaSheets, AGENDA_SHEET_NAME } from '../../../electron/backend/export/agenda-sheet';
import type { AgendaLogEntry } from '../../../shared/domain/agenda-log';
import type { WorkshopData } from '../../../shared/domain/workshop-data';

const MIN = 60_000;
const T0 = new Date(2026, 1, 3, 9, 0, 0).getTime(); // local 09:00, as the coach's laptop shows it

describe('Aikataulu toteutui (pure)', () => {
  const data = {
    title: 'T',
    round: { name: '', startDate: '', endDate: '', notes: '' },
    teams: [],
    members: [],
    boards: [],
    days: [
      {
        id: 'd1',
        ordinal: 0,
        title: 'Päivä 1',
        date: '2026-02-03',
        venue: '',
        agenda: [
          { id: 'a', start: '09:00', durationMin: 20, title: 'Avaus' },
          { id: 'b', start: '09:20', durationMin: 40, title: 'Ryhmätyö' },
          { id: 'c', start: '10:00', durationMin: 15, title: 'Tauko' },
        ],
      },
      {
        id: 'd2',
        ordinal: 1,
        title: 'Päivä 2',
        date: '2026-02-04',
        venue: '',
        agenda: [{ id: 'x', start: '09:00', durationMin: 30, title: 'Avaus' }],
      },
    ],
  } satisfies WorkshopData;
  const entry = (
    p: Partial<AgendaLogEntry> & Pick<AgendaLogEntry, 'id' | 'itemId' | 'startedAt' | 'endedAt'>,
  ): AgendaLogEntry => ({
    dayId: 'd1',
    ordinal: 0,
    title: 'Avaus',
    plannedMin: 20,
    pausedMs: 0,
    extendedMin: 0,
    skipped: false,
    note: '',
    ...p,
  });

  it('lists the run days item by item, planned next to actual, with the overrun; unrun items stay empty', () => {
    const log = [
      // An earlier, abandoned start of the first item: the latest run counts.
      entry({
        id: 'l0',
        itemId: 'a',
        startedAt: new Date(T0 - 60 * MIN).toISOString(),
        endedAt: new Date(T0 - 59 * MIN).toISOString(),
      }),
      entry({
        id: 'l1',
        itemId: 'a',
        startedAt: new Date(T0).toISOString(),
        endedAt: new Date(T0 + 28 * MIN).toISOString(),
        pausedMs: 3 * MIN,
        extendedMin: 5,
      }),
      entry({
        id: 'l2',
        itemId: 'b',
        ordinal: 1,
        title: 'Ryhmätyö',
        plannedMin: 40,
        startedAt: new Date(T0 + 28 * MIN).toISOString(),
        endedAt: new Date(T0 + 30 * MIN).toISOString(),
        skipped: true,
      }),
      entry({
        id: 'l3',
        itemId: 'gone',
        ordinal: 2,
        title: 'Poistettu kohta',
        plannedMin: 10,
        startedAt: new Date(T0 + 30 * MIN).toISOString(),
        endedAt: new Date(T0 + 42 * MIN).toISOString(),
      }),
    ];
    const [sheet, ...more] = agendaSheets(data, log);
    expect(more).toEqual([]);
    expect(sheet?.name).toBe(AGENDA_SHEET_NAME);
    expect(sheet?.rows).toEqual([
      {
        day: 'Päivä 1',
        date: '2026-02-03',
        position: 1,
        item: 'Avaus',
        plannedStart: '09:00',
        plannedMin: 20,
        started: '09:00',
        ended: '09:28',
        actualMin: 25,
        overrunMin: 5,
        extendedMin: 5,
        pausedMin: 3,
        skipped: false,
      },
      {
        day: 'Päivä 1',
        date: '2026-02-03',
        position: 2,
        item: 'Ryhmätyö',
        plannedMin: 40,
        plannedStart: '09:20',
        started: '09:28',
        ended: '09:30',
        actualMin: 2,
        overrunMin: null,
        extendedMin: 0,
        pausedMin: 0,
        skipped: true,
      },
      {
        day: 'Päivä 1',
        date: '2026-02-03',
        position: 3,
        item: 'Tauko',
        plannedStart: '10:00',
        plannedMin: 15,
        started: '',
        ended: '',
        actualMin: null,
        overrunMin: null,
        extendedMin: null,
        pausedMin: null,
        skipped: null,
      },
      {
        day: 'Päivä 1',
        date: '2026-02-03',
        position: null,
        item: 'Poistettu kohta',
        plannedStart: '',
        plannedMin: 10,
        started: '09:30',
        ended: '09:42',
        actualMin: 12,
        overrunMin: 2,
        extendedMin: 0,
        pausedMin: 0,
        skipped: false,
      },
    ]);
    expect(agendaSheets(data, [])).toEqual([]);
    expect(agendaSheets(data, log, { lang: 'sv' })[0]?.columns.map((c) => c.header)).toContain('Verklig längd (min)');
  });
});

describe("Aikataulu toteutui (the app's Excel export)", () => {
  let t: TestBackend;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T0);
    t = startTestBackend();
  });
  afterEach(() => {
    t.dispose();
    vi.useRealTimers();
  });

  it('the round workbook carries the actual times of a run agenda, also after a restart; a team workbook does not', async () => {
    const { id: workshopId } = await t.client.call('library.create', { title: 'Työpaja' });
    const { id: dayId } = await t.client.call('days.create', {
      workshopId,
      day: { title: 'Päivä 1', date: '2026-02-03' },
    });
    await t.client.call('days.setAgenda', {
      workshopId,
      id: dayId,
      agenda: [
        { id: 'i1', start: '09:00', durationMin: 20, title: 'Avaus' },
        { id: 'i2', start: '09:20', durationMin: 40, title: 'Ryhmätyö' },
      ],
    });
    const { id: teamId } = await t.client.call('teams.create', { workshopId, team: { name: 'Tiimi A' } });
    await t.client.call('agenda.start', { workshopId, dayId });
    vi.setSystemTime(T0 + 23 * MIN);
    await t.client.call('agenda.next', {});
    vi.setSystemTime(T0 + 60 * MIN);
    await t.client.call('agenda.next', {});
    t = t.restart();

    const out = await t.client.call('excel.exportWorkbook', {
      workshopId,
      teamId: null,
      lang: 'fi',
      maskPersonalData: false,
      jobId: 'j1',
    });
    const saved = await t.client.call('files.save', { token: out.token });
    if (saved.kind !== 'saved') throw new Error('expected a saved file');
    const wb = await readWorkbook(saved.path);
    const ws = wb.getWorksheet(AGENDA_SHEET_NAME);
    expect(ws).toBeDefined();
    const values = (r: number) => (ws!.getRow(r).values as unknown[]).slice(1);
    expect(values(1)).toEqual([
      'Päivä',
      'Päivämäärä',
      'Järjestys',
      'Ohjelmakohta',
      'Suunniteltu alku',
      'Suunniteltu kesto (min)',
      'Alkoi',
      'Päättyi',
      'Toteutunut kesto (min)',
      'Ero (min)',
      'Jatkettu (min)',
      'Tauot (min)',
      'Ohitettu',
    ]);
    expect(values(2).slice(2)).toEqual([1, 'Avaus', '09:00', 20, '09:00', '09:23', 23, 3, 0, 0, false]);
    expect(values(3).slice(2)).toEqual([2, 'Ryhmätyö', '09:20', 40, '09:23', '10:00', 37, -3, 0, 0, false]);

    const team = await t.client.call('excel.exportWorkbook', {
      workshopId,
      teamId,
      lang: 'fi',
      maskPersonalData: false,
      jobId: 'j2',
    });
    const teamSaved = await t.client.call('files.save', { token: team.token });
    if (teamSaved.kind !== 'saved') throw new Error('expected a saved file');
    expect((await readWorkbook(teamSaved.path)).getWorksheet(AGENDA_SHEET_NAME)).toBeUndefined();
  });
});
