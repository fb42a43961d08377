// A strict XML 1.0 well-formedness check, for the junit and checkstyle reports (no XML parser is
// installed, and the lenient HTML parsers would accept what an XML consumer rejects). Covers
// what those reports can contain: an XML declaration, elements, attributes, character data,
// the five predefined entities and character references, comments and CDATA sections.
// Returns the first problem found, or undefined for a well-formed document.

// XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
const NOT_XML_CHAR = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;
const NAME = /^[A-Za-z_:][\w.:-]*/;
const REFERENCE = /^&(?:lt|gt|amp|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);/;

function validReference(ref: string): boolean {
  if (!ref.startsWith('&#')) return true;
  const code = ref[2] === 'x' ? parseInt(ref.slice(3, -1), 16) : parseInt(ref.slice(2, -1), 10);
  return code <= 0x10ffff && !NOT_XML_CHAR.test(String.fromCodePoint(code));
}

/** Character data or an attribute value: `&` only in references, no `<` (and no `]]>` in text). */
function checkText(text: string, where: number, inAttribute: boolean): string | undefined {
  for (let i = text.indexOf('&'); i !== -1; i = text.indexOf('&', i + 1)) {
    const ref = REFERENCE.exec(text.slice(i, i + 12));
    if (!ref || !validReference(ref[0])) return `a bare "&" at ${where + i}`;
  }
  if (inAttribute && text.includes('<')) return `a "<" in an attribute value at ${where}`;
  if (!inAttribute && text.includes(']]>')) return `"]]>" in character data at ${where}`;
  return undefined;
}

export function xmlProblem(xml: string): string | undefined {
  const bad = NOT_XML_CHAR.exec(xml);
  if (bad) return `U+${bad[0].codePointAt(0)!.toString(16).padStart(4, '0')}, not an XML character, at ${bad.index}`;
  let i = 0;
  const open: string[] = [];
  let roots = 0;
  if (xml.startsWith('<?xml')) {
    const end = xml.indexOf('?>');
    if (end === -1 || !/^<\?xml version="1\.[0-9]"(?: encoding="[A-Za-z][\w.-]*")?(?: standalone="(?:yes|no)")?\s*\?>$/.test(xml.slice(0, end + 2))) return 'a malformed XML declaration';
    i = end + 2;
  }
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt === -1 ? xml.length : lt);
    if (open.length === 0 && text.trim() !== '') return `text outside the root element at ${i}`;
    const textProblem = checkText(text, i, false);
    if (textProblem) return textProblem;
    if (lt === -1) break;
    i = lt;
    if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i + 4);
      if (end === -1 || xml.slice(i + 4, end).includes('--')) return `a malformed comment at ${i}`;
      i = end + 3;
    } else if (xml.startsWith('<![CDATA[', i)) {
      if (open.length === 0) return `CDATA outside the root element at ${i}`;
      const end = xml.indexOf(']]>', i);
      if (end === -1) return `an unterminated CDATA section at ${i}`;
      i = end + 3;
    } else if (xml.startsWith('</', i)) {
      const name = NAME.exec(xml.slice(i + 2))?.[0];
      const close = xml.indexOf('>', i);
      if (!name || close === -1 || xml.slice(i + 2 + name.length, close).trim() !== '') return `a malformed end tag at ${i}`;
      if (open.pop() !== name) return `</${name}> at ${i} does not close the open element`;
      i = close + 1;
    } else {
      const name = NAME.exec(xml.slice(i + 1))?.[0];
      if (!name) return `a malformed tag at ${i}`;
      if (open.length === 0 && ++roots > 1) return `a second root element at ${i}`;
      i += 1 + name.length;
      const seen = new Set<string>();
      for (;;) {
        const space = /^\s*/.exec(xml.slice(i))![0].length;
        i += space;
        if (xml.startsWith('/>', i)) {
          i += 2;
          break;
        }
        if (xml[i] === '>') {
          open.push(name);
          i += 1;
          break;
        }
        const attribute = /^([A-Za-z_:][\w.:-]*)\s*=\s*(["'])/.exec(xml.slice(i));
        if (!attribute || space === 0) return `a malformed attribute in <${name}> at ${i}`;
        if (seen.has(attribute[1]!)) return `a repeated attribute ${attribute[1]} in <${name}> at ${i}`;
        seen.add(attribute[1]!);
        const start = i + attribute[0].length;
        const end = xml.indexOf(attribute[2]!, start);
        if (end === -1) return `an unterminated attribute value in <${name}> at ${i}`;
        const valueProblem = checkText(xml.slice(start, end), start, true);
        if (valueProblem) return valueProblem;
        i = end + 1;
      }
    }
  }
  if (open.length > 0) return `<${open[open.length - 1]}> is never closed`;
  if (roots === 0) return 'no root element';
  return undefined;
}
