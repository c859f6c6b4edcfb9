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
    .trim()
    .slice(0, 80)
    .replace(/^\.+/, '');
  return `${base || 'tyopaja'}${ext}`;
}
