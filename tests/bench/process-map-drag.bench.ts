// Dragging a step on a 300-step / 400-edge / 8-lane process map in Chromium: main-thread time per pointer move, and
// of the drop (move command, save, re-render), against bare React Flow with the same nodes mounted, in the same run.
import { pointerBench } from './process-map-lib';

await pointerBench('drag');
