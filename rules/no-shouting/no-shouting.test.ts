import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/core/lint-text.js';
import { RuleTester } from '../../src/testing/index.js';
import { applySuggestion } from '../../src/testing/apply.js';
import rule, { looksLikeWord } from './index.js';

new RuleTester().run('no-shouting', rule, {
  valid: [
    'Thanks for your patience! Did the code arrive?',
    // Acronyms and initialisms, including ones not on the list that can't be English words.
    'Check the FAQ, the PDF and the VPN settings, then sign in with SSO or 2FA.',
    'Please sign the DCO before we merge your PR. The CLI and the API docs are linked below, and we are on IRC.',
    'This happens in VS Code with FSAA turned on, and the JSON export breaks on NVMe drives.',
    'For changes in the public C-API, see the README and the CONTRIBUTING guide.',
    // Everyday capitals: "I", "A", sentence starts, names, Roman numerals.
    'A new order is on its way. I think Louis XIV would approve of Chapter VIII.',
    // Not the writer's own words, or not words at all.
    '> PLEASE HELP!!! NOTHING WORKS??\n\nThanks for writing in.',
    'The error reads "ACCESS DENIED" when the token has expired.',
    'Run `npm run BUILD_ALL` and open https://EXAMPLE.com/FAQ.',
    'Hi {{ticket.requester.FIRST_NAME}}, your case is {{ticket.id}}.',
    // Codes and identifiers.
    'Use code WELCOME at checkout, or enter code at checkout: 0-WHOLESALE-STANDARD-COLORS.',
    'Set NPY_FEATURE_VERSION and check AT&T coverage.',
    // Labels of buttons and keys, written as the app writes them.
    'Click SAVE, then tap the DONE button and press CTRL+ENTER.',
    // Separator lines between saved replies in one file.
    '---- NOT A BUG REPORT\n\nThanks for the report.',
    // A title that is an acronym, and labels that are conventions.
    '# FAQ\n\nNOTE: we are closed on Monday. FYI, the ETA is 5 PM EST.',
    // Words the team allows.
    { code: 'Your ACME ROCKET order has shipped.', options: { allow: ['ACME', 'rocket'] } },
  ],
  invalid: [
    {
      code: 'Do NOT reply to this email!!!',
      errors: [
        { messageId: 'caps', text: 'NOT', line: 1, column: 4, endColumn: 7, suggestions: [{ output: 'Do not reply to this email!!!' }] },
        { messageId: 'punctuation', text: '!!!', column: 27 },
      ],
    },
    {
      code: 'PLEASE DO NOT REPLY TO THIS EMAIL.',
      errors: [{ messageId: 'caps', text: 'PLEASE DO NOT REPLY TO THIS EMAIL', suggestions: [{ output: 'Please do not reply to this email.' }] }],
    },
    {
      code: 'Hi {{ticket.requester.first_name}},\n\nThis is URGENT. You must NEVER share your PIN.',
      errors: [
        { messageId: 'caps', text: 'URGENT', line: 3, column: 9 },
        { messageId: 'caps', text: 'NEVER', line: 3, column: 26, suggestions: [{ output: 'Hi {{ticket.requester.first_name}},\n\nThis is URGENT. You must never share your PIN.' }] },
      ],
    },
    {
      code: 'Why?! Really?? Great!!',
      errors: [
        { messageId: 'punctuation', text: '?!', column: 4 },
        { messageId: 'punctuation', text: '??', column: 13 },
        { messageId: 'punctuation', text: '!!', column: 21 },
      ],
    },
    {
      code: 'What!? Are you sure?!?!',
      errors: [
        { messageId: 'punctuation', text: '!?' },
        { messageId: 'punctuation', text: '?!?!' },
      ],
    },
    {
      // Acronyms at the ends of a shouted run stay out of it, and stay in capitals.
      code: 'READ THE FAQ before replying.',
      errors: [{ messageId: 'caps', text: 'READ THE', suggestions: [{ output: 'Read the FAQ before replying.' }] }],
    },
    {
      code: 'I AM SO ANGRY about this too.',
      errors: [{ messageId: 'caps', text: 'I AM SO ANGRY', suggestions: [{ output: 'I am so angry about this too.' }] }],
    },
    {
      code: "We CAN'T refund it and you DON'T need to call.",
      errors: [
        { messageId: 'caps', text: "CAN'T", suggestions: [{ output: "We can't refund it and you DON'T need to call." }] },
        { messageId: 'caps', text: "DON'T" },
      ],
    },
    {
      // A heading in capitals is shouting too.
      code: '# REFUND POLICY\n\nRefunds take five days.',
      errors: [{ messageId: 'caps', text: 'REFUND POLICY', line: 1, column: 3, suggestions: [{ output: '# Refund policy\n\nRefunds take five days.' }] }],
    },
    {
      code: '- **IMPORTANT:** back up your files first.',
      errors: [{ messageId: 'caps', text: 'IMPORTANT', column: 5 }],
    },
    {
      code: 'NO refunds after 30 days, ALL sales final.',
      errors: [
        { messageId: 'caps', text: 'NO', column: 1 },
        { messageId: 'caps', text: 'ALL', column: 27 },
      ],
    },
    {
      // Without the allow list entry, a made-up product name that reads like a word is reported.
      code: 'Your ROCKET order has shipped.',
      errors: [{ messageId: 'caps', text: 'ROCKET' }],
    },
    {
      code: 'Please [CLICK HERE](https://example.com) to confirm.',
      errors: [{ messageId: 'caps', text: 'CLICK HERE', column: 9 }],
    },
  ],
});

describe('no-shouting fixes', () => {
  const fixed = (code: string): string => {
    const result = lintText(code, { filePath: 'template.md', config: { rules: { 'no-shouting': { severity: 1, options: {} } } }, rules: new Map([['no-shouting', rule]]) });
    return result.messages
      .filter((m) => m.fix)
      .sort((a, b) => b.offset - a.offset)
      .reduce((text, m) => applySuggestion(text, m.fix!), code);
  };

  it('collapses repeated marks to one', () => {
    expect(fixed('Thanks!!! Did it arrive?? Really?! Sure!?')).toBe('Thanks! Did it arrive? Really? Sure?');
  });

  it('leaves capitals to suggestions', () => {
    expect(fixed('Do NOT reply!!')).toBe('Do NOT reply!');
  });
});

describe('looksLikeWord', () => {
  it('tells words from initialisms', () => {
    for (const word of ['URGENT', 'PLEASE', 'NEVER', 'IMPORTANT', "DON'T", 'STRENGTHS', 'VERY']) expect(looksLikeWord(word), word).toBe(true);
    for (const word of ['FSAA', 'JSON', 'GDPR', 'NVME', 'HTTPS', 'YAML', 'SSID', 'VIII', 'ISBN']) expect(looksLikeWord(word), word).toBe(false);
  });
});
