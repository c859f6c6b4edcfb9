import { create } from 'zustand';
import i18n from '../i18n';
import { ApiCallError } from '../../../shared/api/client';
import { keyFromData } from '../i18n/keys';

export interface Toast {
  id: number;
  tone: 'info' | 'error';
  message: string;
  action?: { label: string; run: () => void };
  /** A newer toast of the same group replaces this one (ten quick Ctrl+Z presses show one toast, the last). */
  group?: string;
}

interface ToastState {
  toasts: Toast[];
  push(t: Omit<Toast, 'id'>): void;
  dismiss(id: number): void;
}

let nextId = 1;

export const useToasts = create<ToastState>((set, get) => ({
  toasts: [],
  push(t) {
    const id = nextId++;
    set((s) => {
      const kept = t.group ? s.toasts.filter((x) => x.group !== t.group) : s.toasts;
      return { toasts: [...kept.slice(-3), { ...t, id }] };
    });
    // Errors stay longer: the coach may be looking at the room, not the screen.
    setTimeout(() => get().dismiss(id), t.tone === 'error' ? 12_000 : 6_000);
  },
  dismiss(id) {
    set((s) => ({ toasts: s.toasts.filter((x) => x.id !== id) }));
  },
}));

/** The translated message of any failure: the API's key with params, else the code's generic message. */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiCallError) {
    const { key, params, code } = err.error;
    // With the params: a key written only in plural forms (`_one`, `_other`) exists only given its `count`.
    if (i18n.exists(key, params)) return i18n.t(keyFromData(key), { ...params, interpolation: { escapeValue: false } });
    return i18n.t(`errors.code.${code}`);
  }
  return i18n.t('errors.unexpected');
}

export function toastError(err: unknown, action?: Toast['action']): void {
  console.error(err);
  useToasts.getState().push({ tone: 'error', message: errorMessage(err), action });
}

export function toastInfo(message: string, action?: Toast['action'], group?: string): void {
  useToasts.getState().push({ tone: 'info', message, action, ...(group ? { group } : {}) });
}
