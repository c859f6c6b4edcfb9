import { boardPictureFindings } from '../../../shared/analysis/personal-data';
import i18n from '../i18n';
import { useToasts } from './toasts';

/**
 * The personal-data gate of board picture exports (PNG, SVG): while the board's name or any text of its document
 * holds a henkilötunnus, phone number or e-mail address, the export is refused with a translated message and
 * nothing is written. Returns true when refused; every picture export calls it before drawing anything.
 */
export function pictureRefusedForPersonalData(board: { name: string }, doc: unknown): boolean {
  const count = boardPictureFindings(board.name, doc);
  if (count === 0) return false;
  useToasts.getState().push({ tone: 'error', message: i18n.t('files.errors.personalDataPicture', { count }) });
  return true;
}
