// Template hygiene: text meant for agents ("Note to agent:", "[internal]", "DO NOT SEND") left in
// a customer-facing template reaches every customer. Template comments are the place for it.
import { defineRule } from '../../src/rules/define-rule.js';
import { DEFAULT_SKIP_AUDIENCES, isSkippedAudience, SKIP_AUDIENCES_SCHEMA } from '../../src/rules/audience.js';
import { proseRegions } from '../../src/templating/regions.js';

export interface NoInternalNoteOptions {
  skipAudiences: string[];
}

/** Quote marks, list markers, heading marks and emphasis before a line's first word. */
const LINE_PREFIX = /^[ \t]*(?:>[ \t]*)*(?:(?:[-*+•]|\d{1,3}[.)])[ \t]+)?(?:#{1,6}[ \t]+)?(?:\*\*|__|\*|_)?/;

/** Labels that open a line written for agents. The whole line is reported. */
const LINE_LABELS: readonly RegExp[] = [
  /^notes? (?:to|for) (?:the )?(?:agents?|self|staff|support|team)\b/i,
  /^agents?(?:'s)? notes?\b/i,
  /^internal(?: notes?| use only| only)?(?:\s*(?::|\*\*:|:\*\*)|\s+[-—]\s)/i,
  /^(?:for )?agents?(?: only)?\s*(?::|\*\*:|:\*\*)/i,
  /^(?:staff|agent) only\b/i,
  /^internal only\b/i,
];

/** At the very start of a template: a usage note ("Use when the customer asks for a refund."). */
const USAGE_NOTE = /^use (?:this (?:macro|template|reply|response|snippet|one) )?(?:when|if|for|after|only)\b/i;

/**
 * Markers that are internal wherever they stand; only the marker is reported. `INTERNAL ONLY` and
 * `DO NOT SEND` count in capitals only: "please do not send another email" is advice to a customer.
 */
const ANYWHERE: RegExp = /\[(?:[Ii]nternal|INTERNAL|[Aa]gent only|AGENT ONLY|[Ss]taff only|[Ii]nternal only|INTERNAL ONLY|[Ff]or agents)\]|\((?:[Ii]nternal|INTERNAL|[Aa]gent only|[Ii]nternal only)\)|\bINTERNAL ONLY\b|\bDO NOT SEND\b|\((?:[Dd]elete|[Rr]emove) (?:this|this line|before sending|this before sending)\)|\b[Nn]ote to self\b/g;

interface Found {
  start: number;
  end: number;
}

export default defineRule<NoInternalNoteOptions>({
  meta: {
    id: 'no-internal-note',
    type: 'template',
    docs: {
      description: 'Disallow notes meant for agents ("Note to agent:", "Internal:", "[internal]", "DO NOT SEND", "(delete this line)") in customer-facing templates.',
      recommended: 'error',
      url: 'https://github.com/macrolint/macrolint/blob/main/rules/no-internal-note/README.md',
    },
    messages: {
      internal:
        'A note for agents ("{{text}}") reaches every customer who gets this template. Move it into a template comment ({{comment}}) or the macro’s description, or delete it.',
    },
    schema: {
      type: 'object',
      properties: { skipAudiences: SKIP_AUDIENCES_SCHEMA },
      additionalProperties: false,
    },
    defaultOptions: { skipAudiences: [...DEFAULT_SKIP_AUDIENCES] },
  },
  create(context) {
    const { text, template, prose } = context;
    if (isSkippedAudience(template.metadata, context.options.skipAudiences)) return;
    const regions = proseRegions(prose);
    const inPlaceholder = (start: number, end: number): boolean => prose.placeholders.some((p) => start < p.end && end > p.start);
    // A usage note opens the template: the first block that is not a title.
    const firstProse = prose.blocks.find((b) => b.kind !== 'heading')?.start;
    const found: Found[] = [];

    let lineStart = template.bodyStart;
    while (lineStart < template.bodyEnd) {
      let lineEnd = lineStart;
      while (lineEnd < template.bodyEnd && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
      const line = text.slice(lineStart, lineEnd);
      const prefix = LINE_PREFIX.exec(line)![0].length;
      const content = line.slice(prefix);
      const at = lineStart + prefix;
      const end = lineStart + line.trimEnd().length;
      const labelled = LINE_LABELS.some((label) => label.test(content)) || (firstProse !== undefined && lineStart <= firstProse && firstProse <= lineEnd && USAGE_NOTE.test(content));
      if (labelled && end > at && regions.contains(at, at + 1) && !inPlaceholder(at, at + 1)) {
        found.push({ start: at, end });
      } else {
        ANYWHERE.lastIndex = 0;
        for (let m = ANYWHERE.exec(line); m; m = ANYWHERE.exec(line)) {
          const start = lineStart + m.index;
          const stop = start + m[0].length;
          if (regions.contains(start, stop) && !inPlaceholder(start, stop)) found.push({ start, end: stop });
        }
      }
      lineStart = lineEnd;
      if (text[lineStart] === '\r') lineStart++;
      if (text[lineStart] === '\n') lineStart++;
    }
    const comment = template.syntax === 'helpscout' || template.kind === 'html' ? '<!-- … -->' : '{{!-- … --}} or <!-- … -->';
    for (const f of found) {
      const slice = text.slice(f.start, f.end);
      const shown = slice.length > 60 ? `${slice.slice(0, 59)}…` : slice;
      context.report({ messageId: 'internal', data: { text: shown, comment }, start: f.start, end: f.end });
    }
  },
});
