/** The bundled host's folder (out/host, or under LAPIMURTO_OUT). */
export declare const hostDir: string;
/** out/host/cli.js: what the end-to-end fixture starts with plain node. */
export declare const hostScript: string;
/** out/host/lapimurto-cli.js: the command-line tool, bundled for the tests that run it many times. */
export declare const cliScript: string;
/** esbuild entry points: output name → source file. */
export declare const ENTRIES: Record<string, string>;
/** Bundles the host and the workers it starts beside itself into out/host. */
export declare function buildHost(): Promise<string>;
