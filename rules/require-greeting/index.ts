// Greeting: QA scorecards ask "Did the agent greet the customer?". An email-style reply should
// open with a greeting line ("Hi {{ticket.requester.first_name}},"); with `personal: true` the
// greeting must name the customer through a placeholder. Chat and SMS snippets, and staff-facing
// templates, are skipped. Off in the recommended config: many teams keep greetings out of macros
// because the helpdesk adds one.
import type { RuleContext, Sentence } from '../../src/types.js';
import { defineRule } from '../../src/rules/define-rule.js';
import { DEFAULT_SKIP_AUDIENCES, isSkippedAudience, SKIP_AUDIENCES_SCHEMA } from '../../src/rules/audience.js';

export interface RequireGreetingOptions {
  /** Require the greeting to name the customer with a placeholder. */
  personal: boolean;
  /** The greeting line the suggestion inserts. */
  greeting: string;
  /** Front-matter `channel` values of templates that are fragments, not emails. */
  channels: string[];
  /** Front-matter `audience` values of templates that are not customer-facing. */
  skipAudiences: string[];
}

const DEFAULT_GREETING = 'Hi there,';
const DEFAULT_CHANNELS = ['chat', 'sms'];

function inList(value: unknown, list: readonly string[]): boolean {
  if (typeof value !== 'string') return false;
  return list.map((v) => v.trim().toLowerCase()).includes(value.trim().toLowerCase());
}

/** The edit that puts the greeting line before `sentence`. */
function insertion(context: RuleContext<RequireGreetingOptions>, sentence: Sentence, greeting: string): { at: number; text: string } {
  const { text } = context;
  let lineStart = sentence.start;
  if (sentence.block.kind === 'listItem') {
    while (lineStart > context.template.bodyStart && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
  }
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return { at: lineStart, text: `${greeting}${eol}${eol}` };
}

export default defineRule<RequireGreetingOptions>({
  meta: {
    id: 'require-greeting',
    type: 'structure',
    docs: {
      description: 'Require an email-style reply to open with a greeting, optionally one that names the customer.',
      recommended: false,
      url: 'https://github.com/macrolint/macrolint/blob/main/rules/require-greeting/README.md',
    },
    messages: {
      missing:
        'This reply starts without a greeting, so it reads like a notice rather than a message to a person. ' +
        'Open with a greeting line, for example "Hi {{example}},".',
      impersonal:
        'This greeting does not name the customer with a placeholder ("{{greeting}}"), so every customer gets the same impersonal — or someone else’s — name. ' +
        'Address them by name with a fallback, for example "Hi {{example}},".',
    },
    schema: {
      type: 'object',
      properties: {
        personal: { type: 'boolean', description: 'Require the greeting to name the customer with a placeholder.' },
        greeting: { type: 'string', description: 'The greeting line the suggestion inserts (use your platform’s name placeholder).' },
        channels: { type: 'array', items: { type: 'string' }, description: 'Front-matter `channel` values to skip (compared case-insensitively).' },
        skipAudiences: SKIP_AUDIENCES_SCHEMA,
      },
      additionalProperties: false,
    },
    defaultOptions: { personal: false, greeting: DEFAULT_GREETING, channels: [...DEFAULT_CHANNELS], skipAudiences: [...DEFAULT_SKIP_AUDIENCES] },
    hasSuggestions: true,
  },
  create(context) {
    const { metadata } = context.template;
    const options = context.options;
    if (isSkippedAudience(metadata, options.skipAudiences)) return;
    if (inList(metadata.channel, options.channels ?? DEFAULT_CHANNELS)) return;
    const personal = options.personal === true;
    const greeting = (options.greeting ?? DEFAULT_GREETING).trim() || DEFAULT_GREETING;
    const example = personal ? '{{ticket.requester.first_name | default: "there"}}' : 'there';
    const found = context.prose.greeting;
    if (found) {
      if (!personal || found.greetingName?.placeholder) return;
      context.report({ messageId: 'impersonal', data: { greeting: found.text, example }, start: found.start, end: found.end });
      return;
    }
    const first = context.prose.sentences.find((s) => s.block.kind !== 'heading' && !s.block.quoted) ?? context.prose.sentences.find((s) => s.block.kind !== 'heading');
    if (!first) return;
    const insert = insertion(context, first, greeting);
    // With `personal`, the default "Hi there," would still be impersonal: only a configured greeting is offered.
    const offer = !personal || greeting !== DEFAULT_GREETING;
    context.report({
      messageId: 'missing',
      data: { example },
      start: first.start,
      end: first.end,
      ...(offer ? { suggest: [{ desc: `Insert "${greeting}" as the first line.`, fix: { range: [insert.at, insert.at] as [number, number], text: insert.text } }] } : {}),
    });
  },
});
