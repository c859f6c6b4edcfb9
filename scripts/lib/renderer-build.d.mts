export declare const repoRoot: string;
export declare const outRoot: string;
export declare const rendererIndex: string;
export declare function rendererStaleReason(root?: string): string | null;
export declare function ensureRendererBuilt(options?: {
  root?: string;
  force?: boolean;
  log?: (message: string) => void;
}): boolean;
