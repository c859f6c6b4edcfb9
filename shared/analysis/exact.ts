import Decimal from 'decimal.js';

/**
 * Exact decimal arithmetic for centre lines and limits. A measured value is typed as decimal text (12.1), stored as
 * the nearest double and read back here through its shortest spelling, so (12.1 + 12.2) / 2 is exactly 12.15 and
 * equals a point of 12.15; in binary floating point it is 12.149999999999999. Precision 60 holds the sum of any two
 * doubles in the app's range (±1e9) without rounding; only a mean (a division by n) can round, at the 60th digit.
 * decimal.js is slow per operation (a square root costs ~0.1 ms), so sums go through scaled BigInts and comparisons
 * are decided in floating point whenever the two sides are clearly apart, in decimal only when they are close.
 */
export const Exact = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_EVEN });
export type Exact = InstanceType<typeof Exact>;

/** The decimal a double stands for (its shortest round-tripping spelling). */
export function exact(x: number): Exact {
  return new Exact(x);
}

/** The values as integers over one power of ten (12.1 → 121 over 10), or null when one is spelled with an exponent. */
function scaled(xs: readonly number[]): { ints: bigint[]; scale: number } | null {
  const parts: { digits: string; decimals: number }[] = [];
  let scale = 0;
  for (const x of xs) {
    const s = String(x);
    if (s.includes('e')) return null;
    const dot = s.indexOf('.');
    const decimals = dot < 0 ? 0 : s.length - dot - 1;
    parts.push({ digits: dot < 0 ? s : s.slice(0, dot) + s.slice(dot + 1), decimals });
    if (decimals > scale) scale = decimals;
  }
  return { ints: parts.map((p) => BigInt(p.digits) * 10n ** BigInt(scale - p.decimals)), scale };
}

function fromScaled(n: bigint, scale: number): Exact {
  return new Exact(n.toString()).div(new Exact(10).pow(scale));
}

/** The exact sum of the values. */
export function exactSum(xs: readonly number[]): Exact {
  const s = scaled(xs);
  if (!s) return xs.reduce((acc, x) => acc.plus(x), new Exact(0));
  return fromScaled(
    s.ints.reduce((a, b) => a + b, 0n),
    s.scale,
  );
}

/** The exact sum of |x_k − x_(k−1)| over consecutive values (an XmR chart's moving ranges). */
export function exactMovingRangeSum(xs: readonly number[]): Exact {
  const s = scaled(xs);
  if (!s) {
    let acc = new Exact(0);
    for (let k = 1; k < xs.length; k++)
      acc = acc.plus(
        exact(xs[k]!)
          .minus(xs[k - 1]!)
          .abs(),
      );
    return acc;
  }
  let sum = 0n;
  for (let k = 1; k < s.ints.length; k++) {
    const d = s.ints[k]! - s.ints[k - 1]!;
    sum += d < 0n ? -d : d;
  }
  return fromScaled(sum, s.scale);
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
  return exactSum(xs).div(xs.length);
}

/**
 * −1, 0 or 1 as `a` is below, on or above `b`, where `a` and `b` are doubles standing for decimals and `exactly`
 * compares those decimals. Floating point decides when the two are apart by more than a billionth (relative) —
 * far more than the rounding of either — so decimal.js runs only for near-ties.
 */
export function decide(a: number, b: number, exactly: () => number): -1 | 0 | 1 {
  const d = a - b;
  if (Math.abs(d) > 1e-9 * Math.max(Math.abs(a), Math.abs(b))) return d > 0 ? 1 : -1;
  const c = exactly();
  return c > 0 ? 1 : c < 0 ? -1 : 0;
}

/** −1, 0 or 1 as `x` is below, on or above `centre`, compared as decimals. */
export function compareExact(x: number, centre: Exact, centreNum: number = centre.toNumber()): -1 | 0 | 1 {
  return decide(x, centreNum, () => exact(x).cmp(centre));
}
