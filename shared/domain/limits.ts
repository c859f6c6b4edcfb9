/** Upper bounds on user text, so a pasted novel cannot bloat a file or break a layout. */
export const LIMITS = {
  name: 200,
  shortText: 500,
  longText: 5000,
  noteText: 2000,
  agendaItems: 60,
  /** Largest file the import accepts, in bytes (base64-decoded). */
  importBytes: 200 * 1024 * 1024,
} as const;
