import { createHash } from 'node:crypto';

/**
 * PNGs already made, keyed by the picture's SVG and the raster options. The SVG holds everything a picture shows
 * (the board's content, language, theme), so an unchanged board is never rasterised twice — a second export of the
 * round, or the same board in a consolidation — and any change makes a new key. Bounded by bytes; the least
 * recently used picture goes first. Identical pictures asked for at once share one rendering.
 */
export class PictureCache<T extends { png: Buffer }> {
  private readonly entries = new Map<string, Promise<T>>();
  private readonly sizes = new Map<string, number>();
  private bytes = 0;

  constructor(public limitBytes: number) {}

  static key(svg: string, options: string): string {
    return createHash('sha1').update(options).update('\0').update(svg).digest('hex');
  }

  /** The cached picture for `key`, else `make()`'s (a failure is not kept: the next call tries again). */
  get(key: string, make: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit) {
      // Most recently used goes last (a Map keeps insertion order).
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const made = make();
    this.entries.set(key, made);
    made.then(
      (value) => {
        if (this.entries.get(key) !== made) return;
        this.sizes.set(key, value.png.length);
        this.bytes += value.png.length;
        this.evict();
      },
      () => {
        if (this.entries.get(key) === made) this.entries.delete(key);
      },
    );
    return made;
  }

  get size(): number {
    return this.entries.size;
  }

  get storedBytes(): number {
    return this.bytes;
  }

  clear(): void {
    this.entries.clear();
    this.sizes.clear();
    this.bytes = 0;
  }

  private evict(): void {
    for (const key of this.entries.keys()) {
      if (this.bytes <= this.limitBytes) return;
      const size = this.sizes.get(key);
      if (size === undefined) continue; // still rendering
      this.entries.delete(key);
      this.sizes.delete(key);
      this.bytes -= size;
    }
  }
}
