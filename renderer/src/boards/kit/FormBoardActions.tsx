import type { KeyboardEvent, MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Board } from '../../../../shared/domain/entities';
import type { BoardAction } from './actions';
import { ActionButton } from './BoardToolbar';
import { fromTextField } from './clipboard';
import type { KitContext } from './kit-actions';
import { pictureExporter, type PictureExportContext } from './picture-actions';
import { useBoardActions } from './useBoardActions';

/** The context of a board made of forms (PDSA, measures, dot vote): the kit's menus and the picture export. */
export type FormBoardContext = KitContext & PictureExportContext;

/**
 * The action registry of a board made of forms rather than a canvas: the keys, right-click menu, palette and `?`
 * overlay on the board's root, the toolbar buttons as `buttons`. Text fields keep their own keys and menu (a "?"
 * typed in a field is a question mark); Ctrl/⌘ shortcuts such as the palette work from them too.
 */
export function useFormBoardActions(
  kindActions: readonly BoardAction<FormBoardContext>[],
  board: Pick<Board, 'id' | 'name' | 'kind'>,
  doc: unknown,
) {
  const { t } = useTranslation();
  const exportPicture = pictureExporter(board, doc);
  const board$ = useBoardActions<FormBoardContext>(kindActions, (kit) => ({ kit, exportPicture }));
  const rootProps = {
    onKeyDown: (e: KeyboardEvent) => {
      if (fromTextField(e) && !(e.ctrlKey || e.metaKey)) return;
      board$.onKeyDown(e);
    },
    onContextMenu: (e: MouseEvent) => {
      if (fromTextField(e)) return;
      board$.onContextMenu(e);
    },
  };
  const buttons = (
    <div className="kit-toolbar-group" role="group" aria-label={t('boardKit.export.group')}>
      {board$.actions
        .filter((a) => a.toolbar)
        .map((a) => (
          <ActionButton key={a.id} action={a} ctx={board$.ctx} />
        ))}
    </div>
  );
  return { rootProps, buttons, overlays: board$.overlays };
}
