export type Tool = 'chromium' | 'libreoffice' | 'poppler';
export type Found = { path: string; from: string } | { problem: string };
export interface FindDeps {
  env?: Record<string, string | undefined>;
  exists?: (path: string) => boolean;
}
export declare function onPath(name: string, env?: Record<string, string | undefined>): string | null;
export declare function playwrightChromium(): string | null;
export declare function findChromium(
  deps?: FindDeps & {
    system?: (env: Record<string, string | undefined>, exists: (path: string) => boolean) => string | null;
    playwright?: () => string | null;
  },
): Found;
export declare function findLibreOffice(deps?: FindDeps): Found;
export declare const POPPLER_TOOLS: string[];
export declare function findPoppler(deps?: FindDeps): { dir: string; from: string } | { problem: string };
export declare const INSTALL: Record<Tool, { name: string; debian: string; macos: string; windows: string }>;
export declare function checkTools(
  which?: Tool[],
  finders?: Partial<Record<Tool, () => object>>,
): {
  found: Partial<Record<Tool, { path?: string; dir?: string; from: string }>>;
  missing: { tool: Tool; problem: string }[];
  message: string | null;
};
export declare function chromiumExecutable(): string;
