import type { WorkshopData } from '../../../shared/domain/workshop-data';
import type { Language } from '../../../shared/domain/vocab';
import type { ToimintamalliDraft } from '../../../shared/innokyla/draft';
import { drawBoardSections } from '../../../shared/boards/pictures';
import { dynamicTranslator } from '../../../shared/i18n/translate';
import { svgToPng, type RasterImage } from '../export/rasterize';

/**
 * The toimintamalli as a Word document (docx): the model's name, every section's heading, the team's text, the
 * generated draft with its sources, and the board pictures at print size with their captions. A section with
 * nothing yet says what to write. The pictures are the boards' own (drawn as the projector and Excel draw them),
 * rasterised by resvg; a board in sections gives one picture per section, captioned "(2/3)".
 */

/**
 * Board pictures are drawn at this size with every text ≥ 24 px, then printed the width of an A4 text column: 1600 px
 * over 6.3 in is about 250 dpi, sharp in print (1.5x took twice the time for no visible gain on paper).
 */
const PICTURE = { width: 1600, height: 1000, minFontPx: 24, scale: 1 } as const;
/** A4 with Word's default margins: 6.3 in by 9.7 in of text area, in docx's 96-to-the-inch pixels. */
const PAGE_PX = { width: 605, height: 860 } as const;

type DocxModule = typeof import('docx');
let docxModule: Promise<DocxModule> | undefined;
/** docx is loaded on the first document, so it costs nothing at start-up. */
function loadDocx(): Promise<DocxModule> {
  docxModule ??= import('docx').then((mod) => (mod as unknown as { default?: DocxModule }).default ?? mod);
  return docxModule;
}

/** Characters XML 1.0 cannot hold (a paste from elsewhere can bring them) would make Word refuse the file. */
// eslint-disable-next-line no-control-regex -- these are exactly the characters to remove
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const xmlSafe = (s: string): string => s.replace(XML_INVALID, '');

/** A picture scaled to the text column, and down further when it would be taller than a page. */
export function printSize(image: Pick<RasterImage, 'width' | 'height'>): { width: number; height: number } {
  const k = Math.min(PAGE_PX.width / image.width, PAGE_PX.height / image.height);
  return { width: Math.round(image.width * k), height: Math.round(image.height * k) };
}

export interface DocxPicture {
  png: Buffer;
  width: number;
  height: number;
  caption: string;
}

/** Every picture the draft asks for, in section order; a board that cannot be drawn is left out, never the export. */
export async function draftPictures(
  draft: ToimintamalliDraft,
  data: WorkshopData,
  lang: Language,
): Promise<Map<string, DocxPicture[]>> {
  const t = dynamicTranslator(lang);
  const teamBoards = data.boards.filter((b) => b.teamId === draft.teamId);
  const out = new Map<string, Promise<DocxPicture | null>[]>();
  for (const section of draft.sections) {
    const list: Promise<DocxPicture | null>[] = [];
    for (const ref of section.pictures) {
      const board = teamBoards.find((b) => b.id === ref.boardId);
      if (!board) continue;
      const svgs = drawBoardSections(board.kind, board.doc, board, {
        width: PICTURE.width,
        height: PICTURE.height,
        minFontPx: PICTURE.minFontPx,
        theme: 'light',
        t,
        teamBoards,
        lang,
      });
      if (!svgs) continue;
      // Every picture is asked for at once: the raster pool's threads draw them side by side.
      for (const [i, svg] of svgs.entries()) {
        list.push(
          svgToPng(svg, { scale: PICTURE.scale, background: '#ffffff' }).then(
            (image) => ({
              png: image.png,
              ...printSize(image),
              caption: svgs.length > 1 ? `${ref.caption} (${i + 1}/${svgs.length})` : ref.caption,
            }),
            // One picture resvg cannot draw costs that picture only.
            () => null,
          ),
        );
      }
    }
    out.set(section.id, list);
  }
  const done = new Map<string, DocxPicture[]>();
  for (const [id, list] of out)
    done.set(
      id,
      (await Promise.all(list)).filter((p): p is DocxPicture => p !== null),
    );
  return done;
}

/** The document's bytes. */
export async function toimintamalliDocx(
  draft: ToimintamalliDraft,
  pictures: Map<string, DocxPicture[]>,
  lang: Language,
): Promise<Buffer> {
  const { Document, Packer, Paragraph, TextRun, HeadingLevel, ImageRun, AlignmentType } = await loadDocx();
  const t = dynamicTranslator(lang);
  const children: InstanceType<typeof Paragraph>[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(xmlSafe(draft.title))] }),
  ];
  const lines = (text: string) =>
    xmlSafe(text)
      .split(/\r?\n/)
      .map((l) => l.trimEnd());
  for (const s of draft.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(xmlSafe(s.heading))] }));
    const written = s.teamText.trim() !== '';
    if (written) for (const l of lines(s.teamText)) children.push(new Paragraph({ children: [new TextRun(l)] }));
    for (const p of s.paragraphs) children.push(new Paragraph({ children: [new TextRun(xmlSafe(p))] }));
    for (const item of s.items)
      children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(xmlSafe(item))] }));
    if (!written && s.completeness !== 'filled')
      children.push(
        new Paragraph({
          children: [
            new TextRun({ text: `${t('innokyla.guide')}: ${xmlSafe(s.guide)}`, italics: true, color: '555555' }),
          ],
        }),
      );
    if (s.sources.length > 0)
      children.push(
        new Paragraph({
          children: [
            new TextRun({
              text: `${t('innokyla.sources')}: ${xmlSafe(s.sources.join('; '))}`,
              italics: true,
              size: 18,
            }),
          ],
        }),
      );
    for (const pic of pictures.get(s.id) ?? []) {
      children.push(
        new Paragraph({
          alignment: AlignmentType.CENTER,
          keepNext: true,
          children: [
            new ImageRun({
              type: 'png',
              data: pic.png,
              transformation: { width: pic.width, height: pic.height },
              altText: { name: xmlSafe(pic.caption), description: xmlSafe(pic.caption), title: xmlSafe(pic.caption) },
            }),
          ],
        }),
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ text: xmlSafe(pic.caption), italics: true, size: 20 })],
        }),
      );
    }
  }
  const doc = new Document({
    creator: 'Läpimurtostudio',
    title: xmlSafe(draft.title),
    description: xmlSafe(draft.teamName),
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}
