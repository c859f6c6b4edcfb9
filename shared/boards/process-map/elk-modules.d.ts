// elkjs ships no types for its worker module; elk-sync.ts reads its exports defensively.
declare module 'elkjs/lib/elk-worker.min.js' {
  const mod: unknown;
  export default mod;
}
