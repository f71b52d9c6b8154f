/**
 * Characters XML 1.0 forbids anywhere in a document, escaped or not: C0 controls other than tab,
 * line feed and carriage return; U+FFFE and U+FFFF; surrogates without their pair (with the `u`
 * flag a proper pair is one code point, so only lone halves match). Editors paste them from word
 * processors and wire feeds; one of them makes a feed or sitemap unreadable for every reader.
 */
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu;

/** Removes the characters XML 1.0 does not allow, so any text can go into a feed or sitemap. */
export function stripNonXmlChars(text: string): string {
  return text.replace(NOT_XML_CHAR, '');
}

/** Escapes text for XML element content and attribute values, dropping characters XML cannot carry. */
export function escapeXml(text: string): string {
  return stripNonXmlChars(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
