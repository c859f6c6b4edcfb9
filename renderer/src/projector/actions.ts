import type { PresentationMode } from '../../../shared/presentation/model';
import { call } from '../api';
import { useApp } from '../app/store';
import { toastError, toastInfo } from '../app/toasts';
import i18n from '../i18n';
import { acceptPresentation, contentForRoute } from './sync';
import { usePresentation } from './store';

/** Opens the projector's window: Electron puts it on the external display; the browser opens the /audience page. */
export async function openAudienceWindow(): Promise<void> {
  try {
    const out = await call('presentation.openAudience', {});
    if (out.kind === 'url') {
      const win = window.open(out.url, 'lapimurto-audience');
      if (!win) toastInfo(i18n.t('audience.presenter.popupBlocked', { url: new URL(out.url, location.href).href }));
    }
  } catch (e) {
    toastError(e);
  }
}

export async function setProjectorMode(mode: PresentationMode): Promise<void> {
  try {
    acceptPresentation(await call('presentation.setMode', { mode }));
  } catch (e) {
    toastError(e);
  }
}

function mode(): PresentationMode {
  return usePresentation.getState().state?.mode ?? 'follow';
}

/** Ctrl+Shift+B: dark projector, and back to following. */
export function toggleBlank(): void {
  void setProjectorMode(mode() === 'blank' ? 'follow' : 'blank');
}

/** Ctrl+Shift+F: hold what the room sees while the coach looks elsewhere, and back. */
export function toggleFreeze(): void {
  void setProjectorMode(mode() === 'follow' ? 'freeze' : 'follow');
}

/** Ctrl+Shift+P: put what this window has open on the projector now, and hold it there. */
export async function showCurrentNow(): Promise<void> {
  const target = contentForRoute(useApp.getState().route);
  if (!target) return;
  try {
    acceptPresentation(await call('presentation.show', target));
  } catch (e) {
    toastError(e);
  }
}
