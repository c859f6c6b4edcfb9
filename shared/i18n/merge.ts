/** A translation tree: nested objects with string leaves. */
export type Tree = { [k: string]: string | Tree };

/**
 * Deep-merges a language's locale files (translation.json plus one file per area, e.g. process-map.json) into one
 * tree. Areas own their files so parallel work never edits the same JSON; a leaf defined twice is an error.
 */
export function mergeLocaleFiles(files: readonly { name: string; tree: Tree }[]): Tree {
  const out: Tree = {};
  const owner = new Map<string, string>();
  const walk = (target: Tree, src: Tree, path: string, file: string): void => {
    for (const [k, v] of Object.entries(src)) {
      const key = path ? `${path}.${k}` : k;
      if (typeof v === 'string') {
        if (key in target || owner.has(key))
          throw new Error(`i18n key ${key} defined in both ${owner.get(key) ?? '?'} and ${file}`);
        target[k] = v;
        owner.set(key, file);
      } else {
        const existing = target[k];
        if (typeof existing === 'string') throw new Error(`i18n key ${key} is both a text and a group (${file})`);
        const child = existing ?? {};
        target[k] = child;
        walk(child, v, key, file);
      }
    }
  };
  for (const f of [...files].sort((a, b) => a.name.localeCompare(b.name))) walk(out, f.tree, '', f.name);
  return out;
}
