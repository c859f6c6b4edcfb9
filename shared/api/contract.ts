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
import { innokylaMethods } from './methods/innokyla';
import { PresentationState } from '../presentation/model';

const W = { workshopId: Id };
/**
 * Names one field edit in progress (a field and a focus session): saves as-you-type with the same key merge into
 * one undo step while nothing else was recorded in between.
 */
const C = { coalesce: z.string().min(1).max(200).optional() };

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
  /** Import only: how many schema objects of the imported file were not the app's and were left out. */
  removedObjects: z.number().int().optional(),
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

/**
 * Where an undone or redone edit shows, so the app can take the coach there and name it: a board (its content, or
 * the board itself: created, renamed, deleted), a team (its basics or members), a team's gallery notes, or the round
 * (its basics and days). `exists` is false when the step removed it (undoing its creation).
 */
export const HistoryPlace = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('board'),
    boardId: Id,
    teamId: Id,
    boardKind: z.string(),
    boardName: z.string(),
    content: z.boolean(),
    exists: z.boolean(),
  }),
  z.object({ kind: z.literal('team'), teamId: Id, teamName: z.string(), exists: z.boolean() }),
  z.object({ kind: z.literal('gallery'), teamId: Id, teamName: z.string() }),
  z.object({ kind: z.literal('round'), name: z.string() }),
]);
export type HistoryPlace = z.infer<typeof HistoryPlace>;

/** What one undo or redo did: the edit's i18n label and where it shows. */
export const HistoryStep = z.object({ label: z.string(), place: HistoryPlace.nullable() });
export type HistoryStep = z.infer<typeof HistoryStep>;

/** The history after an undo or redo, with the step it took. */
export const HistoryStepResult = HistoryState.extend({ step: HistoryStep });
export type HistoryStepResult = z.infer<typeof HistoryStepResult>;

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
  'app.info': m(
    z.object({}),
    z.object({
      version: z.string(),
      schemaVersion: z.number().int(),
      dataDir: z.string(),
      shell: z.enum(['electron', 'web', 'test']),
    }),
  ),
  /** A window's answer to a `flush.request`: its typed text has been saved (the shell waits for it before closing). */
  'app.flushed': m(z.object({ requestId: z.string().min(1).max(100) }), z.object({})),
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
  /**
   * Exports pass the personal-data gate: refused with `files.errors.personalData` (params `count`) while the
   * workshop or its undo history holds a henkilötunnus, phone number or e-mail address, unless `maskPersonalData`;
   * a masked workshop file is written from the masked data, without the undo history.
   */
  'workshop.exportFile': m(z.object({ ...W, maskPersonalData: z.boolean().optional() }), ExportedFile),
  'workshop.exportPackage': m(z.object({ ...W, maskPersonalData: z.boolean().optional() }), ExportedFile),
  /** Merges the teams (with members and boards) of a package or workshop file into this workshop, as new copies. */
  'workshop.mergeFile': m(
    z.object({ ...W, file: UploadedFile }),
    z.object({ teamsAdded: z.number().int(), removedObjects: z.number().int().optional() }),
  ),
  'files.save': m(z.object({ token: z.string().min(1).max(100) }), SaveOutcome),

  'round.update': m(z.object({ ...W, ...C, patch: Round.partial() }), WorkshopState),

  'days.create': m(z.object({ ...W, day: dayFields.partial() }), z.object({ id: Id })),
  'days.update': m(z.object({ ...W, ...C, id: Id, patch: dayFields.partial() }), z.object({})),
  'days.delete': m(z.object({ ...W, id: Id }), z.object({})),
  'days.setAgenda': m(
    z.object({ ...W, ...C, id: Id, agenda: z.array(AgendaItem).max(LIMITS.agendaItems) }),
    z.object({}),
  ),

  'teams.create': m(
    z.object({ ...W, team: teamFields.partial().extend({ name: Team.shape.name }) }),
    z.object({ id: Id }),
  ),
  'teams.update': m(z.object({ ...W, ...C, id: Id, patch: teamFields.partial() }), z.object({})),
  'teams.delete': m(z.object({ ...W, id: Id }), z.object({})),

  'members.create': m(
    z.object({
      ...W,
      teamId: Id,
      member: memberFields.partial().extend({ name: Member.shape.name, role: Member.shape.role }),
    }),
    z.object({ id: Id }),
  ),
  'members.update': m(z.object({ ...W, ...C, id: Id, patch: memberFields.partial() }), z.object({})),
  'members.delete': m(z.object({ ...W, id: Id }), z.object({})),

  /** `init` commands run on the new board in the same undoable step (e.g. a fishbone seeded from a problem marker). */
  'boards.create': m(
    z.object({
      ...W,
      teamId: Id,
      kind: z.string().min(1).max(40),
      name: z.string().trim().min(1).max(LIMITS.name),
      init: z
        .array(z.object({ type: z.string() }).passthrough())
        .max(2000)
        .optional(),
    }),
    z.object({ id: Id }),
  ),
  'boards.get': m(z.object({ ...W, id: Id }), Board),
  'boards.rename': m(z.object({ ...W, id: Id, name: z.string().trim().min(1).max(LIMITS.name) }), z.object({})),
  'boards.duplicate': m(
    z.object({ ...W, id: Id, name: z.string().trim().min(1).max(LIMITS.name) }),
    z.object({ id: Id }),
  ),
  'boards.delete': m(z.object({ ...W, id: Id }), z.object({})),
  /** The boards of a workshop file or package, read through the rebuilding import (nothing of the file runs). */
  'boards.listInFile': m(
    z.object({ file: UploadedFile }),
    z.object({
      boards: z.array(z.object({ id: Id, teamName: z.string(), name: z.string(), kind: z.string() })),
      removedObjects: z.number().int().optional(),
    }),
  ),
  /** Copies one board of a workshop file or package into a team of this workshop, as a new board. */
  'boards.copyFromFile': m(
    z.object({ ...W, teamId: Id, file: UploadedFile, boardId: Id }),
    z.object({ id: Id, name: z.string() }),
  ),
  /** One board edit; the command is validated against the board kind's schema. */
  'boards.apply': m(
    z.object({ ...W, ...C, id: Id, command: z.object({ type: z.string() }).passthrough() }),
    z.object({ revision: z.number().int(), doc: z.unknown(), history: HistoryState, updatedAt: z.string() }),
  ),

  'history.undo': m(z.object(W), HistoryStepResult),
  'history.redo': m(z.object(W), HistoryStepResult),
  // Areas beyond the foundation declare their methods in shared/api/methods/<area>.ts and are spread in here.
  ...measuresMethods,
  ...presentationMethods,
  ...excelMethods,
  ...agendaMethods,
  ...storyboardMethods,
  ...galleryMethods,
  ...feedbackMethods,
  ...innokylaMethods,
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Input<K extends Method> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends Method> = z.output<Contract[K]['input']>;
export type Output<K extends Method> = z.output<Contract[K]['output']>;

export const METHODS = Object.keys(contract) as Method[];

// The "writes the workshop" table lives in a zod-free module so the renderer's start need not load the contract.
export { CHANGES_WORKSHOP, changesWorkshop } from './changes-workshop';

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
  /** The shell is about to close a window or quit: save every pending edit now, then call `app.flushed`. */
  z.object({ type: z.literal('flush.request'), requestId: z.string() }),
  /** A window answered a flush request (the shell listens; windows ignore it). */
  z.object({ type: z.literal('flush.done'), requestId: z.string() }),
]);
export type StudioEvent = z.infer<typeof StudioEvent>;

export { IsoDate };
