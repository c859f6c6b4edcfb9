// A team's Innokylä toimintamalli as a Word document (issue 20): the demo team with every picture (current and
// future maps, run charts, fishbone, …) drawn and rasterised cold, the draft and the .docx written by the app.
// Anchor, interleaved in the same run: a bare `docx` document with the same paragraphs and the same PNGs (already
// rasterised), packed the same way. Goal: ≤ 3 s median.
//   bench toimintamalli-docx: X ms, ratio R vs bare-docx-same-paragraphs-and-images
import { median, overBudget, report, size } from './harness';

const RUNS = size(5, 1);
const GOAL_MS = 3000;

const { createDemoWorkshop } = await import('../../shared/demo');
const { toimintamalliBytes } = await import('../../electron/backend/innokyla/export');
const { draftOf } = await import('../../electron/backend/innokyla/draft-of');
const { draftPictures } = await import('../../electron/backend/innokyla/docx');
const { pictureCache, rasterPool } = await import('../../electron/backend/export/rasterize');
const docx = await import('docx');
const { Document, Packer, Paragraph, TextRun, ImageRun } =
  (docx as unknown as { default?: typeof docx }).default ?? docx;

const data = createDemoWorkshop({ lang: 'fi' });
// The team with the most boards: the document with the most pictures.
const team = [...data.teams].sort(
  (a, b) => data.boards.filter((x) => x.teamId === b.id).length - data.boards.filter((x) => x.teamId === a.id).length,
)[0]!;

/** The same words and pictures as the app's document, as plain paragraphs and images. */
async function anchorInput() {
  const draft = draftOf(data, team.id, {}, 'fi')!;
  const pictures = await draftPictures(draft, data, 'fi');
  const texts = [draft.title];
  const images: { png: Buffer; width: number; height: number }[] = [];
  for (const s of draft.sections) {
    texts.push(s.heading, ...s.paragraphs, ...s.items, s.guide, s.sources.join('; '));
    for (const p of pictures.get(s.id) ?? []) {
      images.push(p);
      texts.push(p.caption);
    }
  }
  return { texts, images };
}

async function anchorWrite(input: Awaited<ReturnType<typeof anchorInput>>): Promise<number> {
  const children = [
    ...input.texts.map((text) => new Paragraph({ children: [new TextRun(text)] })),
    ...input.images.map(
      (im) =>
        new Paragraph({
          children: [
            new ImageRun({ type: 'png', data: im.png, transformation: { width: im.width, height: im.height } }),
          ],
        }),
    ),
  ];
  return (await Packer.toBuffer(new Document({ sections: [{ children }] }))).length;
}

try {
  // Warm-up: modules loaded, the rasteriser threads started.
  const warmBytes = (await toimintamalliBytes(data, team.id, {}, 'fi', false))!.length;
  const input = await anchorInput();
  await anchorWrite(input);
  const app: number[] = [];
  const anchor: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    pictureCache.clear();
    let t0 = performance.now();
    await toimintamalliBytes(data, team.id, {}, 'fi', false);
    app.push(performance.now() - t0);
    t0 = performance.now();
    await anchorWrite(input);
    anchor.push(performance.now() - t0);
  }
  console.error(
    `toimintamalli-docx: team "${team.name}", ${input.images.length} pictures, ${input.texts.length} paragraphs; ` +
      `app file ${(warmBytes / 1e6).toFixed(1)} MB; app ms ${app.map((x) => x.toFixed(0)).join('/')}, ` +
      `anchor ms ${anchor.map((x) => x.toFixed(0)).join('/')}`,
  );
  const ms = median(app);
  report('toimintamalli-docx', ms, 'ms', median(anchor), 'bare-docx-same-paragraphs-and-images');
  if (!(input.images.length > 0)) overBudget('toimintamalli-docx: the demo team has no pictures; nothing measured');
  if (!(ms <= GOAL_MS)) overBudget(`toimintamalli-docx: ${ms.toFixed(0)} ms median, over the ${GOAL_MS} ms goal`);
} finally {
  await rasterPool.close();
}
