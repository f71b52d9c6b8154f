/** Makes root-relative `href` and `src` values absolute, so feed readers can follow them. */
export function absolutizeHtml(html: string, origin: string): string {
  const base = origin.replace(/\/$/, '');
  return html.replace(/\b(href|src)=(["'])\/(?!\/)/g, (_match, attr: string, quote: string) => `${attr}=${quote}${base}/`);
}
