// Dragging a step on a 300-step / 400-edge / 8-lane process map in Chromium: p95 of the frame intervals during the
// drag (and 20 frames after the drop, which sends the move command and autosaves), against a bare React Flow page
// with the same graph in the same run.
import { frameBench } from './process-map-lib';

await frameBench('drag');
