import { RuleTester } from '../../src/testing/index.js';
import rule from './index.js';

const recap = 'Replace "As I said before" with "To recap".';

new RuleTester().run('no-told-you-so', rule, {
  valid: [
    // Hindsight is no-blame's to report, not this rule's.
    'If you had read the FAQ, you would know this.',
    // Pointers within the reply or to a document.
    'As mentioned in the article below, the code expires after 30 days.',
    'As explained above, restart the app.',
    'As we mentioned in our FAQ, orders ship within two days.',
    // An ordinary pointer, without "carefully".
    'Please read the guide to get started.',
    'Please read the safety instructions carefully before first use.',
    // "Already" about what we did, not what we said.
    'We have already refunded your order.',
    "I've already explained the issue to our developers.",
    'We have already informed the carrier.',
    // Promises kept and recaps of a call are not reproaches.
    'As we said we would, we’ve refunded your order.',
    'As discussed on our call, I’ve issued the refund.',
    'As a reminder, your subscription renews on June 1.',
    // Someone else's words, code, and conditionals that don't blame.
    '> As I said before, this is broken.\n\nThanks for your patience, {{ticket.requester.first_name}}.',
    'You wrote "as I already said" twice, and I understand why.',
    'Type `per my last email` into the search box.',
    'If you read the guide, you’ll find a section on exports.',
    'This is the third time your order was delayed, and I’m sorry.',
    'Please read our previous email about the recall for the replacement steps.',
  ],
  invalid: [
    {
      code: 'As I said before, reset your password.',
      errors: [
        {
          messageId: 'repeat',
          text: 'As I said before',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 17,
          suggestions: [{ desc: recap, output: 'To recap, reset your password.' }],
        },
      ],
    },
    {
      code: 'Hi {{ticket.requester.first_name}},\n\nAs I’ve already mentioned, the refund takes 5 days.',
      errors: [
        {
          messageId: 'repeat',
          text: 'As I’ve already mentioned',
          line: 3,
          column: 1,
          suggestions: [{ output: 'Hi {{ticket.requester.first_name}},\n\nTo recap, the refund takes 5 days.' }],
        },
      ],
    },
    {
      code: 'Hello,\r\n\r\nAs previously stated, we cannot ship abroad.',
      errors: [
        {
          text: 'As previously stated',
          line: 3,
          column: 1,
          endColumn: 21,
          suggestions: [{ output: 'Hello,\r\n\r\nTo recap, we cannot ship abroad.' }],
        },
      ],
    },
    {
      code: '---\ntitle: Refund status\n---\nPer my last email, the refund was issued.',
      errors: [{ messageId: 'perLast', text: 'Per my last email', line: 4, column: 1, suggestions: [{ output: '---\ntitle: Refund status\n---\nTo recap, the refund was issued.' }] }],
    },
    {
      // Not at the start of the sentence: no suggestion that would read badly.
      code: 'Your order shipped, as per my previous reply.',
      errors: [{ messageId: 'perLast', text: 'as per my previous reply', column: 21, suggestions: [] }],
    },
    {
      code: 'Like I said, restart the app.',
      errors: [{ messageId: 'repeat', text: 'Like I said', suggestions: [{ output: 'To recap, restart the app.' }] }],
    },
    {
      code: 'I already told you the answer.',
      errors: [{ messageId: 'repeat', text: 'I already told you', suggestions: [] }],
    },
    {
      code: '{%customer.firstName,fallback=there%}, I have already explained this.',
      errors: [{ messageId: 'repeat', text: 'I have already explained this', column: 40 }],
    },
    {
      code: 'Please read the instructions carefully.',
      errors: [{ messageId: 'readCarefully', text: 'read the instructions carefully', column: 8 }],
    },
    {
      code: 'Please read my last message again.',
      errors: [{ messageId: 'reread', text: 'read my last message again', column: 8 }],
    },
    {
      code: 'Please re-read my previous email.',
      errors: [{ messageId: 'reread', text: 're-read my previous email' }],
    },
    {
      code: 'For the third time, the store is closed on Sundays.',
      errors: [{ messageId: 'repeat', text: 'For the third time' }],
    },
    {
      code: "We've told you twice that the sale ended.",
      errors: [{ messageId: 'repeat', text: "We've told you twice" }],
    },
    {
      code: 'As stated before, the plan renews monthly. Like I said, it is automatic.',
      errors: [
        { text: 'As stated before', column: 1, suggestions: [{ output: 'To recap, the plan renews monthly. Like I said, it is automatic.' }] },
        { text: 'Like I said', column: 44, suggestions: [{ output: 'As stated before, the plan renews monthly. To recap, it is automatic.' }] },
      ],
    },
    {
      code: 'Thanks for writing.\n\n1. As I mentioned earlier, open Settings.',
      filePath: 'reply.txt',
      errors: [{ text: 'As I mentioned earlier', line: 3, column: 4, suggestions: [{ output: 'Thanks for writing.\n\n1. To recap, open Settings.' }] }],
    },
    {
      code: 'As I said before, reset it.',
      errors: [{ message: /^"As I said before" reminds the customer .+ open with "To recap,"\.$/ }],
    },
  ],
});
