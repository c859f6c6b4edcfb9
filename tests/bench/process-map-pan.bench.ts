// Panning a 300-step / 400-edge / 8-lane process map in Chromium: p95 of the frame intervals while dragging the
// board, against a bare React Flow page with the same graph in the same run.
import { frameBench } from './process-map-lib';

await frameBench('pan');
