/** The demo workshop offered on first start. */
export { createDemoWorkshop, DEMO_DEFAULT_BASE_DATE, type DemoOptions } from './demo-workshop';
export { DEMO_BOARDS } from './boards';
export type { DemoBoardBuilder, DemoBoardContext, DemoBoardSpec } from './boards';
