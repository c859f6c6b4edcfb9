const LOCALES: Record<string, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/**
 * Typed number text: "1,5", "1.5", " 2 ", "−3" and the half-typed "1," as numbers; '' as null; anything else
 * (including the half-typed "-" or "1e") as undefined, which a field keeps but never saves.
 */
export function parseDecimal(s: string): number | null | undefined {
  const v = s.trim().replace(/\s/g, '').replace(',', '.').replace('−', '-');
  if (v === '') return null;
  if (!/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(v)) return undefined;
  const n = Number(v);
  return Number.isFinite(n) && Math.abs(n) <= 1e12 ? n : undefined;
}

/** A number for an input field: no thousands grouping, the language's decimal separator, up to six decimals. */
export function inputNumber(v: number | null, lang: string): string {
  if (v === null) return '';
  let f = formats.get(lang);
  // Formatters are costly to create, and every render of a number field formats its value.
  if (!f)
    formats.set(
      lang,
      (f = new Intl.NumberFormat(LOCALES[lang] ?? 'fi-FI', { maximumFractionDigits: 6, useGrouping: false })),
    );
  return f.format(v);
}

const formats = new Map<string, Intl.NumberFormat>();
