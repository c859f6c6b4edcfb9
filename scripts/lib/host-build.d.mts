/** The bundled host's folder (out/host, or under LAPIMURTO_OUT). */
export declare const hostDir: string;
/** out/host/cli.js: what the end-to-end fixture starts with plain node. */
export declare const hostScript: string;
/** Bundles the host and the workers it starts beside itself into out/host. */
export declare function buildHost(): Promise<string>;
