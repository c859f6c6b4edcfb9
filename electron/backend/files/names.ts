/** A safe file name from a workshop title: keeps letters (ä, ö, å too), digits, spaces and dashes. */
export function fileNameFor(title: string, ext: string): string {
  const base = title
    .normalize('NFC')
    .replace(/[^\p{L}\p{N} _.-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80)
    .replace(/^\.+/, '');
  return `${base || 'tyopaja'}${ext}`;
}
