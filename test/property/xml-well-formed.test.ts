// The XML checker the formatter properties rely on must reject what an XML consumer rejects.
import { describe, expect, it } from 'vitest';
import { xmlProblem } from './xml-well-formed.js';

describe('xmlProblem', () => {
  it('accepts a well-formed document', () => {
    const xml = '<?xml version="1.0" encoding="utf-8"?>\n<a x="1 &amp; &lt;2&gt;" y=\'&quot;\'><b/><!-- c --><c><![CDATA[<raw>]]>&#x1F600;&#233;</c>\u{1F600}</a>\n';
    expect(xmlProblem(xml)).toBeUndefined();
  });

  it.each([
    ['a bare ampersand', '<a>fish & chips</a>'],
    ['an unknown entity', '<a>&nbsp;</a>'],
    ['a reference to a control character', '<a>&#27;</a>'],
    ['a raw control character', '<a>\u001b[31m</a>'],
    ['a lone surrogate', '<a>\ud800</a>'],
    ['U+FFFE', '<a>\ufffe</a>'],
    ['a < in an attribute', '<a x="<"/>'],
    ['an unquoted attribute', '<a x=1/>'],
    ['a repeated attribute', '<a x="1" x="2"/>'],
    ['attributes without space between them', '<a x="1"y="2"/>'],
    ['an unclosed element', '<a><b></a>'],
    ['a stray end tag', '<a></b></a>'],
    ['two root elements', '<a/><b/>'],
    ['text outside the root', 'x<a/>'],
    [']]> in text', '<a>]]></a>'],
    ['-- in a comment', '<a><!-- a -- b --></a>'],
    ['an unterminated CDATA section', '<a><![CDATA[x</a>'],
    ['a broken declaration', '<?xml version=1.0?><a/>'],
    ['no root', '<?xml version="1.0"?>\n'],
  ])('rejects %s', (_case, xml) => {
    expect(xmlProblem(xml)).toBeDefined();
  });
});
