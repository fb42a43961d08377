import { RuleTester } from '../../src/testing/index.js';
import rule from './index.js';

const closer = 'If anything is still unclear, just reply to this email and we’ll help.';

new RuleTester().run('offer-further-help', rule, {
  valid: [
    'Your refund is processed. If you have any other questions, just reply to this email.',
    'Your order shipped today. Let us know if it hasn’t arrived by Monday.',
    'Go to Settings and click Retry. If the error comes back, reply here and I’ll pick it up.',
    // A concrete next step of ours.
    'I’ve escalated this to our billing team. I’ll update you by Friday.',
    'Your replacement ships tomorrow. You’ll get tracking by email.',
    'The fix will be available in the next release.',
    // A question for the customer invites an answer.
    'Could you send a screenshot of the error?',
    // Within the last three sentences, before the sign-off.
    "Your order is on its way. Feel free to reach out. It ships from Berlin. Tracking is attached.\n\nBest,\nSam",
    "Don't hesitate to contact us. I hope this helps!",
    // A list and its introduction count as one step.
    'Thanks for the interest! When you have a moment, send over:\n\n- your store’s name\n- your city\n- your website',
    // Link text is the writer's words.
    'This looks like a question. Feel free to [open a new issue](https://example.com/new) if it is a bug.',
    // Staff-facing templates are skipped.
    '---\naudience: internal\n---\nClose the ticket after checking the plan.',
    { code: '---\naudience: customer\n---\nClosing.', options: { skipAudiences: ['customer'] } },
    // Plain text.
    { code: 'Your order shipped.\nReply to this email if it has not arrived by Friday.', filePath: 'reply.txt' },
  ],
  invalid: [
    {
      // Corpus A4: a refusal followed only by "Closing."
      code: 'This is not a report we can act on.\nClosing.',
      errors: [
        {
          messageId: 'deadEnd',
          text: 'Closing.',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 9,
          suggestions: [{ desc: `Add "${closer}" at the end of the message.`, output: `This is not a report we can act on.\nClosing. ${closer}` }],
        },
      ],
    },
    {
      // Corpus A9: closing the issue and sending them elsewhere is not an invitation back.
      code: "This tracker is for bugs only.\nI'm going to close this issue, feel free to ask for help via our [help channels](https://example.org/help).",
      errors: [{ text: "I'm going to close this issue, feel free to ask for help via our [help channels](https://example.org/help).", line: 2, column: 1 }],
    },
    {
      // "I hope this helps" alone does not count; the report skips the sign-off.
      code: 'Hi {{name}},\n\nYour refund is processed. I hope this helps!\n\nBest,\nSam',
      errors: [{ text: 'I hope this helps!', line: 3, column: 27 }],
    },
    {
      // Denied invitations don't count.
      code: 'This mailbox is not monitored. Please do not reply to this email.',
      errors: [{ text: 'Please do not reply to this email.' }],
    },
    {
      code: 'We will have to archive the report until the requested information is given.',
      errors: [{ text: 'We will have to archive the report until the requested information is given.' }],
    },
    {
      // An invitation more than three sentences from the end is too early.
      code: 'Let us know if you have questions. The refund takes a week. Banks vary. Some take longer.',
      errors: [{ text: 'Some take longer.' }],
    },
    {
      code: 'Let us know if you have questions. The refund takes a week. Banks vary. Some take longer.',
      options: { lastSentences: 1 },
      errors: [{ text: 'Some take longer.' }],
    },
    {
      // "Thanks for reaching out" thanks; it does not invite.
      code: 'Thanks for reaching out. Your order shipped today.',
      errors: [{ text: 'Your order shipped today.' }],
    },
    {
      // Reaching out to someone else is not coming back to us.
      code: 'This add-on is not ours. Please reach out to the add-on’s author.',
      errors: [{ text: 'Please reach out to the add-on’s author.' }],
    },
    {
      // After a list the closer is a paragraph of its own.
      code: 'Easy care:\n\n- Hand wash\n- Air dry',
      errors: [{ text: 'Air dry', line: 4, column: 3, suggestions: [{ output: `Easy care:\n\n- Hand wash\n- Air dry\n\n${closer}` }] }],
    },
    {
      code: 'Closing.',
      options: { closer: 'Reply here if it happens again.' },
      errors: [{ suggestions: [{ desc: 'Add "Reply here if it happens again." at the end of the message.', output: 'Closing. Reply here if it happens again.' }] }],
    },
    {
      code: '---\naudience: agent\n---\nClosing.',
      options: { skipAudiences: [] },
      errors: [{ line: 4, column: 1 }],
    },
    {
      code: 'Closing.',
      errors: [{ message: /^This reply ends without a next step or an invitation to come back.+"I’ll update you by Friday\."$/ }],
    },
  ],
});
