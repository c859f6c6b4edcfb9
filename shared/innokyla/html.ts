import type { DraftSection } from './draft';

const escape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The team's text as paragraphs: blank lines part paragraphs, single line breaks stay breaks. */
function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/**
 * One section as clean HTML for Innokylä's web form: only <h2>, <p>, <ul>, <li> and <br>, no classes or styles, so
 * the form keeps its own look. The team's words come first, then the generated draft; sources and guides stay in
 * the app.
 */
export function sectionHtml(s: Pick<DraftSection, 'heading' | 'teamText' | 'paragraphs' | 'items'>): string {
  const out = [`<h2>${escape(s.heading)}</h2>`];
  for (const p of paragraphsOf(s.teamText)) out.push(`<p>${escape(p).replace(/\r?\n/g, '<br>')}</p>`);
  for (const p of s.paragraphs) out.push(`<p>${escape(p)}</p>`);
  if (s.items.length > 0) out.push(`<ul>${s.items.map((i) => `<li>${escape(i)}</li>`).join('')}</ul>`);
  return out.join('\n');
}

/** The same as plain text, for a clipboard (or a form) that takes no HTML. */
export function sectionText(s: Pick<DraftSection, 'heading' | 'teamText' | 'paragraphs' | 'items'>): string {
  const out = [s.heading, ...paragraphsOf(s.teamText), ...s.paragraphs];
  if (s.items.length > 0) out.push(s.items.map((i) => `- ${i}`).join('\n'));
  return out.join('\n\n');
}
