import { findInText } from '../../../shared/analysis/personal-data';

/** The text with every personal-data finding (henkilötunnus, phone, e-mail) cut out. */
function withoutPersonalData(text: string): string {
  let out = '';
  let at = 0;
  for (const m of findInText(text)) {
    out += `${text.slice(at, m.start)} `;
    at = m.end;
  }
  return out + text.slice(at);
}

/** Longest base name, in characters. */
const MAX_NAME = 80;

/** `s` at most `max` characters long, cut after a whole word at a space (a word longer than that is cut within). */
function cutAtWord(s: string, max: number): string {
  const chars = Array.from(s);
  if (chars.length <= max) return s;
  const head = chars.slice(0, max + 1).join('');
  const at = head.search(/\s\S*$/u);
  const whole = at > 0 ? head.slice(0, at) : chars.slice(0, max).join('');
  return whole.replace(/[\s._-]+$/u, '');
}

/**
 * A safe file name from a workshop title: keeps letters (ä, ö, å too), digits, spaces and dashes. Personal data in
 * the title is left out whatever the export's masking choice: a file name is shown in mail, folders and the
 * download header, where no check ever sees it again.
 */
export function fileNameFor(title: string, ext: string): string {
  const base = withoutPersonalData(title.normalize('NFC'))
    .replace(/[^\p{L}\p{N} _.-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/(?:\s*-\s*)+$/, '')
    .replace(/^(?:\s*-\s*)+/, '')
    .replace(/\s+-(?:\s+-)+\s+/g, ' - ')
    .trim();
  const cut = cutAtWord(base, MAX_NAME).replace(/^\.+/, '');
  return `${cut || 'tyopaja'}${ext}`;
}
