import { z } from 'zod';
import { Id } from '../domain/ids';
import { AgendaItem, Board, BoardMeta, IsoDate, Member, Round, Team, WorkshopDay } from '../domain/entities';
import { LANGUAGES } from '../domain/vocab';
import { LIMITS } from '../domain/limits';
import { m } from './method';
import { measuresMethods } from './methods/measures';
import { presentationMethods } from './methods/presentation';
import { excelMethods } from './methods/excel';
import { agendaMethods } from './methods/agenda';
import { storyboardMethods } from './methods/storyboard';
import { galleryMethods } from './methods/gallery';
import { feedbackMethods } from './methods/feedback';
import { PresentationState } from '../presentation/model';

const W = { workshopId: Id };

export const Settings = z.object({
  language: z.enum(LANGUAGES),
  /** UI scale for projectors, 0.8 to 2. */
  fontScale: z.number().min(0.8).max(2),
  theme: z.enum(['light', 'high-contrast']),
  /** True once the first-start offer of the demo workshop has been answered. */
  demoOffered: z.boolean(),
});
export type Settings = z.infer<typeof Settings>;

export const WorkshopSummary = z.object({
  id: Id,
  title: z.string(),
  roundName: z.string(),
  teamCount: z.number().int(),
  boardCount: z.number().int(),
  updatedAt: z.string(),
  lastOpenedAt: z.string(),
  /** Set when the library file cannot be read; the file is left as it is. */
  errorKey: z.string().optional(),
});
export type WorkshopSummary = z.infer<typeof WorkshopSummary>;

export const HistoryState = z.object({
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  /** i18n key of the edit that undo / redo would reverse or repeat. */
  undoLabel: z.string().nullable(),
  redoLabel: z.string().nullable(),
});
export type HistoryState = z.infer<typeof HistoryState>;

/** Everything the workshop screens show except board documents, which load per board. */
export const WorkshopState = z.object({
  id: Id,
  title: z.string(),
  revision: z.number().int(),
  updatedAt: z.string(),
  round: Round,
  days: z.array(WorkshopDay),
  teams: z.array(Team),
  members: z.array(Member),
  boards: z.array(BoardMeta),
  history: HistoryState,
});
export type WorkshopState = z.infer<typeof WorkshopState>;

/** A file the backend wrote for the user; the shell saves it (Electron: save dialog) or offers it (browser: download). */
export const ExportedFile = z.object({
  token: z.string(),
  fileName: z.string(),
  bytes: z.number().int(),
});
export type ExportedFile = z.infer<typeof ExportedFile>;

/** Where the shell put an exported file. */
export const SaveOutcome = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('saved'), path: z.string() }),
  z.object({ kind: z.literal('download'), url: z.string() }),
  z.object({ kind: z.literal('cancelled') }),
]);
export type SaveOutcome = z.infer<typeof SaveOutcome>;

/** A file the user picked, as bytes (works the same from an <input type=file> in Electron and in the browser). */
export const UploadedFile = z.object({
  fileName: z.string().max(255),
  dataBase64: z.string().max(Math.ceil((LIMITS.importBytes * 4) / 3) + 4),
});

const teamFields = Team.omit({ id: true, ordinal: true });
const memberFields = Member.omit({ id: true, teamId: true, ordinal: true });
const dayFields = WorkshopDay.omit({ id: true, ordinal: true });


/**
 * Every API method, declared once. Handlers, the typed client and the IPC/HTTP transports are derived from this
 * table; a method missing a handler fails to compile. A new area adds `shared/api/methods/<area>.ts` (using `m`)
 * and one spread line below, plus a handler group in electron/backend/api/registry.ts.
 */
export const contract = {
  'app.info': m(z.object({}), z.object({ version: z.string(), schemaVersion: z.number().int(), dataDir: z.string(), shell: z.enum(['electron', 'web', 'test']) })),
  'settings.get': m(z.object({}), Settings),
  'settings.set': m(Settings.partial(), Settings),

  'library.list': m(z.object({}), z.array(WorkshopSummary)),
  'library.create': m(z.object({ title: z.string().trim().min(1).max(LIMITS.name) }), WorkshopSummary),
  'library.createDemo': m(z.object({}), WorkshopSummary),
  /** Moves the file to the library's trash folder (never deletes it). */
  'library.remove': m(z.object(W), z.object({})),
  /** Imports a `.lapimurto` workshop file or a JSON workshop package as a new workshop in the library. */
  'library.importFile': m(UploadedFile, WorkshopSummary),

  'workshop.get': m(z.object(W), WorkshopState),
  'workshop.rename': m(z.object({ ...W, title: z.string().trim().min(1).max(LIMITS.name) }), WorkshopState),
  'workshop.exportFile': m(z.object(W), ExportedFile),
  'workshop.exportPackage': m(z.object(W), ExportedFile),
  /** Merges the teams (with members and boards) of a package or workshop file into this workshop, as new copies. */
  'workshop.mergeFile': m(z.object({ ...W, file: UploadedFile }), z.object({ teamsAdded: z.number().int() })),
  'files.save': m(z.object({ token: z.string().min(1).max(100) }), SaveOutcome),

  'round.update': m(z.object({ ...W, patch: Round.partial() }), WorkshopState),

  'days.create': m(z.object({ ...W, day: dayFields.partial() }), z.object({ id: Id })),
  'days.update': m(z.object({ ...W, id: Id, patch: dayFields.partial() }), z.object({})),
  'days.delete': m(z.object({ ...W, id: Id }), z.object({})),
  'days.setAgenda': m(z.object({ ...W, id: Id, agenda: z.array(AgendaItem).max(LIMITS.agendaItems) }), z.object({})),

  'teams.create': m(z.object({ ...W, team: teamFields.partial().extend({ name: Team.shape.name }) }), z.object({ id: Id })),
  'teams.update': m(z.object({ ...W, id: Id, patch: teamFields.partial() }), z.object({})),
  'teams.delete': m(z.object({ ...W, id: Id }), z.object({})),

  'members.create': m(z.object({ ...W, teamId: Id, member: memberFields.partial().extend({ name: Member.shape.name, role: Member.shape.role }) }), z.object({ id: Id })),
  'members.update': m(z.object({ ...W, id: Id, patch: memberFields.partial() }), z.object({})),
  'members.delete': m(z.object({ ...W, id: Id }), z.object({})),

  /** `init` commands run on the new board in the same undoable step (e.g. a fishbone seeded from a problem marker). */
  'boards.create': m(
    z.object({
      ...W,
      teamId: Id,
      kind: z.string().min(1).max(40),
      name: z.string().trim().min(1).max(LIMITS.name),
      init: z.array(z.object({ type: z.string() }).passthrough()).max(2000).optional(),
    }),
    z.object({ id: Id }),
  ),
  'boards.get': m(z.object({ ...W, id: Id }), Board),
  'boards.rename': m(z.object({ ...W, id: Id, name: z.string().trim().min(1).max(LIMITS.name) }), z.object({})),
  'boards.duplicate': m(z.object({ ...W, id: Id, name: z.string().trim().min(1).max(LIMITS.name) }), z.object({ id: Id })),
  'boards.delete': m(z.object({ ...W, id: Id }), z.object({})),
  /** One board edit; the command is validated against the board kind's schema. */
  'boards.apply': m(z.object({ ...W, id: Id, command: z.object({ type: z.string() }).passthrough() }), z.object({ revision: z.number().int(), doc: z.unknown() })),

  'history.undo': m(z.object(W), HistoryState),
  'history.redo': m(z.object(W), HistoryState),
  // Areas beyond the foundation declare their methods in shared/api/methods/<area>.ts and are spread in here.
  ...measuresMethods,
  ...presentationMethods,
  ...excelMethods,
  ...agendaMethods,
  ...storyboardMethods,
  ...galleryMethods,
  ...feedbackMethods,
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Input<K extends Method> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends Method> = z.output<Contract[K]['input']>;
export type Output<K extends Method> = z.output<Contract[K]['output']>;

export const METHODS = Object.keys(contract) as Method[];

/**
 * Whether each method writes the workshop's file: an edit (undoable), an imported team, a gallery note, an anonymous
 * feedback answer, an agenda item's actual times. The header shows "saving" while such a call is in flight. Keyed by
 * every method, so a new method does not compile until it says which it is.
 */
export const CHANGES_WORKSHOP = {
  'app.info': false,
  'settings.get': false,
  'settings.set': false,
  'library.list': false,
  'library.create': false,
  'library.createDemo': false,
  'library.remove': false,
  'library.importFile': false,
  'workshop.get': false,
  'workshop.rename': true,
  'workshop.exportFile': false,
  'workshop.exportPackage': false,
  'workshop.mergeFile': true,
  'files.save': false,
  'round.update': true,
  'days.create': true,
  'days.update': true,
  'days.delete': true,
  'days.setAgenda': true,
  'teams.create': true,
  'teams.update': true,
  'teams.delete': true,
  'members.create': true,
  'members.update': true,
  'members.delete': true,
  'boards.create': true,
  'boards.get': false,
  'boards.rename': true,
  'boards.duplicate': true,
  'boards.delete': true,
  'boards.apply': true,
  'history.undo': true,
  'history.redo': true,
  'measures.parseImport': false,
  'presentation.get': false,
  'presentation.setCurrent': false,
  'presentation.setMode': false,
  'presentation.show': false,
  'presentation.openAudience': false,
  'excel.checkPersonalData': false,
  'excel.exportWorkbook': false,
  'excel.sheets': false,
  'excel.exportCsv': false,
  'agenda.start': true,
  'agenda.pause': false,
  'agenda.resume': true,
  'agenda.next': true,
  'agenda.skip': true,
  'agenda.extend': true,
  'agenda.stop': true,
  'agenda.log': false,
  'timer.start': false,
  'timer.pause': false,
  'timer.resume': false,
  'timer.add': false,
  'timer.stop': false,
  'storyboard.exportPdf': false,
  'gallery.start': false,
  'gallery.control': false,
  'gallery.stop': false,
  'gallery.notes': false,
  'gallery.addNote': true,
  'gallery.deleteNote': true,
  'feedback.submit': true,
  'feedback.summary': false,
  'feedback.counts': false,
} as const satisfies Record<Method, boolean>;

export function changesWorkshop(method: Method): boolean {
  return CHANGES_WORKSHOP[method];
}

export function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** Change notifications pushed to every window (IPC event, SSE in the browser host). */
export const StudioEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('workshop.changed'), workshopId: Id, revision: z.number().int(), boardId: Id.optional() }),
  z.object({ type: z.literal('library.changed') }),
  z.object({ type: z.literal('settings.changed') }),
  /** What the projector shows changed (audience view, timers, agenda, gallery walk). */
  z.object({ type: z.literal('presentation.changed'), state: PresentationState }),
  /** A long export's progress (rows and pictures written of all); `jobId` is the one the export call was given. */
  z.object({ type: z.literal('export.progress'), jobId: z.string(), done: z.number().int(), total: z.number().int() }),
  /** A native menu item (Electron only); the renderer runs the command of that name. */
  z.object({ type: z.literal('menu'), command: z.string() }),
]);
export type StudioEvent = z.infer<typeof StudioEvent>;

export { IsoDate };
