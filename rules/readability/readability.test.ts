import { describe, expect, it } from 'vitest';
import { RuleTester } from '../../src/testing/index.js';
import rule, { fleschKincaidGrade } from './index.js';

// Grade 0.9: short sentences, short words.
const PLAIN =
  'Thanks for writing in. Your order left our shop today. It should reach you by Friday. You will get a tracking link by email. ' +
  'If it does not come, just reply here and we will help. Have a good week.';
// Grade 27.2: long words throughout.
const DENSE =
  'Unfortunately, the synchronization functionality experienced an unanticipated interruption, necessitating administrative intervention. ' +
  'Our engineering organization is investigating the underlying infrastructure configuration. ' +
  'Additional information regarding remediation activities will be communicated subsequently. ' +
  'We appreciate your understanding and patience during this investigation.';
// Grade 11.8: plain, except for one sentence.
const ONE_HARD_SENTENCE =
  'Thanks for your note. Your refund is on its way. It can take a few days to show up.\n\n' +
  'Unfortunately, reconciliation between intermediary financial institutions occasionally necessitates additional verification procedures. ' +
  'Reply here if you have questions.';
const HARD = 'Unfortunately, reconciliation between intermediary financial institutions occasionally necessitates additional verification procedures.';

describe('fleschKincaidGrade', () => {
  it('applies 0.39 × words per sentence + 11.8 × syllables per word − 15.59', () => {
    expect(fleschKincaidGrade(100, 5, 150)).toBeCloseTo(0.39 * 20 + 11.8 * 1.5 - 15.59, 10);
    expect(fleschKincaidGrade(10, 1, 10)).toBeCloseTo(0.11, 10);
  });
});

new RuleTester().run('readability', rule, {
  valid: [
    PLAIN,
    // Fewer than 30 words: not graded.
    HARD,
    // Quoted blocks, headings, the greeting and the sign-off are not graded.
    `> ${DENSE}\n\n${PLAIN}`,
    `# ${HARD}\n\n${PLAIN}`,
    `Hi {{ ticket.requester.first_name_or_organisation_display_name }},\n\n${PLAIN}\n\nKind regards,\nThe Customer Experience Organization`,
    // Placeholders read as short names; code and URLs are left out.
    `${PLAIN} Your reference is {{ ticket.identification_number }} and {{ order.confirmation_reference }}.`,
    `${PLAIN} Track it at https://example.com/internationalization/configuration/administration or run \`synchronization --administrative\`.`,
    { code: ONE_HARD_SENTENCE, options: { maxGrade: 12 } },
    { code: ONE_HARD_SENTENCE, options: { minWords: 100 } },
    { code: PLAIN, filePath: 'reply.txt' },
    '',
  ],
  invalid: [
    {
      code: DENSE,
      errors: [
        {
          messageId: 'tooHard',
          text: 'Unfortunately, the synchronization functionality experienced an unanticipated interruption, necessitating administrative intervention.',
          line: 1,
          column: 1,
          message: /^This reply reads at about grade 27\.2 \(Flesch–Kincaid\), above the target of 8; this is its hardest sentence \(grade 3\d\.\d\)\./,
        },
      ],
    },
    {
      // Reported once, at the hardest sentence.
      code: ONE_HARD_SENTENCE,
      errors: [{ text: HARD, line: 3, column: 1, endLine: 3, endColumn: HARD.length + 1, message: /about grade 11\.8 .+ \(grade 39\.1\)/ }],
    },
    {
      code: HARD,
      options: { minWords: 5 },
      errors: [{ text: HARD }],
    },
    {
      code: PLAIN,
      options: { maxGrade: 0 },
      errors: [{ text: 'Your order left our shop today.', message: /about grade 0\.9 \(Flesch–Kincaid\), above the target of 0; .+\(grade 2\.5\)/ }],
    },
    {
      // Short words but one very long sentence: length alone raises the grade.
      code: `${Array.from({ length: 12 }, () => 'we will send it to you').join(' and ')}.`,
      errors: [{ message: /about grade 2\d\.\d/ }],
    },
    {
      // List items are prose too.
      code: `Here is what happened:\n\n- ${HARD}\n- ${DENSE}`,
      errors: [{ line: 3, column: 3, text: HARD }],
    },
    {
      code: `Hi {{name}},\n\n${DENSE}\n\nThanks,\nSam`,
      errors: [{ line: 3, column: 1 }],
    },
    {
      code: DENSE,
      filePath: 'reply.txt',
      errors: 1,
    },
    {
      code: `${PLAIN}\n\n${HARD} ${HARD}`,
      errors: [{ text: HARD, line: 3, column: 1 }],
    },
    {
      code: DENSE,
      options: { maxGrade: 12.5 },
      errors: [
        {
          message:
            'This reply reads at about grade 27.2 (Flesch–Kincaid), above the target of 12.5; this is its hardest sentence (grade 37.0). ' +
            'Customers read support replies in a hurry and often in a second language. Use shorter sentences and plainer words: "use" for "utilize", "help" for "assistance".',
        },
      ],
    },
  ],
});
