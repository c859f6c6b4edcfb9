/**
 * Limits for the number of runs on a run chart (IHI rule 3, "too few or too many runs").
 *
 * Rows 10 to 40 are Table 1 of Perla, Provost and Murray (2011), "The run chart: a simple analytical tool for
 * learning from variation in healthcare processes", BMJ Qual Saf 20:46-51, which they derive from Swed and Eisenhart
 * (1943). The runs count is "too few" when it is below the lower limit and "too many" when it is above the upper.
 * The published table stops at 60 useful observations and this copy at 40 (the rows we could verify); beyond 40 the
 * limits come from the normal approximation of the same runs distribution (see `runsLimits`). docs/run-charts.md.
 */
export const IHI_RUNS_TABLE: Readonly<Record<number, readonly [lower: number, upper: number]>> = {
  10: [3, 9],
  11: [3, 10],
  12: [3, 11],
  13: [4, 11],
  14: [4, 12],
  15: [5, 12],
  16: [5, 13],
  17: [5, 13],
  18: [6, 14],
  19: [6, 15],
  20: [6, 16],
  21: [7, 16],
  22: [7, 17],
  23: [7, 17],
  24: [8, 18],
  25: [8, 18],
  26: [9, 19],
  27: [9, 20],
  28: [10, 20],
  29: [10, 21],
  30: [11, 22],
  31: [11, 22],
  32: [11, 23],
  33: [11, 24],
  34: [12, 24],
  35: [12, 25],
  36: [13, 25],
  37: [13, 26],
  38: [14, 26],
  39: [14, 27],
  40: [15, 27],
};

/**
 * Lower and upper limits for the number of runs among `useful` observations, or null below 10 (too early).
 * Above 40: mean 1 + n/2 and variance n(n-2)/(4(n-1)) of the runs count for a series split evenly by its median,
 * limits at mean ± 1.96 sd rounded to the nearest integer.
 */
export function runsLimits(useful: number): { lower: number; upper: number; source: 'table' | 'normal' } | null {
  if (useful < 10) return null;
  const row = IHI_RUNS_TABLE[useful];
  if (row) return { lower: row[0], upper: row[1], source: 'table' };
  const mean = 1 + useful / 2;
  const sd = Math.sqrt((useful * (useful - 2)) / (4 * (useful - 1)));
  return { lower: Math.round(mean - 1.96 * sd), upper: Math.round(mean + 1.96 * sd), source: 'normal' };
}
