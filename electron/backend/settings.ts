import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Settings } from '../../shared/api/contract';
import { writeBytesAtomically } from './files/atomic';

export const DEFAULT_SETTINGS: Settings = { language: 'fi', fontScale: 1, theme: 'light', demoOffered: false };

/** App preferences in the library folder (settings.json); a damaged file falls back to defaults. */
export class SettingsStore {
  private path: string;
  private value: Settings;

  constructor(dataDir: string) {
    this.path = join(dataDir, 'settings.json');
    this.value = this.read();
  }

  private read(): Settings {
    if (!existsSync(this.path)) return { ...DEFAULT_SETTINGS };
    try {
      const parsed = Settings.partial().safeParse(JSON.parse(readFileSync(this.path, 'utf8')));
      return { ...DEFAULT_SETTINGS, ...(parsed.success ? parsed.data : {}) };
    } catch {
      return { ...DEFAULT_SETTINGS };
    }
  }

  get(): Settings {
    return { ...this.value };
  }

  async set(patch: Partial<Settings>): Promise<Settings> {
    this.value = { ...this.value, ...patch };
    await writeBytesAtomically(this.path, JSON.stringify(this.value, null, 2));
    return this.get();
  }
}
