import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../electron/backend';
import { createClient, type Client } from '../../../shared/api/client';
import { CHANGES_WORKSHOP, METHODS, type Method } from '../../../shared/api/contract';
import { inProcessTransport, makeTempDir } from '../../helpers/backend';

/**
 * The contract's CHANGES_WORKSHOP flag, checked against what each method really does: every method runs once, in
 * order, against a workshop on a real SQLite file, while a second connection reads every table of that file before
 * and after the call. A method flagged true must change what the file holds; one flagged false must leave it alone.
 */
const PDF = new TextEncoder().encode('%PDF-1.7\n% storyboard\n');
const NO_ANSWERS = { arrangements: null, learning: null, collaboration: null, overall: null };

let dir: string;
let backend: Backend;
let client: Client;
let watcher: Database.Database;
const ids: Record<string, string> = {};
const wrote = new Map<Method, boolean>();

// One step per method (the type makes every method have one), run in this order; `prepare` sets up what a call
// needs without being counted.
type Step = { prepare?: () => Promise<void>; run: () => Promise<unknown> };
const w = () => ({ workshopId: ids.workshop! });
const STEPS: Record<Method, Step> = {
  'app.info': { run: () => client.call('app.info', {}) },
  'app.flushed': { run: () => client.call('app.flushed', { requestId: 'r1' }) },
  'settings.get': { run: () => client.call('settings.get', {}) },
  'settings.set': { run: () => client.call('settings.set', { fontScale: 1.2 }) },
  'library.list': { run: () => client.call('library.list', {}) },
  'library.create': { run: async () => (ids.other = (await client.call('library.create', { title: 'Toinen' })).id) },
  'library.createDemo': { run: async () => (ids.demo = (await client.call('library.createDemo', {})).id) },
  'library.remove': { run: () => client.call('library.remove', { workshopId: ids.other! }) },
  'workshop.exportFile': {
    run: async () => {
      const file = await client.call('workshop.exportFile', w());
      const saved = await client.call('files.save', { token: file.token });
      ids.exported = (saved as { path: string }).path;
    },
  },
  'files.save': {
    prepare: async () => void (ids.token = (await client.call('workshop.exportPackage', w())).token),
    run: () => client.call('files.save', { token: ids.token! }),
  },
  'library.importFile': {
    run: () =>
      client.call('library.importFile', {
        fileName: 'kopio.lapimurto',
        dataBase64: readFileSync(ids.exported!).toString('base64'),
      }),
  },
  'workshop.get': { run: () => client.call('workshop.get', w()) },
  'workshop.rename': { run: () => client.call('workshop.rename', { ...w(), title: 'Uusi nimi' }) },
  'workshop.exportPackage': { run: () => client.call('workshop.exportPackage', w()) },
  'workshop.mergeFile': {
    // The demo's teams, which this workshop does not have yet.
    prepare: async () => {
      const file = await client.call('workshop.exportFile', { workshopId: ids.demo! });
      ids.demoFile = ((await client.call('files.save', { token: file.token })) as { path: string }).path;
    },
    run: () =>
      client.call('workshop.mergeFile', {
        ...w(),
        file: { fileName: 'demo.lapimurto', dataBase64: readFileSync(ids.demoFile!).toString('base64') },
      }),
  },
  'round.update': { run: () => client.call('round.update', { ...w(), patch: { name: 'Kierros 2' } }) },
  'days.create': {
    run: async () => (ids.day = (await client.call('days.create', { ...w(), day: { title: 'Päivä 1' } })).id),
  },
  'days.update': { run: () => client.call('days.update', { ...w(), id: ids.day!, patch: { title: 'Päivä yksi' } }) },
  'days.setAgenda': {
    run: () =>
      client.call('days.setAgenda', {
        ...w(),
        id: ids.day!,
        agenda: [
          { id: 'a1', start: '09:00', durationMin: 20, title: 'Avaus' },
          { id: 'a2', start: '09:20', durationMin: 40, title: 'Tiimityö' },
          { id: 'a3', start: '10:00', durationMin: 30, title: 'Purku' },
        ],
      }),
  },
  'teams.create': {
    run: async () => (ids.team = (await client.call('teams.create', { ...w(), team: { name: 'Tiimi A' } })).id),
  },
  'teams.update': { run: () => client.call('teams.update', { ...w(), id: ids.team!, patch: { name: 'Tiimi Alfa' } }) },
  'members.create': {
    run: async () =>
      (ids.member = (
        await client.call('members.create', {
          ...w(),
          teamId: ids.team!,
          member: { name: 'Asiakas', role: 'client-rep' },
        })
      ).id),
  },
  'members.update': {
    run: () => client.call('members.update', { ...w(), id: ids.member!, patch: { name: 'Asiakasedustaja' } }),
  },
  'members.delete': { run: () => client.call('members.delete', { ...w(), id: ids.member! }) },
  'boards.create': {
    run: async () =>
      (ids.board = (
        await client.call('boards.create', { ...w(), teamId: ids.team!, kind: 'ideas-wall', name: 'Ideat' })
      ).id),
  },
  'boards.get': { run: () => client.call('boards.get', { ...w(), id: ids.board! }) },
  'boards.rename': { run: () => client.call('boards.rename', { ...w(), id: ids.board!, name: 'Ideaseinä' }) },
  'boards.apply': {
    run: () =>
      client.call('boards.apply', {
        ...w(),
        id: ids.board!,
        command: {
          type: 'addNote',
          note: { id: 'n1', text: 'Idea', color: 'yellow', authorRole: '', clusterId: null, x: 0, y: 0 },
        },
      }),
  },
  'boards.duplicate': {
    run: async () => (ids.copy = (await client.call('boards.duplicate', { ...w(), id: ids.board!, name: 'Kopio' })).id),
  },
  'boards.delete': { run: () => client.call('boards.delete', { ...w(), id: ids.copy! }) },
  'boards.listInFile': {
    run: async () => {
      const demo = { fileName: 'demo.lapimurto', dataBase64: readFileSync(ids.demoFile!).toString('base64') };
      ids.fileBoard = (await client.call('boards.listInFile', { file: demo })).boards[0]!.id;
    },
  },
  'boards.copyFromFile': {
    run: () =>
      client.call('boards.copyFromFile', {
        ...w(),
        teamId: ids.team!,
        boardId: ids.fileBoard!,
        file: { fileName: 'demo.lapimurto', dataBase64: readFileSync(ids.demoFile!).toString('base64') },
      }),
  },
  'history.undo': { run: () => client.call('history.undo', w()) },
  'history.redo': { run: () => client.call('history.redo', w()) },
  'measures.parseImport': {
    run: () =>
      client.call('measures.parseImport', {
        fileName: 'mittaus.csv',
        dataBase64: Buffer.from('Päivämäärä;Arvo\n1.1.2026;5\n').toString('base64'),
        frequency: 'week',
        isRate: false,
        existingPeriods: [],
      }),
  },
  'presentation.get': { run: () => client.call('presentation.get', {}) },
  'presentation.setCurrent': {
    run: () => client.call('presentation.setCurrent', { ...w(), content: { kind: 'board', boardId: ids.board! } }),
  },
  'presentation.setMode': { run: () => client.call('presentation.setMode', { mode: 'freeze' }) },
  'presentation.show': { run: () => client.call('presentation.show', { ...w(), content: { kind: 'timer' } }) },
  'presentation.setSectionCount': {
    run: () => client.call('presentation.setSectionCount', { content: { kind: 'timer' }, count: 3 }),
  },
  'presentation.setSection': { run: () => client.call('presentation.setSection', { index: 1 }) },
  'presentation.openAudience': { run: () => client.call('presentation.openAudience', {}) },
  'excel.checkPersonalData': { run: () => client.call('excel.checkPersonalData', { ...w(), teamId: null }) },
  'excel.exportWorkbook': {
    run: () =>
      client.call('excel.exportWorkbook', { ...w(), teamId: null, lang: 'fi', maskPersonalData: true, jobId: 'job1' }),
  },
  'excel.sheets': { run: () => client.call('excel.sheets', { ...w(), teamId: null }) },
  'excel.exportCsv': {
    prepare: async () =>
      void (ids.sheet = (await client.call('excel.sheets', { ...w(), teamId: null })).sheets[0]!.name),
    run: () =>
      client.call('excel.exportCsv', {
        ...w(),
        teamId: null,
        lang: 'fi',
        maskPersonalData: true,
        sheet: ids.sheet!,
        separator: ';',
      }),
  },
  'agenda.start': { run: () => client.call('agenda.start', { ...w(), dayId: ids.day! }) },
  'agenda.pause': { run: () => client.call('agenda.pause', {}) },
  'agenda.resume': { run: () => client.call('agenda.resume', {}) },
  'agenda.extend': { run: () => client.call('agenda.extend', {}) },
  'agenda.next': { run: () => client.call('agenda.next', {}) },
  'agenda.skip': { run: () => client.call('agenda.skip', {}) },
  'agenda.stop': {
    prepare: async () => void (await client.call('agenda.start', { ...w(), dayId: ids.day! })),
    run: () => client.call('agenda.stop', {}),
  },
  'agenda.log': { run: () => client.call('agenda.log', w()) },
  'timer.start': { run: () => client.call('timer.start', { minutes: 5, ...w() }) },
  'timer.pause': { run: () => client.call('timer.pause', {}) },
  'timer.resume': { run: () => client.call('timer.resume', {}) },
  'timer.add': { run: () => client.call('timer.add', { minutes: 2 }) },
  'timer.stop': { run: () => client.call('timer.stop', {}) },
  'storyboard.exportPdf': {
    run: () => client.call('storyboard.exportPdf', { ...w(), teamId: ids.team!, pageSize: 'A4' }),
  },
  'gallery.start': {
    run: () =>
      client.call('gallery.start', { ...w(), stops: [{ teamId: ids.team!, boardIds: [ids.board!], minutes: 3 }] }),
  },
  'gallery.control': { run: () => client.call('gallery.control', { action: 'next' }) },
  'gallery.stop': { run: () => client.call('gallery.stop', {}) },
  'gallery.addNote': {
    run: async () =>
      (ids.note = (
        await client.call('gallery.addNote', { ...w(), teamId: ids.team!, kind: 'steal', text: 'Hyvä idea' })
      ).id),
  },
  'gallery.notes': { run: () => client.call('gallery.notes', w()) },
  'gallery.deleteNote': { run: () => client.call('gallery.deleteNote', { ...w(), id: ids.note! }) },
  'feedback.submit': {
    run: () =>
      client.call('feedback.submit', { ...w(), dayId: ids.day!, answers: { ...NO_ANSWERS, overall: 4, comment: '' } }),
  },
  'feedback.summary': { run: () => client.call('feedback.summary', { ...w(), dayId: ids.day! }) },
  'feedback.counts': { run: () => client.call('feedback.counts', w()) },
  'innokyla.draft': { run: () => client.call('innokyla.draft', { ...w(), teamId: ids.team! }) },
  'innokyla.setText': {
    run: () =>
      client.call('innokyla.setText', { ...w(), teamId: ids.team!, section: 'tips', text: 'Aloittakaa pienestä' }),
  },
  'innokyla.exportDocx': { run: () => client.call('innokyla.exportDocx', { ...w(), teamId: ids.team! }) },
  'teams.delete': {
    prepare: async () =>
      void (ids.spare = (await client.call('teams.create', { ...w(), team: { name: 'Poistettava' } })).id),
    run: () => client.call('teams.delete', { ...w(), id: ids.spare! }),
  },
  'days.delete': {
    prepare: async () =>
      void (ids.spareDay = (await client.call('days.create', { ...w(), day: { title: 'Poistettava' } })).id),
    run: () => client.call('days.delete', { ...w(), id: ids.spareDay! }),
  },
};

beforeAll(async () => {
  dir = makeTempDir();
  backend = createBackend({
    dataDir: dir,
    shell: 'test',
    platform: { saveFile: async ({ tempPath }) => ({ kind: 'saved', path: tempPath }), printToPdf: async () => PDF },
  });
  client = createClient(inProcessTransport(backend));
  ids.workshop = (await client.call('library.create', { title: 'Työpaja' })).id;
  watcher = new Database(join(dir, 'workshops', `${ids.workshop}.sqlite`), { readonly: true, fileMustExist: true });
  // Everything in the file except the library's note of when it was last opened (opening is not an edit).
  const contents = () =>
    (watcher.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[])
      .map((t) => {
        const rows = (watcher.prepare(`SELECT * FROM "${t.name}"`).raw().all() as unknown[][]).filter(
          (r) => !(t.name === 'meta' && r[0] === 'lastOpenedAt'),
        );
        return `${t.name}:${JSON.stringify(rows)}`;
      })
      .join('\n');
  for (const method of Object.keys(STEPS) as Method[]) {
    const step = STEPS[method];
    await step.prepare?.();
    const before = contents();
    await step.run();
    wrote.set(method, contents() !== before);
  }
}, 120_000);

afterAll(() => {
  watcher?.close();
  backend?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('CHANGES_WORKSHOP in the contract', () => {
  it('has a flag for every method and nothing else', () => {
    expect(Object.keys(CHANGES_WORKSHOP).sort()).toEqual([...METHODS].sort());
  });

  it('is true exactly for the methods that write the workshop file', () => {
    const flagged = METHODS.filter((m) => CHANGES_WORKSHOP[m]).sort();
    const writing = METHODS.filter((m) => wrote.get(m)).sort();
    expect(writing).toEqual(flagged);
  });

  it("counts the gallery walk's notes and the day feedback as changes (the old prefix list missed them)", () => {
    for (const m of ['gallery.addNote', 'gallery.deleteNote', 'feedback.submit'] as const) {
      expect(CHANGES_WORKSHOP[m]).toBe(true);
      expect(wrote.get(m)).toBe(true);
    }
  });
});
