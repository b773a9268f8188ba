const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes the five characters that can end text or an attribute value in HTML or XML (`'` as the
 * numeric `&#39;`, which both read, rather than XML's `&apos;`, which HTML 4 does not). One function
 * for the embed snippet's HTML and the exported SVG.
 */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}
