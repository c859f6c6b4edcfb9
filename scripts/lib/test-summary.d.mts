export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
  notes: string[];
}
export declare function summarizeVitest(report: unknown, exit: number | string | null): Counts;
export declare function summarizePlaywright(report: unknown, exit: number | string | null): Counts;
export declare function summaryLine(counts: { passed: number; failed: number; skipped: number }): string;
