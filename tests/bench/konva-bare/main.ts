// The Konva benchmarks' anchor: a bare Konva stage (no React, no app handlers) rebuilt from the app stage's own
// JSON (same layers, shapes and texts), at the same place and size, with the same items draggable. The stage comes
// from window.__STAGE (set by the bench before load); the stage is window.__bareStage.
import Konva from 'konva';

type Given = { json: string; box: { x: number; y: number; width: number; height: number }; draggable: string };
const given = (window as unknown as { __STAGE: Given }).__STAGE;
const root = document.getElementById('root')!;
Object.assign(root.style, {
  position: 'absolute',
  left: `${given.box.x}px`,
  top: `${given.box.y}px`,
  width: `${given.box.width}px`,
  height: `${given.box.height}px`,
});
const stage = Konva.Node.create(given.json, root) as Konva.Stage;
stage.find(given.draggable).forEach((n) => n.draggable(true));
stage.draw();
(window as unknown as { __bareStage: Konva.Stage; __bareReady: boolean }).__bareStage = stage;
(window as unknown as { __bareReady: boolean }).__bareReady = true;
