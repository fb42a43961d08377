import { RuleTester } from '../../src/testing/index.js';
import rule from './index.js';

/** `n` distinct words, "w1 w2 … wn". */
function words(n: number, from = 1): string {
  return Array.from({ length: n }, (_, i) => `w${from + i}`).join(' ');
}

new RuleTester().run('max-words', rule, {
  valid: [
    'Thanks for writing in. Your refund is processed.',
    `${words(200)}.`,
    { code: `${words(5)}.`, options: { max: 5 } },
    // Contractions, hyphenated words, placeholders, code and URLs are one word each.
    { code: "Hi {{ ticket.requester.first_name }}, don't re-run `npm ci` at https://example.com/a.", options: { max: 7 } },
    // Quoted blocks (the customer's message) and code blocks are not counted.
    { code: `> ${words(50)}\n\nThanks, we are on it.`, options: { max: 5 } },
    { code: `Run this:\n\n\`\`\`\n${words(50)}\n\`\`\``, options: { max: 2 } },
    // Template tags render to nothing.
    { code: '{% if vip %}Thanks!{% else %}Thank you!{% endif %}', options: { max: 3 } },
    // A channel limit applies only to its channel.
    { code: `---\nchannel: email\n---\n${words(100)}.`, options: { maxByChannel: { chat: 60 } } },
    { code: `---\nchannel: Chat\n---\n${words(60)}.`, options: { maxByChannel: { chat: 60 } } },
    { code: `${words(12)}`, filePath: 'reply.txt', options: { max: 12 } },
    // Setting maxByChannel replaces the default chat limit.
    { code: `---\nchannel: chat\n---\n${words(61)}`, options: { maxByChannel: {} } },
  ],
  invalid: [
    {
      code: `${words(201)}.`,
      errors: [
        {
          messageId: 'tooLong',
          text: 'w201',
          line: 1,
          column: words(200).length + 2,
          message: /^This reply is 201 words long, over the limit of 200; the text from here on is past it\./,
        },
      ],
    },
    {
      code: 'Thanks for writing in. Your refund is processed.',
      options: { max: 5 },
      errors: [{ text: 'refund', line: 1, column: 29, endColumn: 35, message: /^This reply is 8 words long, over the limit of 5;/ }],
    },
    {
      // A contraction is one word: the sixth word is "now".
      code: "We've reset it, you're set now.",
      options: { max: 5 },
      errors: [{ text: 'now' }],
    },
    {
      code: 'Hi {{ name }},\n\nYour code: `ABC-123`. See https://example.com/help please.',
      options: { max: 6 },
      errors: [{ text: 'https://example.com/help', line: 3, column: 27 }],
    },
    {
      // Chat snippets have a limit of 60 by default.
      code: `---\nchannel: chat\n---\n${words(61)}`,
      errors: [{ text: 'w61', line: 4, column: words(60).length + 2, message: /^This reply is 61 words long, over the limit of 60 for chat;/ }],
    },
    {
      code: `---\nchannel: SMS\n---\n${words(31)}`,
      options: { maxByChannel: { sms: 30 } },
      errors: [{ text: 'w31', message: /over the limit of 30 for SMS;/ }],
    },
    {
      code: `---\nchannel: chat\n---\n${words(61)}`,
      options: { maxByChannel: { chat: 60 } },
      errors: [{ text: 'w61', line: 4, message: /over the limit of 60 for chat;/ }],
    },
    {
      code: `---\nchannel: chat\n---\n${words(61)}`,
      options: { max: 10, maxByChannel: { email: 100 } },
      errors: [{ text: 'w11', message: /^This reply is 61 words long, over the limit of 10;/ }],
    },
    {
      // Headings, list items, the greeting and the sign-off are all read.
      code: '# Update\n\n- one\n- two\n\nBest,\nSam',
      options: { max: 4 },
      errors: [{ text: 'Sam', line: 7 }],
    },
    {
      code: `${words(3)}\n\n${words(3, 4)}`,
      filePath: 'reply.txt',
      options: { max: 4 },
      errors: [{ text: 'w5', line: 3, column: 4 }],
    },
    {
      // One report per template, however long.
      code: `${words(500)}.`,
      errors: 1,
    },
    {
      code: 'One two three four five six.',
      options: { max: 5 },
      errors: [{ message: 'This reply is 6 words long, over the limit of 5; the text from here on is past it. Long replies get skimmed and the answer the customer needs gets lost. Keep what they need to act on, link to a help article for the details, or split it into shorter replies.' }],
    },
  ],
});
