// Panning a 300-step / 400-edge / 8-lane process map in Chromium: main-thread time per pointer move while dragging
// the board, against bare React Flow with the same nodes mounted, in the same run.
import { pointerBench } from './process-map-lib';

await pointerBench('pan');
