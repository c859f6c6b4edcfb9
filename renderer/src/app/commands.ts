import {
  changeFontScale,
  exportCurrent,
  goHome,
  mergePackage,
  openWorkshopFile,
  redo,
  requestNewWorkshop,
  toggleHighContrast,
  undo,
} from './actions';
import { openAudienceWindow, setProjectorMode, showCurrentNow, toggleBlank, toggleFreeze } from '../projector/actions';
import { openExcelExport } from '../export/excel-export';

/** Command ids shared by the File menu, the native Electron menu (`{type:'menu', command}`) and shortcuts. */
export const COMMANDS = {
  'file.new': () => requestNewWorkshop(),
  'file.open': () => void openWorkshopFile(),
  'file.exportFile': () => void exportCurrent('workshop.exportFile'),
  'file.exportPackage': () => void exportCurrent('workshop.exportPackage'),
  'file.mergePackage': () => void mergePackage(),
  'file.exportTeamXlsx': () => openExcelExport('team'),
  'file.exportXlsx': () => openExcelExport('round'),
  'file.home': () => goHome(),
  'edit.undo': () => void undo(),
  'edit.redo': () => void redo(),
  'view.zoomIn': () => changeFontScale(0.1),
  'view.zoomOut': () => changeFontScale(-0.1),
  'view.zoomReset': () => changeFontScale('reset'),
  'view.highContrast': () => toggleHighContrast(),
  'projector.open': () => void openAudienceWindow(),
  'projector.follow': () => void setProjectorMode('follow'),
  'projector.toggleFreeze': () => toggleFreeze(),
  'projector.toggleBlank': () => toggleBlank(),
  'projector.showCurrent': () => void showCurrentNow(),
} as const satisfies Record<string, () => void>;

export type CommandId = keyof typeof COMMANDS;

export function runCommand(id: string): void {
  if (Object.prototype.hasOwnProperty.call(COMMANDS, id)) COMMANDS[id as CommandId]();
}

/** True when a key press is text entry (a field, an editable element), where shortcuts must leave the key alone. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (target as HTMLInputElement).type;
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'color', 'range'].includes(type);
  }
  return false;
}

/** Global shortcuts. Undo/redo leave text fields alone so the browser's own text undo applies there. */
export function handleGlobalKey(e: KeyboardEvent): void {
  const mod = e.ctrlKey || e.metaKey;
  if (!mod || e.altKey) return;
  const key = e.key.toLowerCase();
  let id: CommandId | null = null;
  // The projector's keys work while typing too: blanking the room must never wait for a field to lose focus.
  if (e.shiftKey && key === 'b') id = 'projector.toggleBlank';
  else if (e.shiftKey && key === 'f') id = 'projector.toggleFreeze';
  else if (e.shiftKey && key === 'p') id = 'projector.showCurrent';
  else if (key === 'z' && !e.shiftKey) id = 'edit.undo';
  else if ((key === 'z' && e.shiftKey) || key === 'y') id = 'edit.redo';
  else if (key === '=' || key === '+') id = 'view.zoomIn';
  else if (key === '-' || key === '_') id = 'view.zoomOut';
  else if (key === '0') id = 'view.zoomReset';
  if (!id) return;
  if (id.startsWith('edit.') && isTyping(e.target)) return;
  e.preventDefault();
  COMMANDS[id]();
}
