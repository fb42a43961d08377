// fast-check generators for the property tests: whole template files in every format macrolint
// reads (Markdown, HTML, plain text, JSON and YAML exports), made of realistic support sentences
// (many of which the tone rules flag, so diagnostics and fixes really happen), placeholders of
// every dialect src/templating/placeholders.ts knows (closed, unterminated and malformed), and
// hostile bits: emoji and astral characters, CRLF and lone CR, a BOM, bidi marks, NUL, deep
// nesting and very long words.
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import type { Diagnostic, TemplateSummary } from '../../src/types.js';

export type Format = 'md' | 'html' | 'txt' | 'json' | 'yaml';
export const FORMATS: readonly Format[] = ['md', 'html', 'txt', 'json', 'yaml'];

export interface GeneratedFile {
  format: Format;
  /** The file name: its extension decides the format. */
  fileName: string;
  /** The file's text as the engine decodes it, BOM included when `bom`. */
  text: string;
  bom: boolean;
}

/** Support sentences: neutral ones and ones each tone, structure or template rule flags. */
export const SENTENCES: readonly string[] = [
  'Thanks for reaching out!',
  'Thank you for your patience while we looked into this.',
  "I'm sorry the parcel arrived late.",
  "I've refunded your order today.",
  'The update ships on Monday.',
  'Your new card is on its way and should arrive by Friday.',
  "Let me know if there's anything else I can do.",
  'Just reply to this email if you have any questions.',
  'If you didn’t get the email, check your spam folder.',
  'Did you get a chance to restart the router?',
  'The customer wrote: "you never answer my emails".',
  'Best,',
  'Kind regards, the Support team',
  'Hi there,',
  'You simply need to restart the app.',
  'You simply need to clear your cache, it’s easy.',
  'As I said in my last email, the refund takes five days.',
  'As I already explained, the order shipped on Monday.',
  'Per my last email, the invoice is attached.',
  'Please read the instructions carefully.',
  'You failed to attach the receipt.',
  'You should have saved the file before closing it.',
  'If you had read the FAQ you would know this.',
  'This is user error.',
  "Unfortunately we can't change the billing date.",
  'Unfortunately we can’t ship to your country.',
  "It's not possible to merge accounts.",
  'THIS IS URGENT!!',
  'Please do NOT reply to this email!!!',
  'Why did you do that?!',
  'You are wrong about the charge.',
  "You're mistaken, the plan renews yearly.",
  'You seem confused about how billing works.',
  'Per our policy, refunds are not possible after 30 days.',
  'Company policy does not allow exceptions.',
  'Sorry if you feel that way.',
  'We apologize for any inconvenience.',
  "That's not my department.",
  'There is nothing we can do.',
  'Calm down, please.',
  "You'll have to contact your bank.",
  'You always forget to check the spam folder.',
  'You never read our emails.',
  'Mistakes were made.',
  'Your order was lost.',
  'Obviously, the link is at the top of the page.',
  'Of course, as everyone knows, the app needs an update.',
  'This is a stupid question.',
  'What the hell happened here?',
  'Note to agent: check the CRM before sending.',
  'DO NOT SEND this to VIP customers.',
  'XXX',
  'TODO: add the tracking link',
  'Dear [NAME], your ticket <ISSUE_NUMBER> is closed.',
  '[insert refund amount here]',
  'The API returns a 404 for /v2/orders when the SKU is missing, see https://example.com/docs?a=1&b=2.',
  'Write to billing@example.com or call 555-0100.',
  'This is an extremely long sentence that keeps going and going with more and more words about the refund and the order and the shipping and the billing and the account and the password and the settings page without ever stopping to breathe.',
];

interface PlaceholderEntry {
  raw: string;
  /** The variable path, where the placeholder-fallback fix would insert a fallback after it. */
  name?: string;
}

/** Placeholders of every dialect, with the malformed and unterminated shapes people write. */
export const PLACEHOLDERS: readonly PlaceholderEntry[] = [
  // Liquid (Zendesk, Intercom, Shopify, Front, Gorgias)
  { raw: '{{ticket.requester.first_name}}', name: 'ticket.requester.first_name' },
  { raw: '{{ ticket.requester.first_name }}', name: 'ticket.requester.first_name' },
  { raw: '{{ ticket.requester.first_name | default: "there" }}', name: 'ticket.requester.first_name' },
  { raw: '{{ user.name | fallback: "there" }}', name: 'user.name' },
  { raw: "{{ customer.first_name || 'there' }}", name: 'customer.first_name' },
  { raw: '{{ticket.id}}', name: 'ticket.id' },
  { raw: '{{current_user.first_name}}', name: 'current_user.first_name' },
  { raw: '{{ a | default: "x" | upcase }}', name: 'a' },
  { raw: '{% if ticket.priority == "urgent" %}' },
  { raw: '{%- if customer.first_name -%}' },
  { raw: '{% elsif ticket.status == "open" %}' },
  { raw: '{% else %}' },
  { raw: '{% endif %}' },
  { raw: '{% unless ticket.vip %}' },
  { raw: '{% endunless %}' },
  { raw: "{% case ticket.channel %}{% when 'email' %}" },
  { raw: '{% endcase %}' },
  { raw: '{% comment %}macrolint-disable-next-line no-blame{% endcomment %}' },
  { raw: '{% comment %}you failed to{% endcomment %}' },
  { raw: '{% frobnicate %}' },
  // Handlebars / mustache
  { raw: '{{first_name}}', name: 'first_name' },
  { raw: '{{{customer.name}}}', name: 'customer.name' },
  { raw: '{{~name~}}', name: 'name' },
  { raw: '{{#if customer.first_name}}' },
  { raw: '{{else}}' },
  { raw: '{{/if}}' },
  { raw: '{{^items}}' },
  { raw: '{{! a note for agents }}' },
  { raw: '{{!-- macrolint-disable --}}' },
  // Jinja
  { raw: '{{ name | default("there") }}', name: 'name' },
  { raw: '{# internal note #}' },
  { raw: '{% set greeting = "Hi" %}' },
  // Help Scout
  { raw: '{%customer.firstName%}', name: 'customer.firstName' },
  { raw: '{%customer.firstName,fallback=there%}', name: 'customer.firstName' },
  { raw: '{%user.firstName%}', name: 'user.firstName' },
  { raw: '{%mailbox.email%}', name: 'mailbox.email' },
  // osTicket, GitHub bots, ${…}, Salesforce
  { raw: '%{ticket.name}', name: 'ticket.name' },
  { raw: '%{recipient.name.first}', name: 'recipient.name.first' },
  { raw: '@{issue-author}', name: 'issue-author' },
  { raw: '${duplicateQuery}', name: 'duplicateQuery' },
  { raw: '${ name }', name: 'name' },
  { raw: '{!Contact.FirstName}', name: 'Contact.FirstName' },
  { raw: '{!Contact.FirstName, there}', name: 'Contact.FirstName' },
  { raw: '{!BLANKVALUE(Contact.FirstName, "there")}' },
  // Malformed and unterminated
  { raw: '{{ticket.requester.first_name' },
  { raw: '{% if ticket.vip' },
  { raw: '{%customer.firstName' },
  { raw: '{{!-- never closed' },
  { raw: '%{ticket.' },
  { raw: '{!Contact.' },
  { raw: '{{ }}' },
  { raw: '{{}}' },
  { raw: '{%%}' },
  { raw: '{{ "}}" }}' },
  { raw: '{{ x }}}' },
  { raw: '{{ {{x}} }}' },
  { raw: '{#id}' },
  { raw: '50%{ off }' },
];

/** The text the placeholder-fallback fix inserts after a name (README of placeholder-fallback). */
export const FALLBACK_INSERTIONS: readonly string[] = [
  ',fallback=there',
  ', there',
  ' | default: "there"',
  ' | fallback: "there"',
  ' | default("there")',
];

/** Short strings that try to break a parser, a position map or a report. */
export const HOSTILE_BITS: readonly string[] = [
  '\u{1F600}',
  '\u{1F469}\u200D\u{1F469}\u200D\u{1F467}',
  '\u{1D54F}',
  '\u200F',
  '\u202E',
  '\u2066x\u2069',
  '\u0000',
  '\uFEFF',
  '\u00A0',
  '\t',
  '\u2028',
  '\u0085',
  'e\u0301',
  '顧客',
  'مرحبا',
  '\u001b[31m',
  '\u0007',
  '&amp;',
  '&#39;',
  '&#x1F600;',
  '&nbsp;',
  '&bogus;',
  '<b>',
  '</p>',
  '**',
  '_',
  '\\',
  '\\*',
  '"',
  "'",
  '“quoted”',
  '…',
  '!!!',
  '?!',
  '`code`',
  '[link](https://example.com/a_b*c)',
  '<https://example.com>',
  ']]>',
  '-->',
  '<!--',
  '::error::x',
  '%0A',
  ': ',
  ' #',
  '- ',
  '> ',
];

const sentence = fc.constantFrom(...SENTENCES);
const placeholder = fc.constantFrom(...PLACEHOLDERS.map((p) => p.raw));
const hostileBit = fc.constantFrom(...HOSTILE_BITS);
/** A very long word, with or without a break inside, as pasted tracking numbers and URLs are. */
const longWord = fc
  .tuple(fc.constantFrom('a', 'x', 'Refund', '\u{1F600}', 'é', '-'), fc.integer({ min: 100, max: 1000 }))
  .map(([unit, count]) => unit.repeat(Math.ceil(count / unit.length)));

const inlineExtra = fc.oneof({ weight: 8, arbitrary: placeholder }, { weight: 6, arbitrary: hostileBit }, { weight: 1, arbitrary: longWord });

/** One sentence, with placeholders and hostile bits inserted at word boundaries, in some case. */
export const phrase: fc.Arbitrary<string> = fc
  .tuple(
    sentence,
    fc.array(fc.tuple(fc.nat({ max: 40 }), inlineExtra, fc.boolean()), { maxLength: 3 }),
    fc.constantFrom('as-is', 'as-is', 'as-is', 'upper', 'lower'),
  )
  .map(([text, extras, casing]) => {
    const words = (casing === 'upper' ? text.toUpperCase() : casing === 'lower' ? text.toLowerCase() : text).split(' ');
    for (const [at, extra, spaced] of extras) {
      const index = at % (words.length + 1);
      if (spaced) words.splice(index, 0, extra);
      else words[Math.min(index, words.length - 1)] += extra;
    }
    return words.join(' ');
  });

/** A paragraph's worth of prose: one to four phrases. */
const prose = fc.array(phrase, { minLength: 1, maxLength: 3 }).map((phrases) => phrases.join(' '));

export type LineBreak = '\n' | '\r\n' | '\r' | 'mixed';
const lineBreak = fc.constantFrom<LineBreak>('\n', '\n', '\r\n', '\r', 'mixed');

/** Joins lines with one line break style, or a mix of all three. */
function joinLines(lines: readonly string[], style: LineBreak): string {
  if (style !== 'mixed') return lines.join(style);
  const breaks = ['\n', '\r\n', '\r'];
  return lines.map((line, i) => (i === 0 ? line : breaks[i % 3] + line)).join('');
}

// ---------------------------------------------------------------------------------------------
// Markdown
// ---------------------------------------------------------------------------------------------

const conditional = fc.constantFrom(
  ['{% if ticket.priority == "urgent" %}', '{% else %}', '{% endif %}'],
  ['{{#if customer.first_name}}', '{{else}}', '{{/if}}'],
  ['{% unless ticket.vip %}', '{% endunless %}'],
  ['{% if a %}', '{% if b %}', '{% endif %}'],
  ['{% endif %}'],
);

type Lines = string[];

/** Markdown blocks as lines (joined later with the file's line breaks). */
const markdownBlock: fc.Arbitrary<Lines> = fc.oneof(
  { weight: 8, arbitrary: prose.map((p) => [p]) },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 3 }), phrase).map(([level, p]) => [`${'#'.repeat(level)} ${p}`]) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom('- ', '* ', '1. ', '2) '), fc.array(phrase, { minLength: 1, maxLength: 4 }))
      .map(([marker, items]) => items.map((item) => marker + item)),
  },
  {
    weight: 1,
    // Lists and blockquotes nested deep.
    arbitrary: fc
      .tuple(fc.constantFrom('list', 'quote', 'both'), fc.integer({ min: 2, max: 40 }), phrase)
      .map(([kind, depth, p]) => {
        if (kind === 'quote') return [`${'> '.repeat(depth)}${p}`];
        if (kind === 'list') return Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- ${i === depth - 1 ? p : 'step'}`);
        return [`${'> - '.repeat(depth)}${p}`];
      }),
  },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('```', '~~~', '```liquid'), phrase).map(([fence, p]) => [fence, p, fence.slice(0, 3)]) },
  { weight: 1, arbitrary: phrase.map((p) => ['```', p]) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('macrolint-disable-next-line', 'macrolint-disable no-blame', 'macrolint-enable', 'macrolint-disable-line'), phrase)
      .map(([directive, p]) => [`<!-- ${directive} -->`, p]),
  },
  // A break written `- - -`: a file whose first line is `---` opens front matter.
  { weight: 1, arbitrary: fc.constantFrom<Lines>(['- - -'], ['***'], [''], ['   '], ['<div>'], ['</div>'], ['| a | b |', '| - | - |', '| you failed to | x |']) },
  { weight: 2, arbitrary: fc.tuple(conditional, prose, prose).map(([tags, a, b]) => tags.flatMap((tag, i) => [tag, i === 0 ? a : b])) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('**', '_', '*', '~~', '`'), phrase, fc.constantFrom('[', '<https://x.example/'), phrase)
      .map(([mark, a, link, b]) => [`${mark}${a}${mark} ${link === '[' ? `[${b}](https://example.com/${b.slice(0, 8).replace(/[^A-Za-z0-9]/g, '-')})` : `${link}> ${b}`}`]),
  },
);

const frontMatter = fc.oneof(
  { weight: 3, arbitrary: fc.constant<Lines>([]) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('Refund approved', 'Late order: "sorry"', 'Billing::Dispute', '顧客 \u{1F600}'), fc.constantFrom('customer', 'internal', 'agent'), fc.constantFrom('email', 'chat'))
      .map(([title, audience, channel]) => ['---', `title: ${JSON.stringify(title)}`, `audience: ${audience}`, `channel: ${channel}`, '---']),
  },
);

/** A Markdown template body of up to `maxBlocks` blocks (no BOM, `\n` line breaks). */
function markdownBodyOf(maxBlocks: number): fc.Arbitrary<string> {
  return fc.array(markdownBlock, { minLength: 1, maxLength: maxBlocks }).map((blocks) => blocks.map((b) => b.join('\n')).join('\n\n'));
}
export const markdownBody = markdownBodyOf(4);

// ---------------------------------------------------------------------------------------------
// HTML
// ---------------------------------------------------------------------------------------------

const htmlInline = fc.oneof(
  { weight: 6, arbitrary: prose },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('b', 'strong', 'em', 'i', 'span', 'code'), phrase).map(([tag, p]) => `<${tag}>${p}</${tag}>`) },
  { weight: 1, arbitrary: fc.tuple(placeholder, phrase).map(([href, p]) => `<a href="${href.replace(/"/g, '&quot;')}">${p}</a>`) },
  { weight: 1, arbitrary: fc.constantFrom('<br>', '<br />', '&nbsp;', '&amp;', '&rsquo;', '&#8217;', '&#x27;', '&amp ', '<!-- note -->', '<img src="x" alt="you failed to">') },
  { weight: 1, arbitrary: phrase.map((p) => `<script>var x = "${p}";</script>`) },
);

const htmlBlock: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(fc.constantFrom('p', 'div', 'li', 'h2', 'blockquote', 'td'), fc.array(htmlInline, { minLength: 1, maxLength: 3 })).map(([tag, parts]) => `<${tag}>${parts.join(' ')}</${tag}>`) },
  { weight: 1, arbitrary: fc.array(htmlInline, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('<br>')) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 2, max: 40 }), prose).map(([depth, p]) => `${'<div>'.repeat(depth)}${p}${'</div>'.repeat(depth)}`) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 2, max: 40 }), prose).map(([depth, p]) => `${'<ul><li>'.repeat(depth)}${p}`) },
  { weight: 1, arbitrary: fc.tuple(conditional, prose).map(([tags, p]) => `<p>${tags[0]}</p><p>${p}</p>${tags.slice(1).join('')}`) },
  { weight: 1, arbitrary: prose.map((p) => `<p>${p}`) },
);

function htmlBodyOf(maxBlocks: number): fc.Arbitrary<string> {
  return fc.array(htmlBlock, { minLength: 1, maxLength: maxBlocks }).map((blocks) => blocks.join('\n'));
}
export const htmlBody = htmlBodyOf(4);

// ---------------------------------------------------------------------------------------------
// Plain text
// ---------------------------------------------------------------------------------------------

const textBlock: fc.Arbitrary<Lines> = fc.oneof(
  { weight: 4, arbitrary: prose.map((p) => [p]) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('1. ', '- ', '* ', '• '), fc.array(phrase, { minLength: 1, maxLength: 4 })).map(([marker, items]) => items.map((i) => marker + i)) },
  { weight: 1, arbitrary: fc.array(phrase, { minLength: 2, maxLength: 3 }) },
);

function textBodyOf(maxBlocks: number): fc.Arbitrary<string> {
  return fc.array(textBlock, { minLength: 1, maxLength: maxBlocks }).map((blocks) => blocks.map((b) => b.join('\n')).join('\n\n'));
}
export const textBody = textBodyOf(4);

// ---------------------------------------------------------------------------------------------
// Whole files: Markdown, HTML, text
// ---------------------------------------------------------------------------------------------

function withBreaks(body: string, style: LineBreak): string {
  return joinLines(body.split('\n'), style);
}

export const markdownFile: fc.Arbitrary<GeneratedFile> = fc
  .tuple(frontMatter, markdownBody, lineBreak, fc.boolean(), fc.boolean())
  .map(([front, body, style, hasBom, finalBreak]) => {
    // Front matter keeps LF or CRLF: the `yaml` package reads a lone CR as no line break at all
    // (YAML 1.2 says it is one), so lone-CR front matter is a known "Invalid YAML front matter".
    const frontBreak = style === '\r\n' ? '\r\n' : '\n';
    const head = front.length > 0 ? front.join(frontBreak) + frontBreak : '';
    const text = head + withBreaks(body + (finalBreak ? '\n' : ''), style);
    return { format: 'md', fileName: 'reply.md', text: (hasBom ? '\uFEFF' : '') + text, bom: hasBom };
  });

export const htmlFile: fc.Arbitrary<GeneratedFile> = fc.tuple(htmlBody, lineBreak, fc.boolean()).map(([body, style, hasBom]) => ({
  format: 'html',
  fileName: 'reply.html',
  text: (hasBom ? '\uFEFF' : '') + withBreaks(body, style),
  bom: hasBom,
}));

export const textFile: fc.Arbitrary<GeneratedFile> = fc.tuple(textBody, lineBreak, fc.boolean()).map(([body, style, hasBom]) => ({
  format: 'txt',
  fileName: 'reply.txt',
  text: (hasBom ? '\uFEFF' : '') + withBreaks(body, style),
  bom: hasBom,
}));

// ---------------------------------------------------------------------------------------------
// JSON and YAML exports
// ---------------------------------------------------------------------------------------------

/** How a string is written: JSON escaping, or a YAML scalar style. */
export type StringStyle = 'plain' | 'ascii' | 'heavy' | 'single' | 'double' | 'literal' | 'folded';

/** A string leaf of a generated document, with the style it is to be written in. */
export interface Str {
  str: string;
  style: StringStyle;
}
export type Value = Str | number | boolean | null | Value[] | { [key: string]: Value };

const stringStyle = fc.constantFrom<StringStyle>('plain', 'ascii', 'heavy', 'single', 'double', 'literal', 'folded');
const str = (text: fc.Arbitrary<string>): fc.Arbitrary<Str> => fc.record({ str: text, style: stringStyle });

const title = fc.oneof(
  fc.constantFrom('Billing::Refund::Denied', 'Shipping: delayed order', 'Order status – shipped', 'Password reset', 'Warranty expired'),
  phrase.map((p) => p.slice(0, 60)),
);
// Bodies inside exports are shorter: an export holds several templates.
const exportMarkdown = markdownBodyOf(2);
const exportHtml = htmlBodyOf(2);
const exportText = textBodyOf(2);
const anyBody = fc.oneof(exportMarkdown, exportText);
const id = fc.integer({ min: 1, max: 999_999_999 });

/** One record in each platform's export shape (see src/formats/presets and fixtures/platforms). */
const exportShapes: fc.Arbitrary<Value> = fc.oneof(
  // Zendesk macros: actions with comment_value (string or ["channel:all", text]), comment_value_html, subject.
  fc
    .array(
      fc.record({
        id,
        title: str(title),
        actions: fc
          .tuple(str(anyBody), str(exportHtml), str(phrase), fc.boolean())
          .map(([comment, html, subject, channel]): Value => [
            { field: { str: 'subject', style: 'plain' }, value: subject },
            { field: { str: 'comment_value', style: 'double' }, value: channel ? [{ str: 'channel:all', style: 'double' }, comment] : comment },
            { field: { str: 'comment_value_html', style: 'plain' }, value: html },
            { field: { str: 'status', style: 'plain' }, value: { str: 'solved', style: 'plain' } },
          ]),
      }),
      { minLength: 1, maxLength: 2 },
    )
    .map((macros): Value => ({ macros })),
  // Help Scout saved replies.
  fc
    .array(fc.record({ id, name: str(title), text: str(exportHtml), chatText: str(exportText) }), { minLength: 1, maxLength: 2 })
    .map((replies): Value => ({ _embedded: { replies } })),
  // Freshdesk canned responses.
  fc.array(fc.record({ id, title: str(title), folder_id: id, content_html: str(exportHtml) }), { minLength: 1, maxLength: 2 }),
  // Intercom macros.
  fc
    .array(
      fc.record({ type: fc.constant<Value>({ str: 'macro', style: 'plain' }), id: id.map((n): Value => ({ str: String(n), style: 'double' })), name: str(title), body_text: str(anyBody), body: str(exportHtml) }),
      { minLength: 1, maxLength: 2 },
    )
    .map((data): Value => ({ type: { str: 'list', style: 'plain' }, data })),
  // Front message templates.
  fc
    .array(fc.record({ id: id.map((n): Value => ({ str: `rsp_${n}`, style: 'plain' })), name: str(title), subject: str(phrase), body: str(exportHtml) }), { minLength: 1, maxLength: 2 })
    .map((results): Value => ({ _results: results })),
  // Gorgias macros.
  fc
    .array(
      fc.record({
        id,
        name: str(title),
        actions: fc
          .tuple(str(anyBody), str(exportHtml))
          .map(([text, html]): Value => [{ name: { str: 'setResponseText', style: 'plain' }, arguments: { body_text: text, body_html: html } }]),
      }),
      { minLength: 1, maxLength: 2 },
    )
    .map((data): Value => ({ data })),
  // No preset: label-actions and bot command lists, read with the default selectors (`**.comment`, `**.body`…).
  fc.dictionary(
    fc.constantFrom('bug', 'question', 'duplicate', 'needs: info', 'invalid #1', '顧客'),
    fc.record({ comment: str(anyBody), close: fc.boolean(), lock: fc.constantFrom<Value>(null, 1, { str: 'resolved', style: 'single' }) }),
    { minKeys: 1, maxKeys: 3 },
  ),
  fc.array(fc.record({ name: str(title), body: str(anyBody), text: str(exportText) }), { minLength: 1, maxLength: 2 }),
);

/** The string as JSON writes it, with more or fewer optional escapes. */
function jsonString(value: string, style: StringStyle): string {
  let out = '"';
  for (const char of value) {
    const code = char.codePointAt(0)!;
    if (char === '"' || char === '\\') out += `\\${char}`;
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += style === 'heavy' ? '\\t' : '\\u0009';
    else if (code < 0x20) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else if (style === 'heavy' && char === '/') out += '\\/';
    else if ((style === 'ascii' && code > 0x7e) || (style === 'heavy' && /[eé’{}]/.test(char))) {
      for (let i = 0; i < char.length; i++) out += `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`;
    } else out += char;
  }
  return `${out}"`;
}

function isStr(value: Value): value is Str {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as Str).str === 'string' && typeof (value as Str).style === 'string';
}

export function toJson(value: Value, indent: string, depth = 0): string {
  if (isStr(value)) return jsonString(value.str, value.style);
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const pad = indent ? `\n${indent.repeat(depth + 1)}` : '';
  const close = indent ? `\n${indent.repeat(depth)}` : '';
  if (Array.isArray(value)) return value.length === 0 ? '[]' : `[${value.map((v) => pad + toJson(v, indent, depth + 1)).join(',')}${close}]`;
  const entries = Object.entries(value);
  return `{${entries.map(([k, v]) => `${pad}${JSON.stringify(k)}:${indent ? ' ' : ''}${toJson(v, indent, depth + 1)}`).join(',')}${close}}`;
}

export const jsonFile: fc.Arbitrary<GeneratedFile> = fc
  .tuple(exportShapes, fc.constantFrom('', '  ', '    ', '\t'), fc.boolean(), fc.boolean())
  .map(([value, indent, crlf, hasBom]) => {
    const text = toJson(value, indent);
    return { format: 'json', fileName: 'export.json', text: (hasBom ? '\uFEFF' : '') + (crlf ? text.replace(/\n/g, '\r\n') : text), bom: hasBom };
  });

// YAML: every string is written in its style when that style can hold it, else double-quoted.

/** Characters YAML allows unescaped (YAML 1.2 c-printable), tab and line breaks aside. */
const YAML_PRINTABLE = /^[\u0020-\u007e\u0085\u00a0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}\t\n]*$/u;

function yamlDouble(value: string, fold: string | undefined): string {
  let out = '';
  for (const char of value) {
    const code = char.codePointAt(0)!;
    if (char === '"' || char === '\\') out += `\\${char}`;
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f || (code >= 0x80 && code <= 0x9f) || code === 0xfeff || code === 0x2028 || code === 0x2029) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += char;
  }
  // A line break between two words folds back into the one space it replaced.
  if (fold !== undefined) out = out.replace(/(\S) (\S)/g, (whole, a: string, b: string, at: number) => (at % 7 === 0 ? `${a}\n${fold}${b}` : whole));
  return `"${out}"`;
}

function yamlScalar(value: string, style: StringStyle, indent: string): string | undefined {
  const printable = YAML_PRINTABLE.test(value) && !value.includes('\r') && !value.includes('\uFEFF');
  switch (style) {
    case 'plain':
      return printable && !value.includes('\n') ? value : undefined;
    case 'single':
      return printable && !value.includes('\n') ? `'${value.replace(/'/g, "''")}'` : undefined;
    case 'literal':
    case 'folded': {
      if (!printable || value.trim() === '') return undefined;
      const lines = value.split('\n');
      const chomp = value.endsWith('\n') ? (value.endsWith('\n\n') ? '+' : '') : '-';
      const indicator = /^[ \t]/.test(value) ? '2' : '';
      const body = (chomp === '' ? lines.slice(0, -1) : chomp === '+' ? lines.slice(0, -1) : lines).map((line) => (line === '' ? '' : indent + line));
      return `${style === 'literal' ? '|' : '>'}${indicator}${chomp}\n${body.join('\n')}`;
    }
    default:
      return yamlDouble(value, style === 'heavy' ? indent : undefined);
  }
}

/** Whether `key: <scalar>` reads back as a string, without errors. */
export type ScalarCheck = (scalar: string) => boolean;

export function toYaml(value: Value, check: ScalarCheck, depth = 0): string {
  const indent = '  '.repeat(depth + 1);
  if (isStr(value)) {
    const written = yamlScalar(value.str, value.style, indent);
    return written !== undefined && check(written) ? written : yamlDouble(value.str, undefined);
  }
  if (value === null || typeof value !== 'object') return value === null ? 'null' : String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return value.map((item) => `\n${'  '.repeat(depth)}- ${toYaml(item, check, depth + 1).replace(/^\n\s*/, '')}`).join('');
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  return entries.map(([k, v]) => `\n${'  '.repeat(depth)}${JSON.stringify(k)}: ${toYaml(v, check, depth + 1)}`).join('');
}

/** YAML files in the same shapes, given a way to check that a scalar reads back as a string. */
export function yamlFile(check: ScalarCheck): fc.Arbitrary<GeneratedFile> {
  return fc.tuple(exportShapes, fc.boolean(), fc.boolean()).map(([value, crlf, hasBom]) => {
    const text = `# generated export\n${toYaml(value, check).replace(/^\n/, '')}\n`;
    return { format: 'yaml', fileName: 'export.yaml', text: (hasBom ? '\uFEFF' : '') + (crlf ? text.replace(/\n/g, '\r\n') : text), bom: hasBom };
  });
}

/** A YAML scalar is written in its style only when `k: <scalar>` reads back as a string without errors. */
export function readsAsString(scalar: string): boolean {
  const document = parseDocument(`k: ${scalar}`);
  if (document.errors.length > 0) return false;
  try {
    return typeof (document.toJS() as { k?: unknown } | null)?.k === 'string';
  } catch {
    return false; // `**…` read as an alias to no anchor
  }
}

export const generators: Record<Format, fc.Arbitrary<GeneratedFile>> = {
  md: markdownFile,
  html: htmlFile,
  txt: textFile,
  json: jsonFile,
  yaml: yamlFile(readsAsString),
};

// ---------------------------------------------------------------------------------------------
// Lint results, for the formatters
// ---------------------------------------------------------------------------------------------

/** Text that tries to escape a report: terminal escapes, workflow commands, markup, line breaks. */
const REPORT_BREAKERS: readonly string[] = [
  '\u001b[31m', '\u001b[2J', '\u001b]8;;http://x\u0007', '\u009b', '\u0007', '\u0000', '\u007f', '\r', '\n', '\r\n', '\t',
  '\u2028', '\u2029', '\u0085', '\u202e', '\u2066', '\u200f', '\u061c', '\ufeff', '\ud800', '\udc00', '\ufffe', '\uffff',
  '::error::', '::set-output name=x::y', '::add-mask::', '%0A', '%25', '%', ',', ':', '=', '::', '\n::warning file=x::',
  '<script>alert(1)</script>', '</td>', '<img src=x onerror=alert(1)>', '"', "'", '&', '&amp;', '<', '>', ']]>', '<![CDATA[', '-->', '--',
  '\u{1F600}', '顧客', 'e\u0301', ' ', '/', '\\', '..', 'javascript:alert(1)',
];

/** Any string: arbitrary code points (lone surrogates too), report breakers, or a realistic phrase. */
export const reportText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: fc.constantFrom(...REPORT_BREAKERS), maxLength: 8 }),
  fc.array(fc.oneof(phrase, fc.constantFrom(...REPORT_BREAKERS)), { maxLength: 4 }).map((parts) => parts.join(' ')),
);

const position = fc.oneof(fc.integer({ min: 1, max: 500 }), fc.constantFrom(0, 1, 2));
const ruleId = fc.oneof(
  fc.constantFrom<string | null>(null, 'no-blame', 'no-customer-wrong', 'acme/no-jargon', 'template-syntax'),
  reportText,
);
const edit = fc.record({ range: fc.tuple(fc.nat({ max: 100 }), fc.nat({ max: 100 })), text: reportText });

export const diagnostic: fc.Arbitrary<Diagnostic> = fc.record(
  {
    ruleId,
    severity: fc.constantFrom<1 | 2>(1, 2),
    message: reportText,
    messageId: fc.constantFrom('wrong', 'blame'),
    line: position,
    column: position,
    endLine: position,
    endColumn: position,
    offset: fc.nat({ max: 1000 }),
    endOffset: fc.nat({ max: 1000 }),
    template: reportText,
    fix: edit,
    suggestions: fc.array(fc.record({ desc: reportText, fix: edit }), { maxLength: 2 }),
    fatal: fc.constant(true),
  },
  { requiredKeys: ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'offset', 'endOffset'] },
);

/** A file path: inside the report's cwd (/work/project), outside it, or a pseudo path. */
export const reportPath: fc.Arbitrary<string> = fc.oneof(
  fc.array(reportText.map((s) => s.replace(/\//g, '_') || 'x'), { minLength: 1, maxLength: 3 }).map((parts) => `/work/project/${parts.join('/')}.md`),
  reportText.map((s) => `/elsewhere/${s.replace(/\//g, '_')}.json`),
  fc.constantFrom('<text>', 'relative/reply.md', '/work/project'),
);

export interface GeneratedResult {
  filePath: string;
  messages: Diagnostic[];
  templates: TemplateSummary[];
}

export const fileResult: fc.Arbitrary<GeneratedResult> = fc.record({
  filePath: reportPath,
  messages: fc.array(diagnostic, { maxLength: 5 }),
  templates: fc.array(fc.record({ name: reportText, metadata: fc.dictionary(fc.constantFrom('id', 'title', 'audience'), reportText) }), { maxLength: 3 }),
});
