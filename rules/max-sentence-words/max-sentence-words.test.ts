import { RuleTester } from '../../src/testing/index.js';
import rule from './index.js';

function words(n: number): string {
  return Array.from({ length: n }, (_, i) => `w${i + 1}`).join(' ');
}

const long = `${words(31)}.`;

new RuleTester().run('max-sentence-words', rule, {
  valid: [
    'Thanks for writing in. Your refund is processed.',
    `${words(30)}.`,
    // Many short sentences make a long paragraph, not a long sentence.
    `${words(20)}. ${words(20)}. ${words(20)}.`,
    { code: 'One two three.', options: { max: 3 } },
    // Contractions, hyphens, placeholders and URLs are one word each.
    { code: "Hi {{ name }}, we've re-sent it to https://example.com/inbox today.", options: { max: 8 } },
    // Quoted blocks are the customer's words; code blocks are not prose.
    `> ${long}\n\nThanks, we are on it.`,
    `Run this:\n\n\`\`\`\n${long}\n\`\`\``,
    // A list: each item is a sentence of its own.
    `${Array.from({ length: 4 }, () => `- ${words(10)}`).join('\n')}`,
    { code: `${words(15)}.\n\n${words(15)}.`, filePath: 'reply.txt' },
    { code: `${words(31)}.`, options: { max: 31 } },
  ],
  invalid: [
    {
      code: long,
      errors: [
        {
          messageId: 'tooLong',
          text: long,
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: long.length + 1,
          message: /^This sentence has 31 words \(limit 30\)\./,
        },
      ],
    },
    {
      // Each long sentence is reported.
      code: `Short one. ${long} Another short one. ${long}`,
      errors: [
        { text: long, column: 12 },
        { text: long, column: 12 + long.length + 20 },
      ],
    },
    {
      code: 'Thanks for writing in. Your refund is processed.',
      options: { max: 3 },
      errors: [{ text: 'Thanks for writing in.', message: /^This sentence has 4 words \(limit 3\)/ }, { text: 'Your refund is processed.' }],
    },
    {
      // A contraction is one word, so this has five.
      code: "We've reset it, you're set.",
      options: { max: 4 },
      errors: [{ message: /has 5 words/ }],
    },
    {
      code: `Hi {{name}},\n\n${long}`,
      errors: [{ text: long, line: 3, column: 1 }],
    },
    {
      code: `- ${long}`,
      errors: [{ text: long, line: 1, column: 3 }],
    },
    {
      code: `# ${long}`,
      errors: [{ text: long, column: 3 }],
    },
    {
      // Without terminal punctuation, a plain-text paragraph is one sentence.
      code: `${words(16)}\n${words(16)}`,
      filePath: 'reply.txt',
      errors: [{ line: 1, column: 1, endLine: 2, message: /has 32 words/ }],
    },
    {
      code: `Please see [our guide](https://example.com) and ${words(29)}.`,
      errors: [{ message: /has 34 words/ }],
    },
    {
      code: 'One two three four five six.',
      options: { max: 5 },
      errors: [{ message: 'This sentence has 6 words (limit 5). A customer has to hold all of it in mind at once, and the key point gets lost. Split it into shorter sentences with one idea each, or turn a run of steps into a numbered list.' }],
    },
  ],
});
