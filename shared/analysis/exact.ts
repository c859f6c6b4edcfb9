import Decimal from 'decimal.js';

/**
 * Exact decimal arithmetic for centre lines and limits. A measured value is typed as decimal text (12.1), stored as
 * the nearest double and read back here through its shortest spelling, so (12.1 + 12.2) / 2 is exactly 12.15 and
 * equals a point of 12.15; in binary floating point it is 12.149999999999999. Precision 60 holds the sum of any two
 * doubles in the app's range (±1e9) without rounding; only a mean (a division by n) can round, at the 60th digit.
 */
export const Exact = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_EVEN });
export type Exact = InstanceType<typeof Exact>;

/** The decimal a double stands for (its shortest round-tripping spelling). */
export function exact(x: number): Exact {
  return new Exact(x);
}

/** Median of a list (mean of the two middle values for an even count), exactly; null for an empty list. */
export function exactMedian(xs: readonly number[]): Exact | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2
    ? exact(s[m]!)
    : exact(s[m - 1]!)
        .plus(s[m]!)
        .div(2);
}

/** Arithmetic mean, exact up to the 60th significant digit; null for an empty list. */
export function exactMean(xs: readonly number[]): Exact | null {
  if (xs.length === 0) return null;
  let sum = new Exact(0);
  for (const x of xs) sum = sum.plus(x);
  return sum.div(xs.length);
}

/** −1, 0 or 1 as `x` is below, on or above `centre`, compared as decimals. */
export function compareExact(x: number, centre: Exact): -1 | 0 | 1 {
  return exact(x).cmp(centre) as -1 | 0 | 1;
}
