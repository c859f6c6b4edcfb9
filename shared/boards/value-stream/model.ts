import { z } from 'zod';
import { Id } from '../../domain/ids';
import { LIMITS } from '../../domain/limits';
import { ItemRef } from '../links';
import { batchCommand } from '../batch';
import { TIME_UNITS } from '../../analysis/value-stream/units';

/**
 * Numbers as typed. Negative and absurd values are kept (nothing the team typed is lost) and flagged by the
 * analysis; the bound only keeps a bad package from carrying infinities.
 */
const Num = z.number().finite().min(-1e12).max(1e12);

/** A time as entered: typical value, optional shortest/longest, unit (null = not chosen yet). */
export const Duration = z.object({
  value: Num.nullable(),
  min: Num.nullable(),
  max: Num.nullable(),
  unit: z.enum(TIME_UNITS).nullable(),
});
export type Duration = z.infer<typeof Duration>;

/** The named waits of a service: queue, referral processing, waiting for the client, waiting for a decision. */
export const WAIT_KINDS = ['queue', 'referral', 'client', 'decision', 'other'] as const;
export type WaitKind = (typeof WAIT_KINDS)[number];

export const VsStep = z.object({
  id: Id,
  name: z.string().max(LIMITS.name),
  /** Who does it (a profession or role). */
  performer: z.string().max(LIMITS.name),
  /** The organisation; a change between linked steps is a handoff. */
  organisation: z.string().max(LIMITS.name),
  note: z.string().max(LIMITS.noteText),
  waitKind: z.enum(WAIT_KINDS),
  /** The wait before the step. */
  wait: Duration,
  process: Duration,
  /** %C&A: share of cases complete and accurate as received, 0–100 (out-of-range values are flagged). */
  complete: Num.nullable(),
  /** Steps this one waits for; null = the previous step (a simple line). */
  after: z.array(Id).max(20).nullable(),
  /** The process-map step this came from, when derived from a map. */
  source: ItemRef.nullable(),
});
export type VsStep = z.infer<typeof VsStep>;

export const VsSettings = z.object({
  hoursPerWorkday: z.number().min(1).max(24),
  workdaysPerWeek: z.number().int().min(1).max(7),
  /** Ladder drawing: every step the same width, or widths proportional to time. */
  scale: z.enum(['compressed', 'linear']),
});
export type VsSettings = z.infer<typeof VsSettings>;

export const ValueStreamDoc = z.object({
  state: z.enum(['current', 'future']),
  settings: VsSettings,
  /** Another value-stream board of the team shown alongside, with the deltas. */
  compareWith: Id.nullable(),
  /** The process map this stream was derived from. */
  source: ItemRef.nullable(),
  steps: z.array(VsStep).max(200),
});
export type ValueStreamDoc = z.infer<typeof ValueStreamDoc>;

const stepPatch = VsStep.omit({ id: true }).partial();
export type VsStepPatch = z.infer<typeof stepPatch>;

const SINGLE_COMMANDS = [
  /** Inserts at `index` (default: the end). */
  z.object({ type: z.literal('addStep'), step: VsStep, index: z.number().int().min(0).max(200).optional() }),
  z.object({ type: z.literal('updateStep'), id: Id, patch: stepPatch }),
  /** A drag (or Alt+arrow) ends in one command: the step's new place in the stream. */
  z.object({ type: z.literal('moveStep'), id: Id, index: z.number().int().min(0).max(200) }),
  z.object({ type: z.literal('deleteStep'), id: Id }),
  z.object({ type: z.literal('setSettings'), patch: VsSettings.partial() }),
  z.object({ type: z.literal('setState'), state: ValueStreamDoc.shape.state }),
  z.object({ type: z.literal('setComparison'), boardId: Id.nullable() }),
  z.object({ type: z.literal('setSource'), source: ItemRef.nullable() }),
  /** Steps derived from a process map appended in one undoable step, with the map as the stream's source. */
  z.object({ type: z.literal('importSteps'), source: ItemRef.nullable(), steps: z.array(VsStep).max(200) }),
  /** Pasted lines as new steps at `index`, in one undoable step. */
  z.object({
    type: z.literal('pasteSteps'),
    steps: z.array(VsStep).min(1).max(200),
    index: z.number().int().min(0).max(200),
  }),
] as const;

/** One edit that is not a batch. */
export const SingleValueStreamCommand = z.discriminatedUnion('type', SINGLE_COMMANDS);
export type SingleValueStreamCommand = z.infer<typeof SingleValueStreamCommand>;

export const ValueStreamCommand = z.discriminatedUnion('type', [
  ...SINGLE_COMMANDS,
  /** Several edits as one undo step (a multi-selection moved or deleted). */
  batchCommand(SingleValueStreamCommand, 1000),
]);
export type ValueStreamCommand = z.infer<typeof ValueStreamCommand>;

export const EMPTY_DURATION: Duration = { value: null, min: null, max: null, unit: null };

/** A new step with nothing measured yet. */
export function blankStep(id: string, name = ''): VsStep {
  return {
    id,
    name,
    performer: '',
    organisation: '',
    note: '',
    waitKind: 'queue',
    wait: { ...EMPTY_DURATION, unit: 'day' },
    process: { ...EMPTY_DURATION, unit: 'min' },
    complete: null,
    after: null,
    source: null,
  };
}
