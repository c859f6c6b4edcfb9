import { FileCode, ImageDown } from 'lucide-react';
import type { Board } from '../../../../shared/domain/entities';
import { toastError } from '../../app/toasts';
import type { BoardAction } from './actions';
import { exportBoardPicture } from './picture-export';

export type PictureFormat = 'png' | 'svg';

/** What a board's picture-export actions need: the export itself (the view knows its board and document). */
export interface PictureExportContext {
  exportPicture: (format: PictureFormat) => void;
}

/**
 * The board's "export as PNG / SVG" commands for a kind's registry (`<prefix>.exportPng`, `<prefix>.exportSvg`):
 * toolbar buttons, context menu and palette entries. They work read-only too: exporting changes nothing.
 */
export function pictureExportActions<C extends PictureExportContext>(prefix: string): BoardAction<C>[] {
  return [
    {
      id: `${prefix}.exportPng`,
      label: 'boardKit.export.png',
      group: 'view',
      enabled: () => true,
      perform: (c) => c.exportPicture('png'),
      toolbar: { icon: ImageDown, short: 'boardKit.export.pngShort', rare: true },
      contextMenu: true,
    },
    {
      id: `${prefix}.exportSvg`,
      label: 'boardKit.export.svg',
      group: 'view',
      enabled: () => true,
      perform: (c) => c.exportPicture('svg'),
      toolbar: { icon: FileCode, short: 'boardKit.export.svgShort', rare: true },
      contextMenu: true,
    },
  ];
}

/** The board's picture export as the actions run it: PNG at print scale (2×), failures as a translated toast. */
export function pictureExporter(
  board: Pick<Board, 'id' | 'name' | 'kind'>,
  doc: unknown,
): (format: PictureFormat) => void {
  return (format) => void exportBoardPicture(board, doc, format, { scale: format === 'png' ? 2 : 1 }).catch(toastError);
}
