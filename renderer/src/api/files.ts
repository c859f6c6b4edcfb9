import type { Method } from '../../../shared/api/contract';
import { LIMITS } from '../../../shared/domain/limits';
import { ApiCallError } from '../../../shared/api/client';
import { call } from './index';

export type ExportMethod = Extract<Method, 'workshop.exportFile' | 'workshop.exportPackage'>;

/** Runs an export and hands the file to the shell: Electron saves it, the browser downloads it. */
export async function exportAndSave(
  method: ExportMethod,
  workshopId: string,
  options: { maskPersonalData?: boolean } = {},
): Promise<{ kind: 'saved'; path: string } | { kind: 'download' | 'cancelled' }> {
  return saveExportedFile(await call(method, { workshopId, ...options }));
}

/** Hands a finished export to the shell: Electron saves it, the browser downloads it. */
export async function saveExportedFile(file: {
  token: string;
  fileName: string;
}): Promise<{ kind: 'saved'; path: string } | { kind: 'download' | 'cancelled' }> {
  const outcome = await call('files.save', { token: file.token });
  if (outcome.kind === 'download') {
    const a = document.createElement('a');
    a.href = outcome.url;
    a.download = file.fileName;
    a.style.display = 'none';
    document.body.appendChild(a);
    a.click();
    a.remove();
  }
  return outcome;
}

/** Base64 without building one giant string of char codes (files can be large). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

export async function readUpload(file: File): Promise<{ fileName: string; dataBase64: string }> {
  if (file.size === 0) throw new ApiCallError({ code: 'invalidInput', key: 'errors.file.empty' });
  if (file.size > LIMITS.importBytes) throw new ApiCallError({ code: 'tooLarge', key: 'errors.file.tooLarge' });
  const buf = await file.arrayBuffer();
  return { fileName: file.name, dataBase64: bytesToBase64(new Uint8Array(buf)) };
}

/** Opens the system file picker; resolves with the chosen file or null when cancelled. */
export function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.hidden = true;
    input.setAttribute('aria-hidden', 'true');
    input.addEventListener('change', () => {
      resolve(input.files?.[0] ?? null);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve(null);
      input.remove();
    });
    document.body.appendChild(input);
    input.click();
  });
}
