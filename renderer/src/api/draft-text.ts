/**
 * One text field's typed text until the backend has it: saves `delayMs` after the last keystroke, and while the keys
 * keep coming once per `maxWaitMs` (so a crash loses at most that much typing and the disk sees at most one write
 * per second per field); at once on `flush()` (blur, Enter, leaving the page); keeps the text when a save fails.
 * Plain TypeScript (no React, no DOM), so the same logic runs in the property tests.
 */
export interface DraftTextOptions {
  /** Saves `text` as part of field edit `key`; resolves when the backend acknowledged it, rejects when refused. */
  save: (text: string, key: string) => Promise<void>;
  /** Told whenever the draft turns unsaved (typed, or saving) or saved again, and when a save fails. */
  onState?: (state: { unsaved: boolean; error: unknown }) => void;
  /** Told when the text shown changes from outside (another window, undo). */
  onText?: (text: string) => void;
  /**
   * The shown text already says `value` (a number field's "1,50" or "1," for a saved 1.5 or 1): it is kept as
   * typed instead of being replaced by the backend's spelling of the same value.
   */
  same?: (text: string, value: string) => boolean;
  delayMs?: number;
  /** The longest typing goes unsaved, and the shortest gap between two saves started by the timer. */
  maxWaitMs?: number;
  now?: () => number;
  newKey?: () => string;
  /** The key of the first edit, when it continues one already begun (a new item whose creation is its first step). */
  firstKey?: string;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

let keySeq = 0;
/** A fresh field-edit key (the backend merges the saves of one key into one undo step). */
export const newEditKey = (): string => `edit-${Date.now().toString(36)}-${(keySeq++).toString(36)}`;

export class DraftText {
  /** What the field shows. */
  text: string;
  private dirty = false;
  private saving: Promise<void> | null = null;
  private timer: unknown = null;
  private key: string;
  private error: unknown = null;
  /** When the text first differed from what was saved, and when the last save started. */
  private dirtySince = 0;
  private lastSaveAt = Number.NEGATIVE_INFINITY;
  private readonly o: Required<Omit<DraftTextOptions, 'onState' | 'onText' | 'firstKey' | 'same'>> &
    Pick<DraftTextOptions, 'onState' | 'onText' | 'same'>;

  constructor(initial: string, options: DraftTextOptions) {
    this.text = initial;
    this.o = {
      delayMs: 800,
      maxWaitMs: 1000,
      now: () => Date.now(),
      newKey: newEditKey,
      setTimer: (fn, ms) => setTimeout(fn, ms),
      clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
      ...options,
    };
    this.key = options.firstKey ?? this.o.newKey();
  }

  /** Typed but not yet acknowledged by the backend. */
  get unsaved(): boolean {
    return this.dirty || this.saving !== null;
  }

  get failed(): unknown {
    return this.error;
  }

  /** A keystroke (or paste): shows it and schedules a save. */
  input(text: string): void {
    const now = this.o.now();
    if (!this.dirty) this.dirtySince = now;
    this.text = text;
    this.dirty = true;
    this.report();
    if (this.timer !== null) this.o.clearTimer(this.timer);
    const { delayMs, maxWaitMs } = this.o;
    const due = Math.max(Math.min(now + delayMs, this.dirtySince + maxWaitMs), this.lastSaveAt + maxWaitMs);
    this.timer = this.o.setTimer(
      () => {
        this.timer = null;
        void this.flush();
      },
      Math.max(0, due - now),
    );
  }

  /**
   * The value the backend has now (props after a refresh). Shown at once unless the coach has typed something not
   * yet saved here: then the local text wins on its save (last writer wins), and no stale value is ever written back.
   */
  outside(value: string): void {
    if (this.unsaved || value === this.text || this.o.same?.(this.text, value)) return;
    this.text = value;
    this.o.onText?.(value);
  }

  /** Saves now if anything is typed; resolves true when everything typed is acknowledged. */
  async flush(): Promise<boolean> {
    if (this.timer !== null) {
      this.o.clearTimer(this.timer);
      this.timer = null;
    }
    while (this.saving) await this.saving.catch(() => undefined);
    if (!this.dirty) return this.error === null;
    const text = this.text;
    this.dirty = false;
    this.lastSaveAt = this.o.now();
    const run = this.o.save(text, this.key);
    this.saving = run;
    this.report();
    try {
      await run;
      this.error = null;
    } catch (e) {
      this.error = e;
      // Still the text to keep: the next keystroke, blur or flush tries again.
      if (!this.dirty && this.text === text) this.dirty = true;
    } finally {
      this.saving = null;
      this.report();
    }
    return this.error === null && !this.dirty;
  }

  /** The end of one field edit (blur, Enter, undo): saves, then the next keystrokes start a new undo step. */
  async endEdit(): Promise<boolean> {
    const ok = await this.flush();
    this.key = this.o.newKey();
    return ok;
  }

  /** Drops unsaved text and shows `value` (Escape, or a save that can never succeed). */
  reset(value: string): void {
    if (this.timer !== null) this.o.clearTimer(this.timer);
    this.timer = null;
    this.dirty = false;
    this.error = null;
    this.text = value;
    this.report();
    this.o.onText?.(value);
  }

  private report(): void {
    this.o.onState?.({ unsaved: this.unsaved, error: this.error });
  }
}
