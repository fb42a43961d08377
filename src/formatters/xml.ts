// XML escaping for the junit and checkstyle reports. Text from linted files goes through three
// steps: terminal-unsafe controls become visible escapes (escape.ts: reports get `cat`ed in CI
// logs), anything else XML 1.0 cannot carry at all (lone surrogates, U+FFFE/U+FFFF) likewise,
// and the five markup characters become entities. The result is safe both in attribute values
// and in element text.
import { escapeControlChars } from './escape.js';

// What XML 1.0 allows: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
// escapeControlChars already removed C0 controls; this catches the rest (lone surrogates too:
// without the `u` flag the pattern sees UTF-16 code units, so it pairs them up itself).
const XML_FORBIDDEN = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\ufffe\uffff]|[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text for an XML attribute value (either quote) or element content. */
export function escapeXml(value: string | number): string {
  return escapeControlChars(String(value))
    .replace(XML_FORBIDDEN, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

export const xmlDeclaration = '<?xml version="1.0" encoding="utf-8"?>';
