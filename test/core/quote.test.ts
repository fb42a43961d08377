// Messages quote what the reader sees, not the source's escapes or entities.
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/core/lint-text.js';
import { definePhraseRule } from '../../src/rules/phrase-rule.js';
import type { RuleModule } from '../../src/types.js';

const rule = definePhraseRule({
  meta: { id: 'wrong', type: 'tone', docs: { description: 'probe', recommended: false }, messages: { hit: 'Quoted "{{phrase}}".' } },
  phrases: [{ pattern: 'you are (so)? wrong', messageId: 'hit' }],
});

function messages(text: string, filePath: string): string[] {
  return lintText(text, { filePath, config: { rules: { wrong: { severity: 2, options: {} } } }, rules: new Map<string, RuleModule>([['wrong', rule]]) }).messages.map((m) => m.message);
}

describe('context.quote', () => {
  it('decodes HTML entities', () => {
    expect(messages('<p>Sorry, but you&rsquo;re wrong.</p>', 'reply.html')).toEqual(['Quoted "you’re wrong".']);
  });

  it('decodes Markdown escapes and folds line breaks to one space', () => {
    expect(messages('Sadly you are\n**so** wrong.', 'reply.md')).toEqual(['Quoted "you are so wrong".']);
  });
});
