import { Exact, compareExact, decide, exact } from '../../../analysis/exact';
import { directionEffect, runsAround, sideEffect, trendsIn, type DesiredDirection } from '../../../analysis/run-chart';
import type { Limits } from './limits';
import { CONTROL_INNER, CONTROL_SHIFT, CONTROL_TREND, type ControlSignal } from './types';

/** Where a point lies, in sigmas from the centre line, compared as decimals: its side and zone. */
interface Place {
  index: number;
  /** Sign of value − centre. */
  side: -1 | 0 | 1;
  outside: boolean;
  /** Beyond 2 sigma (outside included). */
  beyond2: boolean;
  /** Strictly within 1 sigma. */
  inner: boolean;
}

/**
 * The five special-cause rules of Provost & Murray (The Health Care Data Guide, 2011) on a chart with the given
 * centre line and sigma per period (limits = centre ± 3 sigma, clipped). Every comparison is decided on the
 * decimals the values stand for (floating point when clearly apart, decimal.js at a near-tie).
 */
export function specialCauses(
  values: readonly (number | null)[],
  limits: Limits,
  desired: DesiredDirection,
): ControlSignal[] {
  const out: ControlSignal[] = [];
  const places: Place[] = [];
  const { centre, clip } = limits;
  const c = centre.toNumber();
  values.forEach((v, index) => {
    const s = limits.sigma[index];
    if (v === null || s === null || s === undefined) return;
    const dist = Math.abs(v - c);
    const exactDist = () => exact(v).minus(centre).abs();
    const beyond = (k: number) => decide(dist, k * s, () => exactDist().cmp(limits.kSigmaExact(index, k))) > 0;
    const limit = (sign: 1 | -1) => {
      const bound = sign > 0 ? clip.ceiling : clip.floor;
      const raw = c + sign * 3 * s;
      const clipped = bound !== undefined && (sign > 0 ? raw > bound : raw < bound);
      return {
        f: clipped ? bound : raw,
        e: () => (clipped ? new Exact(bound) : centre.plus(limits.kSigmaExact(index, 3 * sign))),
      };
    };
    const up = limit(1);
    const down = limit(-1);
    places.push({
      index,
      side: compareExact(v, centre, c),
      outside: decide(v, up.f, () => exact(v).cmp(up.e())) > 0 || decide(v, down.f, () => exact(v).cmp(down.e())) < 0,
      beyond2: beyond(2),
      inner: decide(dist, s, () => exactDist().cmp(limits.kSigmaExact(index, 1))) < 0,
    });
  });

  // 1. A point outside the limits.
  for (const p of places)
    if (p.outside) {
      const side = p.side > 0 ? 'above' : 'below';
      out.push({ rule: 'outside', side, index: p.index, points: [p.index], effect: sideEffect(side, desired) });
    }

  // 2. Eight or more in a row on one side of the centre line (points on it neither count nor break the run).
  for (const r of runsAround(values, centre))
    if (r.points.length >= CONTROL_SHIFT)
      out.push({
        rule: 'shift',
        side: r.side,
        from: r.points[0]!,
        to: r.points[r.points.length - 1]!,
        length: r.points.length,
        points: r.points,
        effect: sideEffect(r.side, desired),
      });

  // 3. Six or more in a row going up or down (equal neighbours counted once).
  for (const t of trendsIn(values, CONTROL_TREND))
    out.push({
      rule: 'trend',
      direction: t.direction,
      from: t.points[0]!,
      to: t.points[t.points.length - 1]!,
      length: t.length,
      points: t.points,
      effect: directionEffect(t.direction, desired),
    });

  // 4. Two of three consecutive points beyond 2 sigma on the same side; overlapping windows make one signal.
  for (const sign of [1, -1] as const) {
    let current: { from: number; to: number; points: Set<number> } | null = null;
    for (let k = 0; k + 2 < places.length; k++) {
      const w = places.slice(k, k + 3);
      const far = w.filter((p) => p.beyond2 && p.side === sign);
      if (far.length < 2) continue;
      const first = far[0]!.index;
      if (current && first <= current.to) {
        current.to = Math.max(current.to, far[far.length - 1]!.index);
        for (const p of far) current.points.add(p.index);
      } else {
        if (current) out.push(twoOfThree(current, sign, desired));
        current = { from: first, to: far[far.length - 1]!.index, points: new Set(far.map((p) => p.index)) };
      }
    }
    if (current) out.push(twoOfThree(current, sign, desired));
  }

  // 5. Fifteen or more in a row within 1 sigma of the centre line, on either side.
  let start = 0;
  for (let k = 0; k <= places.length; k++) {
    if (k < places.length && places[k]!.inner) continue;
    if (k - start >= CONTROL_INNER) {
      const pts = places.slice(start, k).map((p) => p.index);
      out.push({
        rule: 'inner-third',
        from: pts[0]!,
        to: pts[pts.length - 1]!,
        length: pts.length,
        points: pts,
        effect: 'neutral',
      });
    }
    start = k + 1;
  }
  return out;
}

function twoOfThree(
  c: { from: number; to: number; points: Set<number> },
  sign: 1 | -1,
  desired: DesiredDirection,
): ControlSignal {
  const side = sign > 0 ? 'above' : 'below';
  return {
    rule: 'two-of-three',
    side,
    from: c.from,
    to: c.to,
    points: [...c.points].sort((a, b) => a - b),
    effect: sideEffect(side, desired),
  };
}
