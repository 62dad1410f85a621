// An article's body as the reader site shows it. The snapshot's HTML passed
// the public allowlist when the issue was published; this only adds what the
// printed page adds around it, and never lets the additions carry markup.

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The body with its 电头 leading the first paragraph in bold, as printed
 * (`伊滨讯 5月29日　区党工委…`), and its pictures decoded off the main thread.
 */
export function readerBodyHtml(html: string, options: { dateline: string | null; separator: string }): string {
  let body = html.replace(/<img\s/g, '<img decoding="async" ');
  const dateline = options.dateline?.trim();
  if (dateline) {
    const lead = `<strong class="reader-dateline">${escapeHtml(dateline)}</strong>${escapeHtml(options.separator)}`;
    body = body.startsWith("<p>") ? `<p>${lead}${body.slice(3)}` : `<p>${lead}</p>${body}`;
  }
  return body;
}
