// Runs every tests/bench/*.bench.ts in its own Node process (no cross-talk between benchmarks) and passes their
// one-line results through: `bench NAME: VALUE UNIT, ratio R vs ANCHOR`. `--smoke` runs each once at tiny sizes.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dir = join(root, 'tests', 'bench');
// --smoke: every benchmark once at tiny sizes (CI: they still run; the numbers are not judged).
const smoke = process.argv.includes('--smoke');
const only = process.argv.slice(2).filter((a) => a !== '--smoke');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
let failed = 0;
for (const f of files) {
  const env = smoke ? { ...process.env, LAPIMURTO_BENCH_SMOKE: '1' } : process.env;
  const r = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(dir, f)], {
    cwd: root,
    stdio: 'inherit',
    env,
  });
  if (r.status !== 0) {
    failed++;
    console.error(`bench ${f}: failed (exit ${r.status})`);
  }
}
if (smoke)
  console.log(`bench smoke: ${files.length - failed} of ${files.length} ran at tiny sizes (numbers not judged)`);
process.exit(failed ? 1 : 0);
