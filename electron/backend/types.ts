import type { Result } from '../../shared/api/errors';
import type { SaveOutcome, StudioEvent } from '../../shared/api/contract';

/** What differs between shells: how an exported file reaches the user. */
export interface Platform {
  /**
   * Hands a finished export (a complete file at `tempPath`) to the user. Electron shows a save dialog and copies it
   * with temp+fsync+rename; the browser host returns a download URL; tests return the path.
   */
  saveFile(file: { token: string; tempPath: string; fileName: string }): Promise<SaveOutcome>;
  /**
   * Opens (or brings forward) the audience window for the projector. Only Electron has one; without it the renderer
   * opens the host's `/audience` page itself.
   */
  openAudience?(): Promise<void> | void;
  /**
   * Prints one of the renderer's own pages (a hash route such as `#/print/storyboard/...`) to PDF bytes. The page
   * sets `data-print-ready` on <html> when it is complete; its CSS `@page` decides the paper. Electron: a hidden
   * window and `webContents.printToPDF`; the browser host: headless Chromium. Absent where nothing can print (the
   * CLI); the API then answers with a translated "not available here".
   */
  printToPdf?(request: PdfRequest): Promise<Uint8Array>;
}

/** A page of the renderer to print to PDF. */
export interface PdfRequest {
  /** Hash route of the page, starting with `#/`. */
  route: string;
  pageSize: 'A4' | 'A3';
  landscape: boolean;
}

export interface BackendOptions {
  /** The library folder: workshops/, trash/, exports/, settings.json. */
  dataDir: string;
  shell: 'electron' | 'web' | 'test';
  platform: Platform;
  /** Path of a better-sqlite3 binary built for this runtime (Electron's ABI); default: the one in node_modules. */
  nativeBinding?: string;
  appVersion?: string;
  /**
   * Test-only (the browser host's `--time-scale`): presentation time (agenda and timer countdowns) runs this many
   * times faster than the wall clock, in the backend and every window alike. Absent or 1 in the app.
   */
  timeScale?: number;
}

export interface ExportedFileRecord {
  token: string;
  path: string;
  fileName: string;
}

export interface Backend {
  /** Validates input, runs the handler, never throws: every failure is `{ok:false}`. */
  dispatch(method: string, input: unknown): Promise<Result<unknown>>;
  onEvent(listener: (event: StudioEvent) => void): () => void;
  /** A finished export by token (for the host's download route and Electron's save). */
  exportedFile(token: string): ExportedFileRecord | undefined;
  /** Imports a workshop file or package from disk into the library (the host's and app's `--open`). */
  importPath(path: string): Promise<Result<{ id: string }>>;
  close(): void;
}
