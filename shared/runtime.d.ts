// The few web-standard APIs shared/ uses that both of its runtimes (Node 20 and Chromium) provide. shared/ compiles
// without DOM and Node types, so these are declared here, each exactly as both runtimes have it.
declare global {
  function structuredClone<T>(value: T): T;
  var crypto: { randomUUID(): `${string}-${string}-${string}-${string}-${string}` };
  class TextEncoder {
    encode(input?: string): Uint8Array;
  }
}

export {};
