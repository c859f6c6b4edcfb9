/// <reference types="vite/client" />
import type { StudioBridge } from '../../shared/api/transport';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in the browser host. */
    studio?: StudioBridge;
    /** The ideas wall's Konva stage, for e2e tests that read the scene graph. */
    __studioStage?: unknown;
  }
}

export {};
