/** Small timing helpers for the benchmarks: warm-up, then the median of several rounds (noisy 2-core machines). */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export async function timeRounds(rounds: number, fn: () => Promise<void> | void): Promise<number> {
  await fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

export function report(name: string, value: number, unit: string, anchorValue: number, anchor: string): void {
  const ratio = anchorValue > 0 ? value / anchorValue : NaN;
  console.log(`bench ${name}: ${value.toFixed(3)} ${unit}, ratio ${ratio.toFixed(2)} vs ${anchor}`);
}

/**
 * `npm run bench -- --smoke` sets LAPIMURTO_BENCH_SMOKE=1: every benchmark runs once at tiny sizes so CI sees that
 * it still runs; its numbers mean nothing and are not judged.
 */
export const SMOKE = process.env.LAPIMURTO_BENCH_SMOKE === '1';

/** The full size, or the tiny one in smoke mode. */
export const size = (full: number, smoke: number): number => (SMOKE ? smoke : full);

/** A missed budget fails the run, except in smoke mode. */
export function overBudget(message: string): void {
  console.error(message);
  if (!SMOKE) process.exitCode = 1;
}
