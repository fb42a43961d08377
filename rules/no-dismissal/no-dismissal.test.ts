import { RuleTester } from '../../src/testing/index.js';
import rule from './index.js';

new RuleTester().run('no-dismissal', rule, {
  valid: [
    // Reassurance, not a dead end.
    "There's nothing you need to do; the refund is on its way.",
    "There's nothing we can't fix here.",
    // A refusal followed by an alternative.
    "There's nothing we can do to change the date, but I can refund the shipping.",
    "There's nothing more we can do on the order itself. However, I can send a replacement today.",
    "We can't help with third-party plugins, but the plugin's author can.",
    'I can’t help you with the carrier claim directly, but I’ve forwarded your message to them.',
    // Our own promises and kind invitations.
    "We'll deal with it today.",
    'I’ll take it up with the carrier for you.',
    'Sit back and relax while we prepare your order.',
    'Relax and enjoy the new pair!',
    // Not about the customer's feelings.
    'Once things settle down after the holidays, we’ll ship it.',
    'Wait a minute for the network to calm down, then try again.',
    // Hand-offs with a way in.
    'You need to contact your bank; I’ve forwarded the details to them as well.',
    'You’ll need to contact the carrier at claims@carrier.example.',
    'You need to contact us from the email address on the order.',
    // Negated, questions, quotes, other idioms.
    "You won't have to do anything else.",
    'Is there nothing we can do?',
    'I can’t help but notice the order is three days late, and I’m sorry.',
    '> That’s not my department, the last agent told me.\n\nI’m sorry you were told that; I’ll handle it myself.',
    'It’s not a problem at all.',
  ],
  invalid: [
    {
      code: 'That’s not my department.',
      errors: [{ messageId: 'notMyJob', text: 'That’s not my department', line: 1, column: 1, endColumn: 25 }],
    },
    {
      code: 'Hi {{ticket.requester.first_name}},\n\nSorry, but that is not our responsibility.',
      errors: [{ messageId: 'notMyJob', text: 'that is not our responsibility', line: 3, column: 12 }],
    },
    {
      code: 'There’s nothing we can do.',
      errors: [{ messageId: 'nothingWeCanDo', text: 'There’s nothing we can do' }],
    },
    {
      code: 'Unfortunately, there is nothing more I can do about this. I’m sorry.',
      errors: [{ messageId: 'nothingWeCanDo', text: 'there is nothing more I can do', column: 16 }],
    },
    {
      code: 'We can’t do anything about it.',
      errors: [{ messageId: 'nothingWeCanDo', text: 'We can’t do anything about it' }],
    },
    {
      code: 'It’s out of our hands now.',
      errors: [{ messageId: 'nothingWeCanDo', text: 'out of our hands' }],
    },
    {
      code: 'Please calm down.',
      errors: [{ messageId: 'calmDown', text: 'calm down', column: 8 }],
    },
    {
      code: 'You need to calm down so we can help.',
      errors: [{ messageId: 'calmDown', text: 'calm down' }],
    },
    {
      code: 'Relax, it’s only a refund.',
      errors: [{ messageId: 'calmDown', text: 'Relax' }],
    },
    {
      code: 'There’s no need to get upset.',
      errors: [{ messageId: 'calmDown', text: 'There’s no need to get upset' }],
    },
    {
      code: "You'll have to send us a photo of the label.",
      errors: [{ messageId: 'youllHaveTo', text: "You'll have to" }],
    },
    {
      code: 'If you want a refund, you will have to return it first.',
      errors: [{ messageId: 'youllHaveTo', text: 'you will have to', column: 23 }],
    },
    {
      code: 'You’ll need to contact your bank.',
      errors: [{ messageId: 'contactElsewhere', text: 'You’ll need to contact your bank' }],
    },
    {
      code: 'Take it up with the seller.',
      errors: [{ messageId: 'contactElsewhere', text: 'Take it up with the seller' }],
    },
    {
      code: 'I can’t help you with that.',
      errors: [{ messageId: 'cantHelp', text: 'I can’t help you with that' }],
    },
    {
      code: 'That’s above my pay grade.',
      errors: [{ messageId: 'payGrade', text: 'above my pay grade' }],
    },
    {
      code: 'Deal with it.',
      errors: [{ messageId: 'dealWithIt', text: 'Deal with it' }],
    },
    {
      code: 'That’s not my department.',
      errors: [{ message: /^"That’s not my department" passes the buck.+ Own the hand-off instead, for example "I've passed this/ }],
    },
  ],
});
