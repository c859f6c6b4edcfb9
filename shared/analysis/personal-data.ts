/**
 * Personal-data check before export: finds Finnish personal identity codes (henkilötunnus), Finnish phone numbers
 * and e-mail addresses in any text of a workshop (round, days, teams, members, board names and every string value
 * of every board document, walked generically so new board kinds are covered without changes here), and masks them.
 *
 * Deliberately pure (no I/O, no i18n): the CLI and, later, the export dialog both build on it.
 *
 * What counts:
 * - Henkilötunnus `ddmmyyCnnnT`: century sign `+` (1800s), `-` or `U V W X Y` (1900s), `A B C D E F` (2000s; the
 *   2023 signs included), individual number 002–999, check character from the mod-31 table over `ddmmyynnn`, and a
 *   real calendar date (so 290223-… is not a code: 1923 was not a leap year). Lower case is accepted. A code glued
 *   to more digits before it, or to a letter or digit after it, is part of some longer token and is not reported.
 * - Phone numbers in Finnish forms: national `0` + area or mobile prefix (`040 123 4567`, `050-1234567`,
 *   `040.123.4567`, `040/1234567`, `09 123 4567`, `(09) 1234 567`, `017 123 456`), or international `+358` /
 *   `00358` (`+358 40 123 4567`, `+358 (0)9 123 4567`). A candidate found by a context-guarded pattern counts when
 *   libphonenumber-js (full metadata) finds it a valid Finnish mobile or landline number. Numbers without a leading
 *   `0` or `+358` (durations, years, percentages, sums), decimals, compact dates like `03122023`, service numbers
 *   (`0800`, `010`, `020`) and business IDs (`0201256-6`) never match.
 * - E-mail addresses `local@domain.tld`, and the usual obfuscations: `matti(at)example.fi`, `[at]`, `(dot)`,
 *   `matti at example dot fi`, `matti @ example.fi`.
 *
 * Masks keep the length and the punctuation and replace every letter and digit with `*` (e-mail keeps `@` and dots),
 * so masked text still fits every length limit of the document it sits in.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { WorkshopData } from '../domain/workshop-data';

export type PersonalDataKind = 'hetu' | 'phone' | 'email';

/** One match in one string: [start, end) in UTF-16 units. */
export interface TextMatch {
  kind: PersonalDataKind;
  start: number;
  end: number;
}

export interface PersonalDataFinding {
  kind: PersonalDataKind;
  /** Team name when the text belongs to a team (its fields, a member, or one of its boards), else null. */
  team: string | null;
  teamId: string | null;
  /** Board name when the text is in a board (its name or document), else null. */
  board: string | null;
  boardId: string | null;
  /** Where in the workshop: `round.notes`, `teams[1].aim`, `members[4].organisation`, `boards[2].doc.notes[0].text`… */
  path: string;
  /** The text around the finding with every finding in it masked; never shows the personal data itself. */
  excerpt: string;
}

const CHECK_CHARS = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const CENTURY: Record<string, number> = {
  '+': 1800,
  '-': 1900,
  U: 1900,
  V: 1900,
  W: 1900,
  X: 1900,
  Y: 1900,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000,
};

const HETU_RE = /(?<!\d)(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-FHJ-NPR-Y])(?![\p{L}\p{N}])/giu;

/** True when `code` (exactly 11 characters) is a valid henkilötunnus: date, century sign, individual number, check. */
export function isValidHetu(code: string): boolean {
  const m = /^(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-FHJ-NPR-Y])$/i.exec(code);
  if (!m) return false;
  const [, dd, mm, yy, sign, nnn, check] = m as unknown as [string, string, string, string, string, string, string];
  const century = CENTURY[sign.toUpperCase()];
  if (century === undefined) return false;
  const individual = Number(nnn);
  if (individual < 2) return false;
  const year = century + Number(yy);
  const month = Number(mm);
  const day = Number(dd);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return false;
  return CHECK_CHARS[Number(`${dd}${mm}${yy}${nnn}`) % 31] === check.toUpperCase();
}

/** The check character for `ddmmyy` + `nnn` (for building test data and examples). */
export function hetuCheckChar(ddmmyy: string, nnn: string): string {
  return CHECK_CHARS[Number(`${ddmmyy}${nnn}`) % 31]!;
}

// A candidate: national 0+prefix or +358/00358 (optionally "(0)"), then digits in groups separated by one space,
// hyphen, dot or slash (`040.123.4567`, `040/1234567`). "(09)" is allowed as a written area code. The context
// guards keep decimals, dates, versions and numbers glued to words out; libphonenumber-js then decides.
const PHONE_RE =
  /(?<![\p{L}\p{N}+/]|[\p{L}\p{N}]-|\d[.,:])(?:(?:\+|00)358[ -]?(?:\(0\)[ -]?)?\(?[1-9]\d{0,2}\)?|\(0[1-9]\d{0,2}\)|0[1-9]\d{0,2})(?:[ ./-]?\d{1,4}){1,4}(?![\p{L}\p{N}]|-[\p{L}\p{N}]|[.,/]\d|\s?%)/gu;

// Only numbers that reach a person: mobile and landline. Service and organisation numbers (0800, 010, 020, 0295)
// are public switchboards, not personal data.
const PERSONAL_TYPES = new Set(['MOBILE', 'FIXED_LINE', 'FIXED_LINE_OR_MOBILE', 'PERSONAL_NUMBER', 'VOIP']);

// A business ID (Y-tunnus) is seven digits, a hyphen and a check digit; some read as valid phone numbers.
const BUSINESS_ID = /^\d{7}-\d$/;

function isCompactDate(digits: string): boolean {
  if (digits.length !== 8) return false;
  const d = Number(digits.slice(0, 2));
  const m = Number(digits.slice(2, 4));
  const y = Number(digits.slice(4));
  return y >= 1900 && y <= 2099 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/** True when the written candidate is a Finnish mobile or landline number by libphonenumber-js's full metadata. */
function isPhone(written: string): boolean {
  if (BUSINESS_ID.test(written)) return false;
  const international = /^(\+|00)358/.test(written);
  if (!international && isCompactDate(written.replace(/\D/g, ''))) return false;
  // libphonenumber reads "(0)" after the country code as part of the number; Finns write it as a reminder only.
  const normal = written
    .replace(/^00358/, '+358')
    .replace(/\(0\)/, '')
    .replace(/[./]/g, ' ');
  const parsed = parsePhoneNumberFromString(normal, 'FI');
  if (!parsed || parsed.country !== 'FI' || !parsed.isValid()) return false;
  // The metadata still allows the old short mobile numbers (040 1234); a number today has at least 7 digits after 0.
  if (parsed.nationalNumber.length < (/^(4\d|50)/.test(parsed.nationalNumber) ? 7 : 6)) return false;
  return PERSONAL_TYPES.has(parsed.getType() ?? '');
}

// Ids are generated, never personal data; a UUID's hex groups can look like a phone number.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const EMAIL_RE =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}_%+-][\p{L}\p{N}._%+-]*@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}])/gu;

// Addresses written to dodge harvesters: `matti(at)example.fi`, `matti [at] thl [dot] fi`, `matti at example dot fi`,
// `matti @ example.fi`. The bare word form needs both " at " and " dot " so ordinary English text does not match.
const LOCAL = String.raw`(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}_%+-][\p{L}\p{N}._%+-]*`;
const LABEL = String.raw`[\p{L}\p{N}-]+`;
const BRACKET_AT = String.raw`\s?[(\[{]\s?(?:at|ät|@)\s?[)\]}]\s?`;
const BRACKET_DOT = String.raw`(?:\.|\s?[(\[{]\s?(?:dot|piste|\.)\s?[)\]}]\s?)`;
const OBFUSCATED_EMAIL_RES = [
  // (at) / [at] / {at}, dots written plainly or as (dot)
  new RegExp(
    String.raw`${LOCAL}${BRACKET_AT}${LABEL}(?:${BRACKET_DOT}${LABEL})*${BRACKET_DOT}\p{L}{2,}(?![\p{L}\p{N}])`,
    'giu',
  ),
  // " at " … " dot " in words
  new RegExp(String.raw`${LOCAL}\s+at\s+${LABEL}(?:\s+dot\s+${LABEL})*\s+dot\s+\p{L}{2,}(?![\p{L}\p{N}])`, 'giu'),
  // spaces around @
  new RegExp(
    String.raw`${LOCAL}\s+@\s*${LABEL}(?:\.${LABEL})*\.\p{L}{2,}(?![\p{L}\p{N}])|${LOCAL}@\s+${LABEL}(?:\.${LABEL})*\.\p{L}{2,}(?![\p{L}\p{N}])`,
    'gu',
  ),
];

/** Every personal-data match in `text`, in order, without overlaps (a henkilötunnus wins over a phone number). */
export function findInText(text: string): TextMatch[] {
  if (text.length < 6 || UUID.test(text)) return [];
  const found: TextMatch[] = [];
  for (const m of text.matchAll(HETU_RE)) {
    if (isValidHetu(m[0])) found.push({ kind: 'hetu', start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(EMAIL_RE)) found.push({ kind: 'email', start: m.index, end: m.index + m[0].length });
  for (const re of OBFUSCATED_EMAIL_RES) {
    for (const m of text.matchAll(re)) found.push({ kind: 'email', start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(PHONE_RE)) {
    // Trailing groups may be another number ("040 123 4567 10 kertaa"): take the longest leading part that is a phone.
    let written = m[0];
    if (BUSINESS_ID.test(written)) continue;
    while (written !== '' && !isPhone(written)) {
      const cut = written.replace(/[ ./-]?\d{1,4}$/, '');
      written = cut === written || !/\d$/.test(cut) ? '' : cut;
    }
    if (written !== '') found.push({ kind: 'phone', start: m.index, end: m.index + written.length });
  }
  found.sort((a, b) => a.start - b.start || (a.kind === 'hetu' ? -1 : b.kind === 'hetu' ? 1 : 0) || b.end - a.end);
  const out: TextMatch[] = [];
  for (const f of found) {
    const last = out.at(-1);
    if (last && f.start < last.end) continue;
    out.push(f);
  }
  return out;
}

/** `text` with every match's letters and digits replaced by `*` (length and punctuation kept). */
export function maskText(text: string, matches: readonly TextMatch[] = findInText(text)): string {
  if (matches.length === 0) return text;
  let out = '';
  let at = 0;
  for (const m of matches) {
    out += text.slice(at, m.start) + text.slice(m.start, m.end).replace(/[\p{L}\p{N}]/gu, '*');
    at = m.end;
  }
  return out + text.slice(at);
}

const EXCERPT_SIDE = 24;

function excerpt(text: string, masked: string, m: TextMatch): string {
  const from = Math.max(0, m.start - EXCERPT_SIDE);
  const to = Math.min(text.length, m.end + EXCERPT_SIDE);
  const body = masked.slice(from, to).replace(/\s+/g, ' ');
  return `${from > 0 ? '…' : ''}${body}${to < text.length ? '…' : ''}`;
}

interface Place {
  team: string | null;
  teamId: string | null;
  board: string | null;
  boardId: string | null;
}

/** Calls `visit` for every string inside `value` (objects and arrays walked; object keys are not text). */
function walkStrings(value: unknown, path: string, visit: (s: string, path: string) => void): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) value.forEach((v, i) => walkStrings(v, `${path}[${i}]`, visit));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>))
      walkStrings(v, path ? `${path}.${k}` : k, visit);
  }
}

/** Every personal-data finding in the workshop, with where it is and a masked excerpt. */
export function findPersonalData(data: WorkshopData): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  const noPlace: Place = { team: null, teamId: null, board: null, boardId: null };
  const teamPlace = (teamId: string): Place => ({
    team: data.teams.find((t) => t.id === teamId)?.name ?? null,
    teamId,
    board: null,
    boardId: null,
  });
  const scan = (value: unknown, path: string, place: Place) =>
    walkStrings(value, path, (s, p) => {
      const matches = findInText(s);
      if (matches.length === 0) return;
      const masked = maskText(s, matches);
      for (const m of matches) findings.push({ kind: m.kind, ...place, path: p, excerpt: excerpt(s, masked, m) });
    });

  scan(data.title, 'title', noPlace);
  scan(data.round, 'round', noPlace);
  data.days.forEach((d, i) => scan(d, `days[${i}]`, noPlace));
  data.teams.forEach((t, i) => scan(t, `teams[${i}]`, teamPlace(t.id)));
  data.members.forEach((m, i) => scan(m, `members[${i}]`, teamPlace(m.teamId)));
  data.boards.forEach((b, i) => {
    const place = { ...teamPlace(b.teamId), board: b.name, boardId: b.id };
    scan(b.name, `boards[${i}].name`, place);
    scan(b.doc, `boards[${i}].doc`, place);
  });
  // The workshop day's free texts: a visitor's note is the team's; an anonymous comment and the agenda's times
  // belong to no team.
  data.galleryNotes?.forEach((n, i) => scan(n.text, `galleryNotes[${i}].text`, teamPlace(n.teamId)));
  data.dayFeedback?.forEach((a, i) => scan(a.comment, `dayFeedback[${i}].comment`, noPlace));
  data.agendaLog?.forEach((e, i) => {
    scan(e.title, `agendaLog[${i}].title`, noPlace);
    scan(e.note, `agendaLog[${i}].note`, noPlace);
  });
  data.innokylaTexts?.forEach((x, i) => scan(x.text, `innokylaTexts[${i}].text`, teamPlace(x.teamId)));
  return findings;
}

/** A copy of any plain value (a storyboard, a board document) with every string masked; structure kept. */
export function maskDeep<T>(value: T): T {
  if (typeof value === 'string') return maskText(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => maskDeep(v)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, maskDeep(v)])) as T;
  }
  return value;
}

/** A copy of the workshop with every finding masked; ids, kinds, numbers and structure are kept as they were. */
export function maskPersonalData(data: WorkshopData): WorkshopData {
  return {
    title: maskText(data.title),
    round: maskDeep(data.round),
    days: maskDeep(data.days),
    teams: data.teams.map((t) => ({ ...maskDeep(t), id: t.id })),
    members: data.members.map((m) => ({ ...maskDeep(m), id: m.id, teamId: m.teamId })),
    boards: data.boards.map((b) => ({ ...b, name: maskText(b.name), doc: maskDeep(b.doc) })),
    ...(data.galleryNotes ? { galleryNotes: data.galleryNotes.map((n) => ({ ...n, text: maskText(n.text) })) } : {}),
    ...(data.dayFeedback ? { dayFeedback: data.dayFeedback.map((a) => ({ ...a, comment: maskText(a.comment) })) } : {}),
    ...(data.agendaLog
      ? { agendaLog: data.agendaLog.map((e) => ({ ...e, title: maskText(e.title), note: maskText(e.note) })) }
      : {}),
    ...(data.innokylaTexts ? { innokylaTexts: data.innokylaTexts.map((x) => ({ ...x, text: maskText(x.text) })) } : {}),
  };
}

/**
 * How many findings a board's picture could show: its name and every text of its document (whatever the kind
 * draws of it). Picture exports are refused while this is above zero.
 */
export function boardPictureFindings(name: string, doc: unknown): number {
  let count = findInText(name).length;
  walkStrings(doc, '', (s) => {
    count += findInText(s).length;
  });
  return count;
}

/** Counts by kind, for one-line summaries. */
export function countByKind(findings: readonly PersonalDataFinding[]): Record<PersonalDataKind, number> {
  const counts: Record<PersonalDataKind, number> = { hetu: 0, phone: 0, email: 0 };
  for (const f of findings) counts[f.kind]++;
  return counts;
}
